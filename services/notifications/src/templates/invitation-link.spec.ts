import { newInvitationCode, sealInvitationCode } from '@aeo/contracts';
import { PermanentEventError } from '@aeo/messaging';
import { render } from './templates';
import { withInvitationLink } from './invitation-link';

const codeKey = Buffer.alloc(32, 3).toString('base64');
const invitationId = '0b1c2d3e-4f50-4617-8899-aabbccddeeff';

describe('the invitation email', () => {
  const code = newInvitationCode();
  const event = {
    operatorId: '3f1c2a4e-8b7d-4c21-9a55-0d6e2f7b1a01',
    taxpayerId: '5123456',
    region: 'ULAANBAATAR',
    invitationId,
    operatorName: 'Gobi Trade LLC',
    email: 'bat@gobi.example',
    name: 'Bat-Erdene',
    language: 'en',
    role: 'administrator',
    sealedCode: sealInvitationCode(codeKey, invitationId, code),
    expiresAt: '2026-12-16T10:00:00Z',
    invitedBy: 'admin-1',
    invitedAt: '2026-12-02T10:00:00Z',
  };
  const options = { codeKey, identityUrl: 'https://login.customs.example' };

  it('carries the link with the opened code, in both languages, and the sealed code nowhere', () => {
    const data = withInvitationLink('aeo.operator.invitation-created.v1', event, options);
    expect(data['sealedCode']).toBeUndefined();
    expect(data['invitationLink']).toBe(`https://login.customs.example/invitation?code=${code}`);
    const en = render('operator-invitation.v1', 'en', data);
    expect(en.subject).toBe('Invitation to join Gobi Trade LLC on the AEO platform');
    expect(en.body).toContain(
      `https://login.customs.example/invitation?code=${code} The link works once, until 16 December 2026 18:00`,
    );
    expect(en.body).toContain('as an administrator');
    const mn = render('operator-invitation.v1', 'mn', { ...data, role: 'member' });
    expect(mn.body).toContain(`?code=${code}`);
    expect(mn.body).toContain('гишүүн хэрэглэгчээр');
  });

  it('refuses a code sealed under another key, and leaves other events alone', () => {
    const otherKey = { ...options, codeKey: Buffer.alloc(32, 4).toString('base64') };
    // For good (dead-lettered after the consumer's attempts), not retried for ever ahead of the partition's next events.
    expect(() => withInvitationLink('aeo.operator.invitation-created.v1', event, otherKey)).toThrow(
      PermanentEventError,
    );
    expect(() => withInvitationLink('aeo.operator.invitation-created.v1', event, otherKey)).toThrow(
      /INVITATION_CODE_KEY/,
    );
    expect(withInvitationLink('aeo.operator.updated.v1', event, options)).toBe(event);
  });
});
