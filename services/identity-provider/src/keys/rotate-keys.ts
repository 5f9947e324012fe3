/**
 * Rotates the identity provider's signing keys: `npm run identity:rotate-keys -- [--alg RS256|ES256] [--keep 3]`.
 * The new key signs after the provider's restart; the previous ones stay published until `--keep`
 * pushes them out (wait at least the access token lifetime before that). `--keep 2` drops the key
 * that signed before the current one (a leaked key); it must not run twice without a restart.
 */
import { parseArgs } from 'node:util';
import { identityKeysFile } from '../config';
import { rotateSigningKeys, SIGNING_ALGORITHMS, type SigningAlgorithm } from './signing-keys';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { alg: { type: 'string', default: 'RS256' }, keep: { type: 'string', default: '3' } },
    strict: true,
  });
  const alg = values.alg as SigningAlgorithm;
  if (!SIGNING_ALGORITHMS.includes(alg)) throw new Error(`--alg must be one of ${SIGNING_ALGORITHMS.join(', ')}`);
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 2)
    throw new Error('--keep must be an integer of at least 2 (the new key and the one that signed until now)');
  const file = identityKeysFile();
  const { added, removed } = await rotateSigningKeys(file, alg, keep);
  console.log(`${file}: new ${alg} key ${added.kid} signs from the provider's next start`);
  if (removed.length) console.log(`no longer published: ${removed.join(', ')}`);
}

main().catch((error) => {
  console.error(`rotate-keys: ${(error as Error).message}`);
  process.exitCode = 1;
});
