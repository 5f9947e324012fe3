import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import pLimit from 'p-limit';

/**
 * At most two scrypt runs at once (each takes one of libuv's four threads for tens of
 * milliseconds): parallel login posts wait their turn instead of starving the provider's other
 * file and crypto work.
 */
export const scryptRuns = pLimit(2);

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  scryptRuns(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );

const COST = { N: 16_384, r: 8, p: 1 };
const LENGTH = 32;

/** `scrypt$N$r$p$salt$hash` (base64url), the form the accounts store. */
export async function hashPassword(password: string, salt = randomBytes(16)): Promise<string> {
  const key = await scrypt(password, salt, LENGTH, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(key, expected);
}

/** A hash to compare against when the login names no account, so both answers take as long. */
export const UNKNOWN_ACCOUNT_HASH = `scrypt$16384$8$1$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;
