import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { type PartnerKeyAlg, detachedJwsHeader, partnerKeyAlg, verifyDetached } from './partner-list-signature';

const body = Buffer.from('aeoId,name\nCN1100000001,"Erenhot ""Jinhai"" Trading"\n');

// One key pair per algorithm for the whole file: a 2048-bit RSA pair takes a second or more on a
// loaded two-core machine, and the pieces test needed three of them within Jest's 5 s (CI timed out).
const keyPairs = new Map<PartnerKeyAlg, ReturnType<typeof generateKeyPair>>();
const keyPairOf = (alg: PartnerKeyAlg) => {
  if (!keyPairs.has(alg)) keyPairs.set(alg, generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {}));
  return keyPairs.get(alg)!;
};

async function signed(alg: PartnerKeyAlg, header: Record<string, unknown> = {}, payload: Buffer = body) {
  const { privateKey, publicKey } = await keyPairOf(alg);
  const jws = await new CompactSign(new Uint8Array(payload))
    .setProtectedHeader({ alg, kid: 'k1', ...header })
    .sign(privateKey);
  const [protectedHeader, , signature] = jws.split('.');
  return { jwk: await exportJWK(publicKey), detached: `${protectedHeader}..${signature}` };
}

describe('detached JWS of a partner list', () => {
  it.each(['EdDSA', 'ES256', 'RS256'] as const)(
    'verifies %s over the exact bytes and refuses other bytes',
    async (alg) => {
      const { jwk, detached } = await signed(alg);
      expect(await partnerKeyAlg(jwk)).toBe(alg);
      await expect(verifyDetached(detached, body, jwk, alg)).resolves.toBeUndefined();
      const tampered = Buffer.from(body.toString().replace('0001', '0002'));
      await expect(verifyDetached(detached, tampered, jwk, alg)).rejects.toThrow('signature verification failed');
    },
  );

  it.each(['EdDSA', 'ES256', 'RS256'] as const)(
    'verifies %s over a body of several pieces (the signing input is built piece by piece)',
    async (alg) => {
      for (const length of [3 * 256 * 1024, 3 * 256 * 1024 + 1, 2 * 3 * 256 * 1024 + 2]) {
        const large = Buffer.alloc(length);
        for (let i = 0; i < length; i++) large[i] = (i * 7919) % 251;
        const { jwk, detached } = await signed(alg, {}, large);
        await expect(verifyDetached(detached, large, jwk, alg)).resolves.toBeUndefined();
        large[length - 1] ^= 1;
        await expect(verifyDetached(detached, large, jwk, alg)).rejects.toThrow('signature verification failed');
      }
    },
    // Three signatures and six verifications of up to 1.5 MB each.
    30_000,
  );

  it('refuses a kid in the protected header that is not a safe key id (a NUL, too long)', async () => {
    for (const kid of ['jp\u0000x', 'a'.repeat(201), 'jp 2026', 'jp\u00e9']) {
      const { detached } = await signed('EdDSA', { kid });
      expect(() => detachedJwsHeader(detached)).toThrow('x-jws-signature header kid must be 1–200 letters');
    }
    const { detached } = await signed('EdDSA', { kid: 'jp-2026.a:b_c' });
    expect(detachedJwsHeader(detached).kid).toBe('jp-2026.a:b_c');
  });

  it('refuses a signature whose header names another algorithm than the key’s, or critical extensions', async () => {
    const { jwk, detached } = await signed('ES256');
    await expect(verifyDetached(detached, body, jwk, 'EdDSA')).rejects.toThrow('alg ES256');
    const ed = await signed('EdDSA');
    const critical = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'k1', crit: ['x'], x: 1 })).toString('base64url');
    await expect(verifyDetached(`${critical}..${ed.detached.split('..')[1]}`, body, ed.jwk, 'EdDSA')).rejects.toThrow(
      'crit',
    );
  });

  it('reads the key id and the signing time (iat) from the protected header', async () => {
    const { detached } = await signed('EdDSA', { iat: 1_764_547_200 });
    expect(detachedJwsHeader(detached)).toEqual({ kid: 'k1', issuedAt: new Date('2025-12-01T00:00:00Z') });
    const { detached: noTime } = await signed('EdDSA');
    expect(detachedJwsHeader(noTime).issuedAt).toBeUndefined();
    const { detached: badTime } = await signed('EdDSA', { iat: '2026-11-30' });
    expect(() => detachedJwsHeader(badTime)).toThrow('iat must be a NumericDate');
  });
});
