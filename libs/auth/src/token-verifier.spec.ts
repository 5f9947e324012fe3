import { createSecretKey } from 'node:crypto';
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ROLES } from './roles';
import { issueDevelopmentToken } from './tokens';
import { TokenVerifier, assertRoles } from './token-verifier';

const secret = 'unit-test-secret-0123456789';
const key = createSecretKey(Buffer.from(secret));
const verifier = () =>
  new TokenVerifier(
    new JwtService({
      secretOrKeyProvider: () => key,
      verifyOptions: { issuer: 'aeo-platform', audience: 'aeo-platform', algorithms: ['HS256'] },
    }),
  );

describe('TokenVerifier', () => {
  it('returns the caller of a valid token, the same from its cache on the next request', () => {
    const tokens = verifier();
    const token = issueDevelopmentToken({ sub: 'border-1', roles: [ROLES.backendPlatform] }, { secret });
    const first = tokens.authenticate(`Bearer ${token}`);
    expect(first).toEqual({ sub: 'border-1', roles: [ROLES.backendPlatform] });
    expect(tokens.authenticate(`bearer ${token}`)).toBe(first);
  });

  it('stops accepting a cached token once it has expired', () => {
    const tokens = verifier();
    const token = issueDevelopmentToken(
      { sub: 'border-1', roles: [ROLES.backendPlatform] },
      { secret, expiresIn: '60s' },
    );
    tokens.authenticate(`Bearer ${token}`);
    // From the cache, one minute later: the expiry still applies.
    expect(() => tokens.authenticate(`Bearer ${token}`, Date.now() + 61_000)).toThrow(UnauthorizedException);
  });

  it('answers 401 with the reason: no header, wrong scheme, bad signature, claims that break the scoping rules', () => {
    const tokens = verifier();
    expect(() => tokens.authenticate(undefined)).toThrow(/Missing bearer token/);
    expect(() => tokens.authenticate('Basic abc')).toThrow(/must be "Bearer <token>"/);
    const forged = issueDevelopmentToken(
      { sub: 'x', roles: [ROLES.executive] },
      { secret: 'another-secret-0123456789' },
    );
    expect(() => tokens.authenticate(`Bearer ${forged}`)).toThrow(/invalid signature/);
    // A regional-only token without its region is refused, even well signed.
    const unscoped = new JwtService({}).sign(
      { sub: 'r', roles: [ROLES.regionalOffice] },
      { secret, issuer: 'aeo-platform', audience: 'aeo-platform', expiresIn: '1h' },
    );
    expect(() => tokens.authenticate(`Bearer ${unscoped}`)).toThrow(/Token claims are invalid: region/);
    // A refused token is never cached: the second try fails the same way.
    expect(() => tokens.authenticate(`Bearer ${forged}`)).toThrow(/invalid signature/);
  });

  it('assertRoles answers 403 naming the roles needed', () => {
    const user = { sub: 'v', roles: [ROLES.validator], region: 'DARKHAN' };
    expect(() => assertRoles(user, [ROLES.executive])).toThrow(ForbiddenException);
    expect(() => assertRoles(user, [ROLES.executive])).toThrow('[executive]');
    expect(() => assertRoles(user, [ROLES.validator, ROLES.executive])).not.toThrow();
    expect(() => assertRoles(user, undefined)).not.toThrow();
  });
});
