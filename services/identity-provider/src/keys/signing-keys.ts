import { randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** The algorithms the provider signs with; the first key of each in the file signs, later ones stay published. */
export const SIGNING_ALGORITHMS = ['RS256', 'ES256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export interface SigningKey extends JWK {
  kid: string;
  alg: SigningAlgorithm;
  use: 'sig';
}
export interface SigningKeys {
  keys: SigningKey[];
}

export async function newSigningKey(alg: SigningAlgorithm): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const day = new Date().toISOString().slice(0, 10);
  return { ...jwk, kid: `${alg.toLowerCase()}-${day}-${randomUUID().slice(0, 8)}`, alg, use: 'sig' };
}

function parseKeys(text: string, file: string): SigningKeys {
  const parsed = JSON.parse(text) as Partial<SigningKeys>;
  const keys = parsed.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error(`${file}: no "keys" array`);
  for (const key of keys) {
    if (!key.kid || !SIGNING_ALGORITHMS.includes(key.alg) || key.use !== 'sig' || !key.d)
      throw new Error(
        `${file}: every key needs a kid, alg (${SIGNING_ALGORITHMS.join(' or ')}), use "sig" and its private part`,
      );
  }
  for (const alg of SIGNING_ALGORITHMS)
    if (!keys.some((key) => key.alg === alg)) throw new Error(`${file}: no ${alg} key`);
  return { keys };
}

/** Writes the file whole or not at all (a reader never sees half a key set), readable by its owner only. */
export async function writeSigningKeys(file: string, keys: SigningKeys): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

/** The key set of the file, created with one RS256 and one ES256 key when missing. */
export async function loadOrCreateSigningKeys(file: string): Promise<SigningKeys> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const keys = { keys: await Promise.all(SIGNING_ALGORITHMS.map(newSigningKey)) };
    await writeSigningKeys(file, keys);
    return keys;
  }
  return parseKeys(text, file);
}

/**
 * Rotation: a new key of the algorithm goes first (it signs from the provider's next start), the
 * old ones stay published so that tokens they signed still verify; `keep` keys of that algorithm
 * are kept (the oldest beyond it are dropped). Three by default: the new key, the previous head
 * and its predecessor, so a second rotation before the provider restarted still publishes the key
 * the running provider signs with.
 */
export async function rotateSigningKeys(
  file: string,
  alg: SigningAlgorithm = 'RS256',
  keep = 3,
): Promise<{ added: SigningKey; removed: string[] }> {
  const current = await loadOrCreateSigningKeys(file);
  const added = await newSigningKey(alg);
  const sameAlg = [added, ...current.keys.filter((key) => key.alg === alg)];
  const removed = sameAlg.slice(Math.max(keep, 1)).map((key) => key.kid);
  const keys = [added, ...current.keys.filter((key) => !removed.includes(key.kid))];
  await writeSigningKeys(file, { keys });
  return { added, removed };
}
