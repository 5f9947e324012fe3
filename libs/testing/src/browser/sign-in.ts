import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { BROWSER_WAIT_MS } from './browser';

/**
 * Signs in on the identity provider's login page the browser is on (where the console, or an
 * authorization request, sent it): fills the login and password, submits, and waits until the
 * provider sends the browser back to the client (its redirect URI, with `code` and `state` or an
 * OAuth `error`). No consent step: the administration's clients (aeo-console, aeo-cli) are not
 * asked for it. Throws with the page's message when the provider refuses the password.
 * Returns the URL the browser landed on.
 */
export async function signInThroughIdentityProvider(
  page: Page,
  credentials: { username: string; password: string },
  timeoutMs = BROWSER_WAIT_MS,
): Promise<URL> {
  const form = page.locator('form[action$="/login"]');
  await form.waitFor({ state: 'visible', timeout: timeoutMs });
  const providerOrigin = new URL(page.url()).origin;
  await form.locator('input[name="login"]').fill(credentials.username, { timeout: timeoutMs });
  await form.locator('input[name="password"]').fill(credentials.password, { timeout: timeoutMs });
  const back = page
    .waitForURL((url) => url.origin !== providerOrigin, { waitUntil: 'commit', timeout: timeoutMs })
    .then(() => 'back' as const);
  const refused = page
    .locator('[role="alert"]')
    .waitFor({ state: 'visible', timeout: timeoutMs })
    .then(() => 'refused' as const);
  await form.locator('button[type="submit"]').click({ timeout: timeoutMs });
  // The loser of the race times out later on its own; its rejection is not this sign-in's.
  back.catch(() => undefined);
  refused.catch(() => undefined);
  const outcome = await Promise.race([back, refused]);
  if (outcome === 'refused')
    throw new Error(
      `the identity provider refused the sign-in of ${credentials.username}: ${await page.locator('[role="alert"]').innerText()}`,
    );
  return new URL(page.url());
}

/** An authorization request (code flow, PKCE S256) as a client builds it, with what it keeps to finish it. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  codeVerifier: string;
  redirectUri: string;
}

export function authorizationRequest(options: {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scope?: string;
  uiLocales?: string;
}): AuthorizationRequest {
  const codeVerifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const url = new URL(`${options.issuer.replace(/\/$/, '')}/auth`);
  url.search = new URLSearchParams({
    client_id: options.clientId,
    response_type: 'code',
    redirect_uri: options.redirectUri,
    scope: options.scope ?? 'openid aeo.api',
    state,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(options.uiLocales ? { ui_locales: options.uiLocales } : {}),
  }).toString();
  return { url, state, codeVerifier, redirectUri: options.redirectUri };
}

/** A client's redirect URI served on a free loopback port: `/callback` answers a small page. */
export interface CallbackServer {
  origin: string;
  redirectUri: string;
  close(): Promise<void>;
}

export async function startCallbackServer(): Promise<CallbackServer> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        '<!doctype html><html lang="en"><head><title>Callback</title></head><body><main><h1>Back at the client</h1></main></body></html>',
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    redirectUri: `${origin}/callback`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A trader's account as the identity provider's sign-up form takes it (IDENTITY_TRADER_SIGNUP). */
export interface SignUpAccount {
  login: string;
  name: string;
  email: string;
  password: string;
  taxpayerId: string;
  language: 'mn' | 'en';
}

/**
 * Creates a company's first user account from the identity provider's login page the browser is on
 * (where an app's sign-in sent it): the login page's sign-up link, the form filled, `beforeSubmit`
 * (a screenshot, an accessibility check) and submitted; the sign-in then goes on as the new account
 * and the provider sends the browser back to the client. Throws with the form's messages when it
 * refuses a field. Returns the URL the browser landed on.
 */
export async function signUpThroughIdentityProvider(
  page: Page,
  account: SignUpAccount,
  options: { beforeSubmit?: (page: Page) => Promise<void>; timeoutMs?: number } = {},
): Promise<URL> {
  const timeout = options.timeoutMs ?? BROWSER_WAIT_MS;
  await page.locator('form[action$="/login"]').waitFor({ state: 'visible', timeout });
  const providerOrigin = new URL(page.url()).origin;
  await page.locator('a[href*="/signup"]').click({ timeout });
  const form = page.locator('form[action$="/signup"]');
  await form.waitFor({ state: 'visible', timeout });
  for (const field of ['login', 'name', 'email', 'password', 'taxpayerId'] as const)
    await form.locator(`input[name="${field}"]`).fill(account[field], { timeout });
  await form.locator('input[name="passwordConfirmation"]').fill(account.password, { timeout });
  await form.locator('select[name="language"]').selectOption(account.language, { timeout });
  await options.beforeSubmit?.(page);
  const back = page
    .waitForURL((url) => url.origin !== providerOrigin, { waitUntil: 'commit', timeout })
    .then(() => 'back' as const);
  const refused = page
    .locator('.field-error, [role="alert"]')
    .first()
    .waitFor({ state: 'visible', timeout })
    .then(() => 'refused' as const);
  await form.locator('button[type="submit"]').click({ timeout });
  back.catch(() => undefined);
  refused.catch(() => undefined);
  if ((await Promise.race([back, refused])) === 'refused')
    throw new Error(
      `the identity provider refused the sign-up of ${account.login}: ${(await page.locator('.field-error, [role="alert"]').allInnerTexts()).join('; ')}`,
    );
  return new URL(page.url());
}

/**
 * Opens a web app (the console, the portal) at `path` in a page of its own and signs in there as a
 * person does: the app's sign-in button, the identity provider's login page, back to the app's
 * callback and on to `path`; returns the page once the header names the caller.
 */
export async function signInToWebApp(
  page: Page,
  consoleUrl: string,
  credentials: { username: string; password: string },
  path = '/',
): Promise<Page> {
  await page.goto(new URL(path, consoleUrl).toString());
  await page.getByTestId('sign-in').click();
  await signInThroughIdentityProvider(page, credentials);
  await page.getByTestId('caller-name').waitFor({ state: 'visible' });
  return page;
}

/** The console's sign-in (the name its browser tests use). */
export const signInToConsole = signInToWebApp;
