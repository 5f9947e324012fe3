import { invitationCodeHash, newInvitationCode, openInvitationCode, sealInvitationCode } from './invitation-code';

const key = Buffer.alloc(32, 7).toString('base64');
const otherKey = Buffer.alloc(32, 8).toString('base64');

describe('invitation codes', () => {
  it('open under the key and invitation they were sealed for, and no other', () => {
    const code = newInvitationCode();
    const sealed = sealInvitationCode(key, 'invitation-1', code);
    expect(sealed).not.toContain(code);
    expect(openInvitationCode(key, 'invitation-1', sealed)).toBe(code);
    expect(() => openInvitationCode(key, 'invitation-2', sealed)).toThrow();
    expect(() => openInvitationCode(otherKey, 'invitation-1', sealed)).toThrow();
    expect(() => openInvitationCode(key, 'invitation-1', code)).toThrow(/not a sealed/);
  });

  it('are 256-bit URL-safe texts, stored as their SHA-256', () => {
    const code = newInvitationCode();
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitationCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(invitationCodeHash(code)).not.toBe(invitationCodeHash(newInvitationCode()));
  });
});
