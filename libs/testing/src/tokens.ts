import { type KeyObject, createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AuthenticatedUser, userClaimsSchema } from '@aeo/auth';
import { testEnv } from './env';

type SigningKey = { kid: string; key: KeyObject };
let signingKey: SigningKey | undefined;

/** The first RS256 key of the identity provider's keys file (read once): it signs, as the provider does. */
function providerKey(): SigningKey {
  if (signingKey) return signingKey;
  let keys: Array<Record<string, unknown>>;
  try {
    keys = (JSON.parse(readFileSync(testEnv.identityKeysFile, 'utf8')) as { keys: Array<Record<string, unknown>> })
      .keys;
  } catch (error) {
    throw new Error(
      `bearer(): no signing keys in ${testEnv.identityKeysFile} (${(error as Error).message}); start the local identity provider (npm start) or set AEO_IDENTITY_KEYS_FILE`,
    );
  }
  const jwk = keys.find((key) => key['alg'] === 'RS256' || (key['alg'] === undefined && key['kty'] === 'RSA'));
  if (!jwk || typeof jwk['kid'] !== 'string')
    throw new Error(`bearer(): ${testEnv.identityKeysFile} holds no RS256 key with a kid`);
  signingKey = { kid: jwk['kid'], key: createPrivateKey({ key: jwk as never, format: 'jwk' }) };
  return signingKey;
}

/** Puts a value at a claim name or dotted path (AUTH_CLAIM_ROLES=realm_access.roles, say). */
function setClaim(payload: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const parts = path.split('.');
  let target = payload;
  for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
  target[parts.at(-1)!] = value;
}

/**
 * An RS256 access token of the local identity provider (its first RS256 key, its issuer, the
 * platform's audience, valid 8 hours unless `exp` is given) with exactly these claims besides:
 * JWS compact serialisation signed with node:crypto, synchronously. For tokens the claim rules
 * would refuse (`bearer` checks them first).
 */
export function signedAccessToken(claims: Record<string, unknown>): string {
  const { kid, key } = providerKey();
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'at+jwt', kid };
  const payload = { iss: testEnv.authIssuer, aud: testEnv.authAudience, iat: now, exp: now + 8 * 3600, ...claims };
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** The access token's claims of a caller, under the claim names the services are configured with. */
export function accessTokenClaims(user: AuthenticatedUser): Record<string, unknown> {
  const valid = userClaimsSchema.parse(user);
  const env = process.env;
  const payload: Record<string, unknown> = { sub: valid.sub };
  setClaim(payload, env['AUTH_CLAIM_NAME'] ?? 'name', valid.name);
  setClaim(payload, env['AUTH_CLAIM_ROLES'] ?? 'roles', valid.roles);
  setClaim(payload, env['AUTH_CLAIM_REGION'] ?? 'region', valid.region);
  setClaim(payload, env['AUTH_CLAIM_TAXPAYER_ID'] ?? 'taxpayerId', valid.taxpayerId);
  setClaim(payload, env['AUTH_CLAIM_PARTNER_COUNTRY'] ?? 'partnerCountry', valid.partnerCountry);
  if (valid.scopes) payload['scope'] = valid.scopes.join(' ');
  if (valid.clientId) payload['client_id'] = valid.clientId;
  return payload;
}

/** `Bearer <token>` of a caller: an RS256 access token the services verify through the provider's JWKS. */
export const bearer = (claims: AuthenticatedUser) => `Bearer ${signedAccessToken(accessTokenClaims(claims))}`;
