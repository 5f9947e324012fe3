import { createHmac } from 'node:crypto';
import { ForbiddenException, HttpException } from '@nestjs/common';
import { ROLES } from './roles';
import { TestIssuer, TestKey, testKey } from './oidc-test-issuer';
import { AuthOptions, TokenVerifier, VERIFIED_TOKEN_MAX_AGE_MS, assertAccess, assertRoles } from './token-verifier';
import { AuthenticatedUser } from './roles';

const AUDIENCE = 'aeo-audience-7f3c';
const hour = 3600;
const seconds = () => Math.floor(Date.now() / 1000);

/** The 401/503 a header is answered with (status and message), or the caller. */
async function answer(verifier: TokenVerifier, token: string, now?: number) {
  try {
    return { user: await verifier.authenticate(`Bearer ${token}`, now) };
  } catch (error) {
    const http = error as HttpException;
    return { status: http.getStatus(), message: http.message };
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('TokenVerifier: OpenID Connect access tokens through the issuer’s discovery and JWKS', () => {
  let issuer: TestIssuer;
  let rsa: TestKey;
  let ec: TestKey;
  const verifiers: TokenVerifier[] = [];
  const verifier = (options: Partial<AuthOptions> = {}) => {
    const created = new TokenVerifier({
      issuer: issuer.url,
      audience: AUDIENCE,
      development: true,
      discoveryRetryMs: { first: 20, max: 100 },
      ...options,
    });
    verifiers.push(created);
    return created;
  };
  const claims = (extra: Record<string, unknown> = {}) => ({
    iss: issuer.url,
    aud: AUDIENCE,
    sub: 'border-1',
    roles: [ROLES.backendPlatform],
    scope: 'aeo.status.read openid',
    client_id: 'single-window',
    exp: seconds() + hour,
    ...extra,
  });

  beforeAll(async () => {
    issuer = await new TestIssuer().start('/realms/aeo-test-realm');
    [rsa, ec] = await Promise.all([testKey('rsa-1'), testKey('ec-1', 'ES256')]);
    issuer.published = [rsa, ec];
  });
  afterAll(async () => {
    for (const created of verifiers) created.onModuleDestroy();
    await issuer.stop();
  });

  it('accepts RS256 and ES256 tokens, the scopes and client mapped; a token verified once is answered from the cache', async () => {
    const tokens = verifier();
    const token = await issuer.sign(rsa, claims());
    const first = await tokens.authenticate(`Bearer ${token}`);
    expect(first).toEqual({
      sub: 'border-1',
      roles: [ROLES.backendPlatform],
      scopes: ['aeo.status.read', 'openid'],
      clientId: 'single-window',
    });
    // Synchronously, the same caller: the signature is not checked again.
    expect(tokens.authenticate(`bearer ${token}`)).toBe(first);
    const es = await issuer.sign(
      ec,
      claims({ sub: 'e', roles: [ROLES.executive], scope: undefined, client_id: undefined, azp: 'aeo-console' }),
    );
    expect(await answer(tokens, es)).toEqual({ user: { sub: 'e', roles: [ROLES.executive], clientId: 'aeo-console' } });
  });

  it('refuses another issuer, another audience, an expired or not yet valid token (beyond the clock skew), with the reason', async () => {
    const tokens = verifier({ clockSkewSeconds: 30 });
    const expect401 = async (extra: Record<string, unknown>, message: string) =>
      expect(await answer(tokens, await issuer.sign(rsa, claims(extra)))).toEqual({ status: 401, message });
    await expect401({ iss: 'https://login.attacker.example' }, 'Invalid token: token is not from the trusted issuer');
    await expect401({ aud: 'another-platform' }, 'Invalid token: token is not for this service');
    await expect401({ exp: seconds() - 60 }, 'Invalid token: token expired');
    await expect401({ nbf: seconds() + 120 }, 'Invalid token: token is not yet valid');
    await expect401({ exp: undefined }, 'Invalid token: the "exp" claim is missing');
    // Within the skew: accepted.
    expect(await answer(tokens, await issuer.sign(rsa, claims({ exp: seconds() - 10 })))).toHaveProperty('user');
    expect(await answer(tokens, await issuer.sign(rsa, claims({ nbf: seconds() + 10 })))).toHaveProperty('user');
  });

  it('stops accepting a cached token once it has expired (skew included)', async () => {
    const tokens = verifier({ clockSkewSeconds: 30 });
    const token = await issuer.sign(rsa, claims({ exp: seconds() + 60 }));
    await tokens.authenticate(`Bearer ${token}`);
    expect(() => tokens.authenticate(`Bearer ${token}`, Date.now() + 95_000)).toThrow('Invalid token: token expired');
  });

  it('refuses HS256 signed with the public key (algorithm confusion), alg none, a bad signature, another key', async () => {
    const tokens = verifier();
    const payload = claims({ roles: [ROLES.executive] });
    const confused = `${b64({ alg: 'HS256', kid: rsa.kid })}.${b64(payload)}`;
    const hs256 = `${confused}.${createHmac('sha256', JSON.stringify(rsa.publicJwk)).update(confused).digest('base64url')}`;
    expect(await answer(tokens, hs256)).toEqual({
      status: 401,
      message: 'Invalid token: its signing algorithm is not accepted (RS256 or ES256 are)',
    });
    const none = `${b64({ alg: 'none' })}.${b64(payload)}.`;
    expect(await answer(tokens, none)).toEqual({
      status: 401,
      message: 'Invalid token: its signing algorithm is not accepted (RS256 or ES256 are)',
    });
    const good = await issuer.sign(rsa, payload);
    const tampered = `${good.split('.')[0]}.${b64({ ...payload, roles: [ROLES.operations] })}.${good.split('.')[2]}`;
    expect(await answer(tokens, tampered)).toEqual({
      status: 401,
      message: 'Invalid token: signature does not verify',
    });
    const stranger = await testKey('rsa-1');
    expect(await answer(tokens, await issuer.sign(stranger, payload))).toEqual({
      status: 401,
      message: 'Invalid token: signature does not verify',
    });
    expect(await answer(tokens, 'not.a-jwt')).toEqual({
      status: 401,
      message: 'Invalid token: not a well-formed signed JWT',
    });
    // A refused token is never cached: the second try fails the same way.
    expect(await answer(tokens, tampered)).toMatchObject({ status: 401 });
  });

  it('verifies a token of a newly published key after one refetch of the keys; a kid never published is refused', async () => {
    const tokens = verifier({ jwksCooldownMs: 0 });
    await tokens.authenticate(`Bearer ${await issuer.sign(rsa, claims())}`);
    const fetches = issuer.jwksFetches;
    const rotated = await testKey('rsa-2');
    issuer.published = [rotated, rsa, ec];
    expect(await answer(tokens, await issuer.sign(rotated, claims({ sub: 'after-rotation' })))).toMatchObject({
      user: { sub: 'after-rotation' },
    });
    expect(issuer.jwksFetches).toBe(fetches + 1);
    const unpublished = await testKey('rsa-never');
    expect(await answer(tokens, await issuer.sign(unpublished, claims()))).toEqual({
      status: 401,
      message: "Invalid token: signed with a key the issuer does not publish (unknown 'kid')",
    });
    // The old key stays valid while it is published.
    expect(await answer(tokens, await issuer.sign(rsa, claims({ sub: 'old-key' })))).toMatchObject({
      user: { sub: 'old-key' },
    });
    issuer.published = [rsa, ec];
  });

  it('refetches the keys for unknown kids at most once per cooldown', async () => {
    const tokens = verifier({ jwksCooldownMs: 60_000 });
    await tokens.authenticate(`Bearer ${await issuer.sign(rsa, claims())}`);
    const fetches = issuer.jwksFetches;
    for (const kid of ['x-1', 'x-2', 'x-3'])
      expect(await answer(tokens, await issuer.sign(rsa, claims(), { kid }))).toMatchObject({ status: 401 });
    expect(issuer.jwksFetches).toBe(fetches);
  });

  it('maps the claims from configured names, a Keycloak realm’s dotted path included', async () => {
    const tokens = verifier({
      claims: { roles: 'realm_access.roles', region: 'aeo.region', name: 'preferred_username' },
    });
    const token = await issuer.sign(
      rsa,
      claims({
        sub: 'kc-validator',
        roles: undefined,
        scope: undefined,
        client_id: undefined,
        azp: 'aeo-console',
        preferred_username: 'Bat-Erdene',
        realm_access: { roles: ['default-roles-aeo', 'offline_access', ROLES.validator] },
        aeo: { region: 'DARKHAN' },
      }),
    );
    expect(await answer(tokens, token)).toEqual({
      user: {
        sub: 'kc-validator',
        name: 'Bat-Erdene',
        roles: [ROLES.validator],
        region: 'DARKHAN',
        clientId: 'aeo-console',
      },
    });
    // The same token without the configured path: no roles, refused by the claim rules.
    expect(await answer(verifier(), token)).toMatchObject({
      status: 401,
      message: expect.stringMatching(/^Token claims are invalid: roles/),
    });
  });

  it('refuses well-signed claims that break the scoping rules', async () => {
    const tokens = verifier();
    expect(await answer(tokens, await issuer.sign(rsa, claims({ roles: [ROLES.regionalOffice] })))).toMatchObject({
      status: 401,
      message: expect.stringMatching(/^Token claims are invalid: region/),
    });
  });

  it('never names the expected issuer or audience in a refusal', async () => {
    const tokens = verifier();
    const refusals = await Promise.all(
      [
        claims({ iss: `${issuer.url}/other` }),
        claims({ aud: `${AUDIENCE}-other` }),
        claims({ aud: undefined }),
        claims({ iss: undefined }),
        claims({ exp: seconds() - hour }),
      ].map(async (payload) => answer(tokens, await issuer.sign(rsa, payload))),
    );
    for (const refusal of refusals) {
      expect(refusal.status).toBe(401);
      expect(refusal.message).not.toContain(issuer.url);
      expect(refusal.message).not.toContain('aeo-test-realm');
      expect(refusal.message).not.toContain(AUDIENCE);
    }
  });

  it('answers 503 while the provider is not up, readiness saying why, and verifies once discovery succeeds', async () => {
    const down = await new TestIssuer().start();
    down.published = [rsa];
    down.available = false;
    const tokens = verifier({ issuer: down.url });
    tokens.onModuleInit();
    const token = await down.sign(rsa, { ...claims(), iss: down.url });
    try {
      expect(await answer(tokens, token)).toMatchObject({
        status: 503,
        message: expect.stringMatching(
          /identity provider's keys are not available \(discovery document not loaded: HTTP 503\)/,
        ),
      });
      await expect(tokens.readiness.check()).rejects.toThrow(/OpenID Connect discovery document not loaded: HTTP 503/);
      down.available = true;
      for (let attempt = 0; attempt < 200 && !(await answer(tokens, token)).user; attempt++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await answer(tokens, token)).toMatchObject({ user: { sub: 'border-1' } });
      await expect(tokens.readiness.check()).resolves.toBeUndefined();
    } finally {
      await down.stop();
    }
  });

  it('answers 503 (not 401) while the jwks_uri fails after discovery, readiness down until the keys are fetched again', async () => {
    const tokens = verifier({ jwksCooldownMs: 0 });
    await tokens.authenticate(`Bearer ${await issuer.sign(rsa, claims())}`);
    await expect(tokens.readiness.check()).resolves.toBeUndefined();
    const rotated = await testKey('rsa-jwks-down');
    issuer.published = [rotated, rsa, ec];
    const token = await issuer.sign(rotated, claims({ sub: 'while-jwks-down' }));
    try {
      issuer.jwksAnswer = { status: 500, body: { error: 'internal' } };
      expect(await answer(tokens, token)).toEqual({
        status: 503,
        message:
          "The identity provider's keys are not available (keys not loaded from the jwks_uri: Expected 200 OK from the JSON Web Key Set HTTP response); retry later",
      });
      await expect(tokens.readiness.check()).rejects.toThrow(
        /OpenID Connect keys not loaded from the jwks_uri: Expected 200 OK/,
      );
      issuer.jwksAnswer = { status: 200, body: { keys: 'not a key set' } };
      expect(await answer(tokens, token)).toMatchObject({
        status: 503,
        message: expect.stringMatching(/keys not loaded from the jwks_uri: JSON Web Key Set malformed/),
      });
      await expect(tokens.readiness.check()).rejects.toThrow(/JSON Web Key Set malformed/);
      issuer.jwksAnswer = undefined;
      await expect(tokens.readiness.check()).resolves.toBeUndefined();
      expect(await answer(tokens, token)).toMatchObject({ user: { sub: 'while-jwks-down' } });
    } finally {
      issuer.jwksAnswer = undefined;
      issuer.published = [rsa, ec];
    }
  });

  it('verifies a cached token again after 5 minutes: a token of a withdrawn key is then refused', async () => {
    const tokens = verifier({ jwksCooldownMs: 0, jwksMaxAgeMs: 0 });
    const withdrawn = await testKey('rsa-withdrawn');
    issuer.published = [withdrawn, rsa, ec];
    try {
      const token = await issuer.sign(withdrawn, claims({ sub: 'withdrawn-key', exp: seconds() + 2 * hour }));
      const start = Date.now();
      const user = await tokens.authenticate(`Bearer ${token}`, start);
      issuer.published = [rsa, ec];
      // Within 5 minutes: the cached caller, synchronously.
      expect(tokens.authenticate(`Bearer ${token}`, start + VERIFIED_TOKEN_MAX_AGE_MS - 1)).toBe(user);
      // Then verified again against the keys now published, which no longer hold its key.
      expect(await answer(tokens, token, start + VERIFIED_TOKEN_MAX_AGE_MS)).toEqual({
        status: 401,
        message: "Invalid token: signed with a key the issuer does not publish (unknown 'kid')",
      });
      // A token of a key still published is verified again and cached for another 5 minutes.
      const kept = await issuer.sign(rsa, claims({ sub: 'kept-key', exp: seconds() + 2 * hour }));
      await tokens.authenticate(`Bearer ${kept}`, start);
      const again = tokens.authenticate(`Bearer ${kept}`, start + VERIFIED_TOKEN_MAX_AGE_MS);
      expect(again).toBeInstanceOf(Promise);
      expect(await again).toMatchObject({ sub: 'kept-key' });
      expect(tokens.authenticate(`Bearer ${kept}`, start + 2 * VERIFIED_TOKEN_MAX_AGE_MS - 1)).toMatchObject({
        sub: 'kept-key',
      });
    } finally {
      issuer.published = [rsa, ec];
    }
  });

  it('refuses a provider whose discovery document names another issuer', async () => {
    const other = await new TestIssuer().start();
    other.published = [rsa];
    other.announcedIssuer = 'https://login.attacker.example';
    const tokens = verifier({ issuer: other.url });
    try {
      expect(await answer(tokens, await other.sign(rsa, { ...claims(), iss: other.url }))).toMatchObject({
        status: 503,
        message: expect.stringMatching(/names another issuer than AUTH_ISSUER/),
      });
    } finally {
      await other.stop();
    }
  });

  it('refuses an http jwks_uri outside development', async () => {
    const tokens = verifier({ development: false });
    expect(await answer(tokens, await issuer.sign(rsa, claims()))).toMatchObject({
      status: 503,
      message: expect.stringMatching(/jwks_uri must be https/),
    });
  });
});

describe('roles and scopes', () => {
  const platform = (scopes?: string[]): AuthenticatedUser => ({ sub: 'p', roles: [ROLES.backendPlatform], scopes });

  it('assertRoles answers 403 naming the roles needed', () => {
    const user = { sub: 'v', roles: [ROLES.validator], region: 'DARKHAN' };
    expect(() => assertRoles(user, [ROLES.executive])).toThrow(ForbiddenException);
    expect(() => assertRoles(user, [ROLES.executive])).toThrow('[executive]');
    expect(() => assertRoles(user, [ROLES.validator, ROLES.executive])).not.toThrow();
    expect(() => assertRoles(user, undefined)).not.toThrow();
  });

  it('a backend platform needs every scope of the operation (403 naming the missing one); other roles need none', () => {
    const roles = [ROLES.backendPlatform, ROLES.operations];
    expect(() => assertAccess(platform(['aeo.status.read']), roles, ['aeo.events.subscribe'])).toThrow(
      'This action needs the scope aeo.events.subscribe for backend platforms; your token was granted [aeo.status.read]',
    );
    expect(() => assertAccess(platform(), roles, ['aeo.status.read'])).toThrow(/needs the scope aeo.status.read/);
    expect(() => assertAccess(platform(['aeo.status.read']), roles, ['aeo.status.read'])).not.toThrow();
    expect(() => assertAccess({ sub: 'o', roles: [ROLES.operations] }, roles, ['aeo.status.read'])).not.toThrow();
    expect(() => assertAccess(platform(), roles, undefined)).not.toThrow();
    expect(() => assertAccess(platform(['aeo.status.read']), [ROLES.operations], ['aeo.status.read'])).toThrow(
      /roles \[operations\]/,
    );
  });
});
