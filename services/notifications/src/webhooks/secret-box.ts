import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Sealed with the subscription id as associated data (current). */
const BOUND = 'aesgcm2:';
/** Sealed without associated data (the first version; still read). */
const UNBOUND = 'aesgcm1:';

/**
 * Webhook secrets must be readable by the service (it signs with them) but not by whoever reads
 * the database or a backup: they are stored encrypted with AES-256-GCM under
 * `WEBHOOK_SECRETS_KEY`, bound to their subscription (its id is the associated data, so a sealed
 * secret copied onto another subscription's row does not open). Values sealed by the first
 * version (unbound) and values written before encryption existed are still read.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('WEBHOOK_SECRETS_KEY must be 32 bytes, base64-encoded');
  }

  seal(plain: string, subscriptionId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${BOUND}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${sealed.toString('base64')}`;
  }

  open(stored: string, subscriptionId: string): string {
    const bound = stored.startsWith(BOUND);
    if (!bound && !stored.startsWith(UNBOUND)) return stored;
    const [iv, tag, sealed] = stored
      .slice(BOUND.length)
      .split(':')
      .map((part) => Buffer.from(part, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    if (bound) decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  }
}
