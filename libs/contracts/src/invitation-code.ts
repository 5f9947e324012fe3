import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { safeText } from './events/common';

/**
 * A company invitation's code travels from applications (which keeps only its hash) to
 * notifications (which writes it into the invitation email's link) inside the event
 * `aeo.operator.invitation-created.v1`, sealed with AES-256-GCM under INVITATION_CODE_KEY, a key
 * only those two services hold, and bound to the invitation (its id is the associated data): the
 * topic's other readers, its retention and its dead letters see ciphertext only.
 */
const SEALED = 'aesgcm1:';
const DEVELOPMENT_KEY = Buffer.from('aeo-development-invitation-codes').toString('base64');

/** INVITATION_CODE_KEY: 32 random bytes, base64 (the development default is refused outside AUTH_DEVELOPMENT=true). */
export const invitationCodeKeyEnv = safeText
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
  .default(DEVELOPMENT_KEY);

const keyOf = (base64Key: string): Buffer => {
  const key = Buffer.from(base64Key, 'base64');
  if (key.length !== 32) throw new Error('INVITATION_CODE_KEY must be 32 bytes, base64-encoded');
  return key;
};

/** A new single-use invitation code (256 bits, URL-safe). */
export const newInvitationCode = (): string => randomBytes(32).toString('base64url');

/** What applications stores of a code: its SHA-256 (the code has 256 bits: no salt or slow hash needed). */
export const invitationCodeHash = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

export function sealInvitationCode(base64Key: string, invitationId: string, code: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(base64Key), iv);
  cipher.setAAD(Buffer.from(invitationId, 'utf8'));
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return `${SEALED}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')}`;
}

/** The code a sealed value carries; throws when it was sealed under another key or for another invitation. */
export function openInvitationCode(base64Key: string, invitationId: string, sealed: string): string {
  const parts = sealed.startsWith(SEALED) ? sealed.slice(SEALED.length).split('.') : [];
  if (parts.length !== 3) throw new Error('not a sealed invitation code');
  const [iv, tag, data] = parts.map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyOf(base64Key), iv);
  decipher.setAAD(Buffer.from(invitationId, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
