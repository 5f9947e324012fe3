/**
 * Real tokens from the OpenID provider over HTTP, as a command-line client gets them: a person's
 * by authorization code with PKCE (the login form posted with their password, through the public
 * client `aeo-cli`), a backend platform's by client credentials. Used by `npm run token` and the
 * demo data loader.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
  refresh_token?: string;
  id_token?: string;
}

export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

/** The provider answered, but not with a token: `error` is its OAuth error code (or `login_failed`). */
export class TokenRequestError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export const CLI_CLIENT_ID = 'aeo-cli';
const CLI_REDIRECT_URI = 'http://127.0.0.1/callback';

export async function discover(issuer: string): Promise<ProviderMetadata> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`the identity provider ${issuer} does not answer (${(error as Error).message})`);
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as ProviderMetadata;
}

async function tokenRequest(
  metadata: ProviderMetadata,
  form: Record<string, string>,
  basicAuth?: { clientId: string; secret: string },
): Promise<TokenResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (basicAuth)
    headers['authorization'] =
      `Basic ${Buffer.from(`${encodeURIComponent(basicAuth.clientId)}:${encodeURIComponent(basicAuth.secret)}`).toString('base64')}`;
  const response = await fetch(metadata.token_endpoint, { method: 'POST', headers, body: new URLSearchParams(form) });
  const body = (await response.json()) as TokenResponse & { error?: string; error_description?: string };
  if (!response.ok || body.error)
    throw new TokenRequestError(
      body.error ?? `http_${response.status}`,
      `${body.error}: ${body.error_description ?? ''}`,
    );
  return body;
}

/** A backend platform's token (client credentials); the provider refuses a scope the client was not given. */
export async function clientCredentialsToken(options: {
  issuer: string;
  clientId: string;
  secret: string;
  scope?: string;
}): Promise<TokenResponse> {
  const metadata = await discover(options.issuer);
  return tokenRequest(
    metadata,
    { grant_type: 'client_credentials', ...(options.scope ? { scope: options.scope } : {}) },
    { clientId: options.clientId, secret: options.secret },
  );
}

export async function refreshToken(options: {
  issuer: string;
  refreshToken: string;
  clientId?: string;
}): Promise<TokenResponse> {
  const metadata = await discover(options.issuer);
  return tokenRequest(metadata, {
    grant_type: 'refresh_token',
    refresh_token: options.refreshToken,
    client_id: options.clientId ?? CLI_CLIENT_ID,
  });
}

/** Cookies by name, as a browser would send them back to the provider (one host, paths ignored). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const MAX_REDIRECTS = 10;

/**
 * A person's token: authorization code with PKCE (S256) through the login page, as a browser would
 * (cookies kept, redirects followed, the form posted), the code exchanged by the public client.
 */
export async function passwordLoginToken(options: {
  issuer: string;
  login: string;
  password: string;
  scope?: string;
  clientId?: string;
  redirectUri?: string;
  uiLocales?: string;
}): Promise<TokenResponse> {
  const metadata = await discover(options.issuer);
  const clientId = options.clientId ?? CLI_CLIENT_ID;
  const redirectUri = options.redirectUri ?? CLI_REDIRECT_URI;
  const scope = options.scope ?? 'openid offline_access aeo.api';
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorization = new URL(metadata.authorization_endpoint);
  authorization.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    // offline_access (a refresh token) is only granted when consent is asked for (OpenID Connect Core 11).
    ...(scope.split(' ').includes('offline_access') ? { prompt: 'consent' } : {}),
    ...(options.uiLocales ? { ui_locales: options.uiLocales } : {}),
  }).toString();
  const jar = new CookieJar();

  /** Follows redirects from `url` until the login page or the client's redirect URI. */
  const follow = async (start: URL, init?: RequestInit): Promise<{ url: URL; response?: Response }> => {
    let url = start;
    let request = init;
    for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
      const response = await fetch(url, {
        ...request,
        redirect: 'manual',
        headers: { ...(request?.headers as Record<string, string>), cookie: jar.header() },
      });
      jar.take(response);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url, response };
      await response.arrayBuffer();
      url = new URL(location, url);
      request = undefined;
      if (url.href.startsWith(redirectUri)) return { url };
    }
    throw new Error(`more than ${MAX_REDIRECTS} redirects from ${start.href}`);
  };

  const page = await follow(authorization);
  if (!page.response) throw redirectedError(page.url);
  if (page.response.status !== 200) throw await authorizationError(page.url, page.response);
  const html = await page.response.text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error(`no login form at ${page.url.href}`);
  const posted = await follow(new URL(`${page.url.pathname}/login`, page.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, login: options.login, password: options.password }).toString(),
  });
  if (posted.response) {
    if (posted.response.status === 401)
      throw new TokenRequestError('login_failed', `${options.login}: the login or the password is wrong`);
    throw await authorizationError(posted.url, posted.response);
  }
  const answer = posted.url.searchParams;
  if (answer.get('error')) throw redirectedError(posted.url);
  if (answer.get('state') !== state) throw new Error('the authorization answer carries another state');
  return tokenRequest(metadata, {
    grant_type: 'authorization_code',
    code: answer.get('code') ?? '',
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: verifier,
  });
}

/** The OAuth error the provider sent back to the client's redirect URI. */
function redirectedError(url: URL): Error {
  const error = url.searchParams.get('error');
  if (!error) return new Error(`the provider redirected to ${url.origin}${url.pathname} without a login page`);
  return new TokenRequestError(error, `${error}: ${url.searchParams.get('error_description') ?? ''}`);
}

async function authorizationError(url: URL, response?: Response): Promise<Error> {
  const text = response ? await response.text() : '';
  const error = /<strong>error<\/strong>: ([^<]+)/.exec(text)?.[1];
  const description = /<strong>error_description<\/strong>: ([^<]+)/.exec(text)?.[1];
  if (error) return new TokenRequestError(error, `${error}: ${description ?? ''}`);
  return new Error(`${url.href} answered ${response?.status}`);
}
