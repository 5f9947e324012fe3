import { createCipheriv, randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('webhook secrets at rest', () => {
  const key = randomBytes(32);
  const box = new SecretBox(key.toString('base64'));
  const subscription = 'b1c5f0de-7f0e-4a43-9a51-0c1f3e4a2b11';

  it('stores a secret encrypted and reads it back', () => {
    const sealed = box.seal('whsec_c2VjcmV0', subscription);
    expect(sealed).toMatch(/^aesgcm2:/);
    expect(sealed).not.toContain('whsec_');
    expect(box.seal('whsec_c2VjcmV0', subscription)).not.toBe(sealed);
    expect(box.open(sealed, subscription)).toBe('whsec_c2VjcmV0');
  });

  it('refuses a tampered value, another key, or the secret copied onto another subscription', () => {
    const sealed = box.seal('whsec_c2VjcmV0', subscription);
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.open(tampered, subscription)).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(sealed, subscription)).toThrow();
    expect(() => box.open(sealed, '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f')).toThrow();
  });

  it('reads secrets sealed by the first version (no associated data) and stored before encryption', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([cipher.update('whsec_first', 'utf8'), cipher.final()]);
    const firstVersion = `aesgcm1:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${sealed.toString('base64')}`;
    expect(box.open(firstVersion, subscription)).toBe('whsec_first');
    expect(box.open('whsec_legacy', subscription)).toBe('whsec_legacy');
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
