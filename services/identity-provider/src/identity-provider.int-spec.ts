import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { Client } from 'pg';
import { ROLES, tokenClaimsSchema } from '@aeo/auth';
import { clientCredentialsToken, passwordLoginToken, refreshToken, TokenRequestError } from '@aeo/auth/provider-tokens';
import { testEnv, tsScriptArgs } from '@aeo/testing';
import { rotateSigningKeys, type SigningKeys } from './keys/signing-keys';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from './testing/identity-provider-process';

const DEMO_PASSWORD = 'aeo-demo';

describe('identity provider (oidc-provider on PostgreSQL)', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;

  beforeAll(async () => {
    idp = await identityProviderUnderTest('identity');
    await idp.start();
  });
  afterAll(async () => idp?.destroy());

  const jwks = async () => (await (await fetch(`${idp.issuer}/jwks`)).json()) as JSONWebKeySet;
  /** Verifies as a service does: the provider's published keys, its issuer, the platform's audience. */
  const verify = async (token: string) =>
    (await jwtVerify(token, createLocalJWKSet(await jwks()), { issuer: idp.issuer, audience: 'aeo-platform' })).payload;
  const secretOf = (clientId: string) =>
    (JSON.parse(readFileSync(idp.clientsFile, 'utf8')) as { clients: Record<string, string> }).clients[clientId];

  it('publishes its discovery document and the public part of one RS256 and one ES256 key', async () => {
    const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as {
      grant_types_supported: string[];
    };
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      jwks_uri: `${idp.issuer}/jwks`,
      code_challenge_methods_supported: ['S256'],
      end_session_endpoint: `${idp.issuer}/session/end`,
      introspection_endpoint: expect.any(String),
      revocation_endpoint: expect.any(String),
    });
    expect(discovery.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    );
    const { keys } = await jwks();
    expect(keys.map((key) => key.alg).sort()).toEqual(['ES256', 'RS256']);
    for (const key of keys) expect(key).not.toHaveProperty('d');
    // The keys file (private keys) is the owner's only.
    expect(statSync(idp.keysFile).mode & 0o777).toBe(0o600);
    expect(statSync(idp.clientsFile).mode & 0o777).toBe(0o600);
  });

  it('logs a demo user in by authorization code with PKCE: an RS256 access token with the claims of the contract', async () => {
    const answer = await passwordLoginToken({
      issuer: idp.issuer,
      login: 'demo-trader-5012345',
      password: DEMO_PASSWORD,
    });
    expect(decodeProtectedHeader(answer.access_token).alg).toBe('RS256');
    const claims = await verify(answer.access_token);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: 'aeo-platform',
      sub: 'demo-trader-5012345',
      name: 'Tavan Bogd Trade LLC compliance officer',
      roles: [ROLES.operatorUser],
      taxpayerId: '5012345',
      client_id: 'aeo-cli',
      scope: 'aeo.api',
    });
    expect(claims).not.toHaveProperty('region');
    // What the services' claim check takes (libs/auth).
    expect(() => tokenClaimsSchema.parse(claims)).not.toThrow();
    expect(claims.exp! - claims.iat!).toBe(3600);
    const regional = await verify(
      (await passwordLoginToken({ issuer: idp.issuer, login: 'demo-validator-darkhan', password: DEMO_PASSWORD }))
        .access_token,
    );
    expect(regional).toMatchObject({ roles: [ROLES.validator], region: 'DARKHAN' });
    expect(regional).not.toHaveProperty('taxpayerId');
  });

  it('exchanges the refresh token (offline_access) for a new access token and a new refresh token', async () => {
    const first = await passwordLoginToken({ issuer: idp.issuer, login: 'demo-executive', password: DEMO_PASSWORD });
    expect(first.refresh_token).toEqual(expect.any(String));
    const second = await refreshToken({ issuer: idp.issuer, refreshToken: first.refresh_token! });
    expect(await verify(second.access_token)).toMatchObject({ sub: 'demo-executive', roles: [ROLES.executive] });
    expect(second.refresh_token).not.toBe(first.refresh_token);
    // Rotated: the used refresh token is spent (a replay revokes the grant).
    await expect(refreshToken({ issuer: idp.issuer, refreshToken: first.refresh_token! })).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('gives a backend platform only the scopes it was given (client credentials)', async () => {
    const token = await clientCredentialsToken({
      issuer: idp.issuer,
      clientId: 'single-window',
      secret: secretOf('single-window'),
      scope: 'aeo.status.read',
    });
    expect(await verify(token.access_token)).toMatchObject({
      sub: 'single-window',
      client_id: 'single-window',
      roles: [ROLES.backendPlatform],
      scope: 'aeo.status.read',
    });
    await expect(
      clientCredentialsToken({
        issuer: idp.issuer,
        clientId: 'single-window',
        secret: secretOf('single-window'),
        scope: 'aeo.status.read aeo.events.subscribe',
      }),
    ).rejects.toMatchObject({ error: 'invalid_scope' });
    const processing = await clientCredentialsToken({
      issuer: idp.issuer,
      clientId: 'declaration-processing',
      secret: secretOf('declaration-processing'),
      scope: 'aeo.status.read aeo.events.subscribe',
    });
    expect((await verify(processing.access_token))['scope']).toBe('aeo.status.read aeo.events.subscribe');
    await expect(
      clientCredentialsToken({
        issuer: idp.issuer,
        clientId: 'single-window',
        secret: 'wrong',
        scope: 'aeo.status.read',
      }),
    ).rejects.toMatchObject({ error: 'invalid_client' });
    // A person's client cannot ask for a platform's scope either.
    await expect(
      passwordLoginToken({
        issuer: idp.issuer,
        login: 'demo-executive',
        password: DEMO_PASSWORD,
        scope: 'openid aeo.status.read',
      }),
    ).rejects.toMatchObject({ error: 'invalid_scope' });
  });

  it('refuses a wrong password and an unknown login with the same answer (no user enumeration)', async () => {
    for (const login of ['demo-executive', 'nobody-at-all']) {
      const refused = passwordLoginToken({ issuer: idp.issuer, login, password: 'not-the-password' });
      await expect(refused).rejects.toBeInstanceOf(TokenRequestError);
      await expect(refused).rejects.toMatchObject({ error: 'login_failed' });
    }
  });

  describe('bad authorization requests get the OAuth errors', () => {
    const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
    const authorize = async (params: Record<string, string>) => {
      const url = new URL(`${idp.issuer}/auth`);
      url.search = new URLSearchParams({
        client_id: 'aeo-console',
        response_type: 'code',
        redirect_uri: 'http://127.0.0.1:5173/callback',
        scope: 'openid aeo.api',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        ...params,
      }).toString();
      return fetch(url, { redirect: 'manual' });
    };

    it('accepts a loopback redirect URI on any port (RFC 8252) and sends the browser to the login page', async () => {
      const answer = await authorize({});
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toMatch(/^\/interaction\/[\w-]+$/);
      const page = await fetch(new URL(answer.headers.get('location')!, idp.issuer), {
        headers: {
          cookie: answer.headers
            .getSetCookie()
            .map((c) => c.split(';')[0])
            .join('; '),
        },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Нэвтрэх нэр');
      expect(html).toContain('name="csrf"');
    });

    it('an unknown client: invalid_client, shown on the provider (nowhere to redirect)', async () => {
      const answer = await authorize({ client_id: 'no-such-client' });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('invalid_client');
    });

    it('a NUL in an identifier (client_id, code, refresh token, token to introspect or revoke): an OAuth error, never a 500', async () => {
      // Found from outside: PostgreSQL refuses text with a NUL, and oidc-provider answered server_error (500).
      const unknownClient = await authorize({ client_id: '\u0000' });
      expect(unknownClient.status).toBe(400);
      expect(await unknownClient.text()).toContain('invalid_client');
      const post = (path: string, form: Record<string, string>) =>
        fetch(`${idp.issuer}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form).toString(),
        });
      const secret = secretOf('single-window');
      const answers = [
        await post('/token', {
          grant_type: 'client_credentials',
          client_id: 'single-window\u0000',
          client_secret: 'x',
        }),
        await post('/token', { grant_type: 'refresh_token', client_id: 'aeo-cli', refresh_token: '\u0000abc' }),
        await post('/token', {
          grant_type: 'authorization_code',
          client_id: 'aeo-cli',
          code: '\u0000abc',
          redirect_uri: 'http://127.0.0.1:5173/callback',
          code_verifier: 'a'.repeat(43),
        }),
        await post('/token/introspection', { client_id: 'single-window', client_secret: secret, token: '\u0000' }),
        await post('/token/revocation', { client_id: 'single-window', client_secret: secret, token: '\u0000abc' }),
        await post('/request', { client_id: 'aeo-cli\u0000' }),
      ];
      // Revocation answers 200 with no body (RFC 7009: an unknown token is no error); the others an OAuth error.
      const statuses = await Promise.all(
        answers.map(async (answer) => {
          const body = await answer.text();
          return { status: answer.status, error: body ? (JSON.parse(body) as { error?: string }).error : undefined };
        }),
      );
      for (const { status, error } of statuses) {
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        expect(error ?? 'none').not.toBe('server_error');
      }
    });

    it('a redirect URI the client did not register: invalid_redirect_uri, shown on the provider', async () => {
      const answer = await authorize({ redirect_uri: 'https://evil.example/callback' });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('invalid_redirect_uri');
    });

    it('no PKCE challenge: invalid_request sent back to the client', async () => {
      const answer = await authorize({ code_challenge: '', code_challenge_method: '' });
      const location = new URL(answer.headers.get('location') ?? '', idp.issuer);
      expect(location.origin + location.pathname).toBe('http://127.0.0.1:5173/callback');
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('error_description')).toMatch(/requires PKCE/);
    });

    it("a posted login without the form's CSRF token is refused", async () => {
      const answer = await authorize({});
      const cookie = answer.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const posted = await fetch(new URL(`${answer.headers.get('location')}/login`, idp.issuer), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: 'demo-executive', password: DEMO_PASSWORD }).toString(),
      });
      expect(posted.status).toBe(403);
    });

    it('a sixth password attempt on one sign-in ends it with access_denied, even with the right password', async () => {
      const answer = await authorize({});
      const location = answer.headers.get('location')!;
      const cookie = answer.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const page = await (await fetch(new URL(location, idp.issuer), { headers: { cookie } })).text();
      const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1];
      const post = (password: string) =>
        fetch(new URL(`${location}/login`, idp.issuer), {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ csrf, login: 'demo-executive', password }).toString(),
        });
      for (let attempt = 1; attempt <= 5; attempt++) expect((await post('not-the-password')).status).toBe(401);
      const sixth = await post(DEMO_PASSWORD);
      expect(sixth.status).toBe(303);
      const resumed = await fetch(new URL(sixth.headers.get('location')!, idp.issuer), {
        redirect: 'manual',
        headers: { cookie },
      });
      const callback = new URL(resumed.headers.get('location') ?? '', idp.issuer);
      expect(callback.origin + callback.pathname).toBe('http://127.0.0.1:5173/callback');
      expect(callback.searchParams.get('error')).toBe('access_denied');
      expect(callback.searchParams.get('code')).toBeNull();
    });
  });

  it("builds its endpoints' URLs from the issuer, not from the request's Host or X-Forwarded-Host", async () => {
    const { port } = new URL(idp.issuer);
    const body = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(port),
          path: '/.well-known/openid-configuration',
          headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve(text));
        },
      );
      request.on('error', reject);
      request.end();
    });
    const discovery = JSON.parse(body) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: idp.issuer, jwks_uri: `${idp.issuer}/jwks` });
    expect(body).not.toContain('evil.example');
  });

  it('answers a request line naming no URL (`GET //[`) with 400 and keeps serving', async () => {
    const { port } = new URL(idp.issuer);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.end('GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
      );
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect((await fetch(`${idp.issuer}/.well-known/openid-configuration`)).status).toBe(200);
  });

  it('key rotation: the new RS256 key signs after a restart, a token of the old key still verifies while it is published, and sessions survive (PostgreSQL)', async () => {
    const before = await passwordLoginToken({ issuer: idp.issuer, login: 'demo-policy-unit', password: DEMO_PASSWORD });
    const oldKid = decodeProtectedHeader(before.access_token).kid;
    const { added } = await rotateSigningKeys(idp.keysFile, 'RS256');
    const file = JSON.parse(readFileSync(idp.keysFile, 'utf8')) as SigningKeys;
    expect(file.keys[0].kid).toBe(added.kid);
    expect(statSync(idp.keysFile).mode & 0o777).toBe(0o600);
    await idp.stop();
    await idp.start();

    const published = (await jwks()).keys.map((key) => key.kid);
    expect(published).toEqual(expect.arrayContaining([added.kid, oldKid]));
    // The refresh token issued before the restart is still known: the grant lives in PostgreSQL.
    const after = await refreshToken({ issuer: idp.issuer, refreshToken: before.refresh_token! });
    expect(decodeProtectedHeader(after.access_token).kid).toBe(added.kid);
    expect(await verify(after.access_token)).toMatchObject({ sub: 'demo-policy-unit' });
    expect(await verify(before.access_token)).toMatchObject({ sub: 'demo-policy-unit' });
  });

  it('two rotations without a restart still publish the key the running provider signs with', async () => {
    const before = await passwordLoginToken({ issuer: idp.issuer, login: 'demo-policy-unit', password: DEMO_PASSWORD });
    const signingKid = decodeProtectedHeader(before.access_token).kid;
    await rotateSigningKeys(idp.keysFile, 'RS256');
    const { added } = await rotateSigningKeys(idp.keysFile, 'RS256');
    await idp.stop();
    await idp.start();

    expect((await jwks()).keys.map((key) => key.kid)).toEqual(expect.arrayContaining([added.kid, signingKid]));
    expect(await verify(before.access_token)).toMatchObject({ sub: 'demo-policy-unit' });
  });

  it('purges expired rows of its table', async () => {
    const client = new Client({ connectionString: idp.database.url });
    await client.connect();
    try {
      await client.query(
        "INSERT INTO oidc_models (id, kind, payload, expires_at) VALUES ('gone', 'Session', '{}', now() - interval '1 hour')",
      );
      const { purgeExpired } = await import('./persistence/postgres-adapter');
      const { Pool } = await import('pg');
      const pool = new Pool({ connectionString: idp.database.url });
      try {
        expect(await purgeExpired(pool)).toBeGreaterThanOrEqual(1);
      } finally {
        await pool.end();
      }
      expect((await client.query("SELECT 1 FROM oidc_models WHERE id = 'gone'")).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it.each([
    [{ AEO_IDENTITY_PORT: 'eighty' }, /AEO_IDENTITY_PORT: Invalid input: expected number/],
    [
      { AUTH_ISSUER: 'http://idp.example.org', AUTH_DEVELOPMENT: '' },
      /AUTH_ISSUER: an http issuer is only allowed on a loopback host with AUTH_DEVELOPMENT=true/,
    ],
    [
      { AUTH_ISSUER: '', AUTH_DEVELOPMENT: '' },
      /AUTH_DEVELOPMENT: this provider, with its published demo users, .*docs\/identity\.md/,
    ],
    [
      { AUTH_ISSUER: 'https://idp.example.org', AUTH_DEVELOPMENT: 'false' },
      /AUTH_DEVELOPMENT: this provider, with its published demo users, .*docs\/identity\.md/,
    ],
    [
      { AUTH_DEVELOPMENT: 'true', IDENTITY_CONSOLE_REDIRECT_URIS: 'http://console.example.org/callback' },
      /IDENTITY_CONSOLE_REDIRECT_URIS: "http:\/\/console.example.org\/callback" is not an https URL/,
    ],
  ])('refuses to start with %j, naming the variable', async (env, message) => {
    const child = spawn(process.execPath, tsScriptArgs('services/identity-provider/src/main.ts'), {
      cwd: testEnv.repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });
});
