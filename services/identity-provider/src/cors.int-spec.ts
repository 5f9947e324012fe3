import type { Browser } from 'playwright-core';
import {
  authorizationRequest,
  launchBrowser,
  newPage,
  signInThroughIdentityProvider,
  startCallbackServer,
  type AuthorizationRequest,
  type CallbackServer,
} from '@aeo/testing';
import { identityProviderUnderTest, type IdentityProviderUnderTest } from './testing/identity-provider-process';

const CONSOLE_ORIGIN = 'http://127.0.0.1:3000';
const REFUSED_ORIGINS = ['http://evil.example', 'http://127.0.0.1.evil.example', 'null'];

/**
 * The console (a single-page app on http://127.0.0.1:3000) calls discovery, the token endpoint and
 * the revocation endpoint from the browser (oidc-client-ts): the provider lets the origins of the
 * public clients' redirect URIs do so, and no other.
 */
describe('CORS of the identity provider', () => {
  jest.setTimeout(120_000);
  let idp: IdentityProviderUnderTest;
  let browser: Browser;
  let client: CallbackServer;
  let evilPort: number;

  beforeAll(async () => {
    client = await startCallbackServer();
    evilPort = Number(new URL(client.origin).port);
    [idp, browser] = await Promise.all([
      identityProviderUnderTest('identity_cors'),
      // evil.example is this machine for the browser: the callback server plays another site.
      launchBrowser({ args: ['--host-resolver-rules=MAP evil.example 127.0.0.1'] }),
    ]);
    await idp.start();
  });
  afterAll(async () => {
    await browser?.close();
    await client?.close();
    await idp?.destroy();
  });

  /** A fresh authorization code of the console for a demo user, signed in through the login page. */
  const signedIn = async (): Promise<AuthorizationRequest & { code: string }> => {
    const page = await newPage(browser);
    try {
      const request = authorizationRequest({
        issuer: idp.issuer,
        clientId: 'aeo-console',
        redirectUri: client.redirectUri,
      });
      await page.goto(request.url.href);
      const landed = await signInThroughIdentityProvider(page, { username: 'demo-executive', password: 'aeo-demo' });
      return { ...request, code: landed.searchParams.get('code')! };
    } finally {
      await page.context().close();
    }
  };

  const tokenForm = (request: AuthorizationRequest & { code: string }) =>
    new URLSearchParams({
      grant_type: 'authorization_code',
      code: request.code,
      redirect_uri: request.redirectUri,
      client_id: 'aeo-console',
      code_verifier: request.codeVerifier,
    }).toString();

  const exchange = (origin: string, request: AuthorizationRequest & { code: string }) =>
    fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: tokenForm(request),
    });

  const preflight = (origin: string, path: string) =>
    fetch(`${idp.issuer}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('lets any page read the discovery document and the public keys (public, no credentials)', async () => {
    for (const path of ['/.well-known/openid-configuration', '/jwks']) {
      const answer = await fetch(`${idp.issuer}${path}`, { headers: { origin: 'http://evil.example' } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://evil.example');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it.each(['/token', '/token/revocation', '/me'])('answers the preflight of %s from the console', async (path) => {
    const answer = await preflight(CONSOLE_ORIGIN, path);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(answer.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(answer.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it.each(REFUSED_ORIGINS.flatMap((origin) => ['/token', '/token/revocation', '/me'].map((path) => [origin, path])))(
    'refuses the preflight from %s to %s',
    async (origin, path) => {
      const answer = await preflight(origin, path);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-methods')).toBeNull();
    },
  );

  it('refuses the token exchange from another site before looking at the code, and gives the console its tokens', async () => {
    const request = await signedIn();
    for (const origin of REFUSED_ORIGINS) {
      const refused = await exchange(origin, request);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(await refused.json()).toEqual({
        error: 'invalid_request',
        error_description: `origin ${origin} not allowed for client: aeo-console`,
      });
    }
    // The code was not spent by the refused requests.
    const answer = await exchange(CONSOLE_ORIGIN, request);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(await answer.json()).toMatchObject({ access_token: expect.any(String), id_token: expect.any(String) });
  });

  it('a confidential client gets no CORS, not even from a loopback origin', async () => {
    const answer = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: {
        origin: CONSOLE_ORIGIN,
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('single-window:whatever').toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'aeo.status.read' }).toString(),
    });
    // Refused for its origin, before its (wrong) secret is even checked.
    expect(answer.status).toBe(400);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(await answer.json()).toEqual({
      error: 'invalid_request',
      error_description: `origin ${CONSOLE_ORIGIN} not allowed for client: single-window`,
    });
  });

  it('in Chromium: a page of a loopback origin exchanges the code as oidc-client-ts does; a page of another site cannot read the answer', async () => {
    const exchangeFromPage = async (pageUrl: string, request: AuthorizationRequest & { code: string }) => {
      const page = await newPage(browser);
      const console: string[] = [];
      page.on('console', (message) => console.push(message.text()));
      try {
        await page.goto(pageUrl);
        const outcome = await page.evaluate(
          async ({ url, body }) => {
            try {
              const answer = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body,
              });
              return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
            } catch (error) {
              return { failed: String(error) };
            }
          },
          { url: `${idp.issuer}/token`, body: tokenForm(request) },
        );
        return { ...outcome, console: console.join('\n') };
      } finally {
        await page.context().close();
      }
    };
    const request = await signedIn();
    expect(await exchangeFromPage(`http://evil.example:${evilPort}/`, request)).toEqual({
      failed: 'TypeError: Failed to fetch',
      console: expect.stringMatching(
        new RegExp(
          `from origin 'http://evil.example:${evilPort}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin'`,
        ),
      ),
    });
    // The same code, not spent by the refused request.
    expect(await exchangeFromPage(client.redirectUri, request)).toMatchObject({
      status: 200,
      body: { access_token: expect.any(String), token_type: 'Bearer' },
    });
  });
});
