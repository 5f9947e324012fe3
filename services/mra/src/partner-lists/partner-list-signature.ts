import { type JsonWebKey, createPublicKey, createVerify, verify } from 'node:crypto';
import { type JWK, decodeProtectedHeader, importJWK } from 'jose';
import { KID_PATTERN, KID_RULE } from './partner-list.schemas';

export const PARTNER_KEY_ALGS = ['EdDSA', 'ES256', 'RS256'] as const;
export type PartnerKeyAlg = (typeof PARTNER_KEY_ALGS)[number];

/**
 * The algorithm a partner's public JWK is for, or the reason it is refused: Ed25519 (EdDSA),
 * P-256 (ES256) or RSA of at least 2048 bits (RS256); public part only; usable by jose.
 */
export async function partnerKeyAlg(jwk: JWK): Promise<PartnerKeyAlg> {
  if ('d' in jwk || 'p' in jwk) throw new Error('must be a public key (no private members such as d)');
  const alg: PartnerKeyAlg | undefined =
    jwk.kty === 'OKP' && jwk.crv === 'Ed25519'
      ? 'EdDSA'
      : jwk.kty === 'EC' && jwk.crv === 'P-256'
        ? 'ES256'
        : jwk.kty === 'RSA'
          ? 'RS256'
          : undefined;
  if (!alg) throw new Error('must be an Ed25519 (OKP), P-256 (EC) or RSA key');
  if (jwk.alg !== undefined && jwk.alg !== alg) throw new Error(`alg ${jwk.alg} does not fit the key (${alg})`);
  if (alg === 'RS256' && Buffer.from(String(jwk.n ?? ''), 'base64url').length < 256)
    throw new Error('an RSA key must have at least 2048 bits');
  try {
    await importJWK(jwk, alg);
  } catch (error) {
    throw new Error(`is not a usable ${alg} key: ${(error as Error).message}`);
  }
  return alg;
}

/** What the import reads from a detached JWS's protected header: the key id and the signing time, if any. */
export interface DetachedJwsHeader {
  kid: string;
  /** `iat` (RFC 7519 NumericDate, seconds) as a date: the CSV list's issue time (CSV has no generatedAt). */
  issuedAt: Date | undefined;
}

/** The protected header of a detached compact JWS (RFC 7515 appendix F): `header..signature`. */
export function detachedJwsHeader(signature: string): DetachedJwsHeader {
  if (!/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/.test(signature))
    throw new Error('x-jws-signature must be a detached compact JWS (header..signature)');
  let header: { kid?: unknown; b64?: unknown; iat?: unknown };
  try {
    header = decodeProtectedHeader(signature);
  } catch {
    throw new Error('x-jws-signature has an unreadable protected header');
  }
  if (typeof header.kid !== 'string' || !header.kid) throw new Error('x-jws-signature header must name the key (kid)');
  // Checked as the path's kid is: the kid is looked up in the database and written to the audit trail.
  if (!KID_PATTERN.test(header.kid)) throw new Error(`x-jws-signature header kid ${KID_RULE}`);
  if (header.b64 === false) throw new Error('x-jws-signature must not use an unencoded payload (b64: false)');
  if (header.iat !== undefined && !(Number.isSafeInteger(header.iat) && (header.iat as number) > 0))
    throw new Error('x-jws-signature header iat must be a NumericDate (whole seconds since 1970)');
  return {
    kid: header.kid,
    issuedAt: header.iat === undefined ? undefined : new Date((header.iat as number) * 1000),
  };
}

/** The key id of a detached compact JWS (see detachedJwsHeader). */
export const detachedJwsKid = (signature: string): string => detachedJwsHeader(signature).kid;

/** Bytes of the body encoded per piece of the signing input (a multiple of 3: the pieces' base64url joins up). */
const BODY_BYTES_PER_PIECE = 3 * 256 * 1024;

/** The base64url of `body`, piece by piece (never one string of the whole body). */
function* base64urlPieces(body: Buffer): Generator<string> {
  for (let start = 0; start < body.length; start += BODY_BYTES_PER_PIECE)
    yield body.subarray(start, start + BODY_BYTES_PER_PIECE).toString('base64url');
}

/** Length of the unpadded base64url of `bytes` bytes. */
const base64urlLength = (bytes: number): number => Math.floor(bytes / 3) * 4 + [0, 2, 3][bytes % 3]!;

/**
 * Whether `signature` signs exactly `body` with `jwk` (throws when it does not). Verified with
 * node:crypto over the JWS signing input (RFC 7515 §5.2: `header.BASE64URL(body)`): jose's
 * compactVerify decodes the whole payload back from base64url first, which took seconds for a
 * 13 MB list. The protected header must name the key's algorithm and no critical extensions.
 *
 * The signing input (4/3 of the body) is never held as a JS string: RS256 and ES256 hash it piece
 * by piece; Ed25519 signs the whole message at once (node:crypto has no streaming Ed25519), so it is
 * written piece by piece into one buffer, its only copy.
 */
export async function verifyDetached(signature: string, body: Buffer, jwk: JWK, alg: PartnerKeyAlg): Promise<void> {
  const [header, , sig] = signature.split('.');
  const { alg: signedWith, crit } = decodeProtectedHeader(signature);
  if (signedWith !== alg) throw new Error(`the signature's alg ${String(signedWith)} is not the key's ${alg}`);
  if (crit !== undefined) throw new Error('critical header extensions (crit) are not supported');
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const signatureBytes = Buffer.from(sig, 'base64url');
  let valid: boolean;
  if (alg === 'EdDSA') {
    const input = Buffer.allocUnsafe(header.length + 1 + base64urlLength(body.length));
    let offset = input.write(`${header}.`, 0, 'latin1');
    for (const piece of base64urlPieces(body)) offset += input.write(piece, offset, 'latin1');
    valid = await new Promise<boolean>((resolve, reject) =>
      verify(null, input, key, signatureBytes, (error, result) => (error ? reject(error) : resolve(result))),
    );
  } else {
    const verifier = createVerify('sha256').update(`${header}.`, 'latin1');
    for (const piece of base64urlPieces(body)) verifier.update(piece, 'latin1');
    valid = verifier.verify(alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, signatureBytes);
  }
  if (!valid) throw new Error('signature verification failed'); // jose's words, as before
}
