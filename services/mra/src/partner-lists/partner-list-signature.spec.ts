import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { type PartnerKeyAlg, detachedJwsHeader, partnerKeyAlg, verifyDetached } from './partner-list-signature';

const body = Buffer.from('aeoId,name\nCN1100000001,"Erenhot ""Jinhai"" Trading"\n');

async function signed(alg: PartnerKeyAlg, header: Record<string, unknown> = {}) {
  const { privateKey, publicKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
  const jws = await new CompactSign(new Uint8Array(body))
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
