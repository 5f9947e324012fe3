import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('webhook secrets at rest', () => {
  const box = new SecretBox(randomBytes(32).toString('base64'));

  it('stores a secret encrypted and reads it back', () => {
    const sealed = box.seal('whsec_c2VjcmV0');
    expect(sealed).toMatch(/^aesgcm1:/);
    expect(sealed).not.toContain('whsec_');
    expect(box.seal('whsec_c2VjcmV0')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('whsec_c2VjcmV0');
  });

  it('refuses a tampered value or another key', () => {
    const sealed = box.seal('whsec_c2VjcmV0');
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.open(tampered)).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(sealed)).toThrow();
  });

  it('reads secrets stored before encryption as they are, and wants a 32-byte key', () => {
    expect(box.open('whsec_legacy')).toBe('whsec_legacy');
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
