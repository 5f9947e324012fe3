import Provider, { errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Pool } from 'pg';
import { ROLES } from '@aeo/auth';
import { Accounts, claimsOf } from './accounts/accounts';
import { corsOriginAllowed, OPEN_CORS_ROUTES } from './cors';
import { ALL_PLATFORM_SCOPES, clientsOf, loadOrCreateSecrets } from './clients/clients';
import type { IdentityConfig } from './config';
import { loadOrCreateSigningKeys, type SigningKeys } from './keys/signing-keys';
import { PostgresAdapter } from './persistence/postgres-adapter';

/**
 * The resource indicator of the platform's API (RFC 8707 wants an absolute URI); its tokens name
 * AUTH_AUDIENCE (`aeo-platform`) as their audience, which is what the services check.
 */
export const PLATFORM_RESOURCE = 'urn:aeo:platform';

const html = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The sign-out question (RP-initiated logout), in Mongolian and English: one button ends the
 * session (and goes back to the application), the other keeps it. `form` is the provider's own
 * form with its CSRF token.
 */
export function logoutPage(form: string): string {
  return `<!doctype html>
<html lang="mn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Гарах · Sign out</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;display:flex;justify-content:center}
main{background:#fff;margin-top:8vh;padding:2rem;border-radius:8px;width:min(22rem,90vw);box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem;margin:0 0 1rem}p{margin:0 0 1rem;color:#333}button{font:inherit;width:100%;padding:.6rem 1rem;border-radius:4px;cursor:pointer}
.submit{background:#1c5d99;border:1px solid #1c5d99;color:#fff}.cancel{margin-top:.75rem;background:#fff;border:1px solid #767676;color:#222}
button:focus-visible{outline:3px solid #1c5d99;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>AEO платформоос гарах уу?</h1>
<p lang="en">Sign out of the AEO platform?</p>
${form}
<button autofocus class="submit" type="submit" form="op.logoutForm" value="yes" name="logout">Гарах · <span lang="en">Sign out</span></button>
<button class="cancel" type="submit" form="op.logoutForm">Үлдэх · <span lang="en">Stay signed in</span></button>
</main>
</body>
</html>`;
}

export function providerConfiguration(
  config: IdentityConfig,
  pool: Pool,
  accounts: Accounts,
  keys: SigningKeys,
  secrets: Awaited<ReturnType<typeof loadOrCreateSecrets>>,
): Configuration {
  return {
    adapter: PostgresAdapter.factory(pool),
    clients: clientsOf(config, secrets),
    jwks: { keys: keys.keys },
    cookies: { keys: secrets.cookieKeys },
    findAccount: accounts.findAccount,
    claims: { openid: ['sub'], profile: ['name'] },
    scopes: ['openid', 'offline_access', 'profile', ...ALL_PLATFORM_SCOPES],
    clientDefaults: { id_token_signed_response_alg: 'RS256', grant_types: ['authorization_code'] },
    responseTypes: ['code', 'none'],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => void (ctx.body = logoutPage(form)) },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => PLATFORM_RESOURCE,
        // A code or refresh token exchange gets the platform's JWT even when openid was asked for.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resourceIndicator) => {
          if (resourceIndicator !== PLATFORM_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: ALL_PLATFORM_SCOPES.join(' '),
            audience: config.audience,
            accessTokenTTL: config.accessTokenTtlS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The claims of the contract in the access token: the account's, or a backend platform's role.
    extraTokenClaims: async (_ctx: KoaContextWithOIDC, token) => {
      if (token.kind === 'ClientCredentials') return { roles: [ROLES.backendPlatform] };
      const accountId = (token as { accountId?: string }).accountId;
      const account = accountId ? await accounts.find(accountId) : undefined;
      return account ? claimsOf(account) : undefined;
    },
    clientBasedCORS: (_ctx, origin, client) => corsOriginAllowed(origin, client),
    pkce: { required: () => true },
    interactions: { url: async (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: config.accessTokenTtlS,
      ClientCredentials: config.accessTokenTtlS,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: config.refreshTokenTtlS,
      RefreshToken: config.refreshTokenTtlS,
    },
    rotateRefreshToken: true,
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html><head><meta charset="utf-8"><title>Error</title></head><body><h1>Sign-in failed</h1>${Object.entries(
        out,
      )
        .map(([key, value]) => `<p><strong>${html(key)}</strong>: ${html(String(value))}</p>`)
        .join('')}</body></html>`;
    },
  };
}

export async function createProvider(config: IdentityConfig, pool: Pool, accounts: Accounts): Promise<Provider> {
  const keys = await loadOrCreateSigningKeys(config.keysFile);
  const secrets = await loadOrCreateSecrets(config.clientsFile);
  const configuration = providerConfiguration(config, pool, accounts, keys, secrets);
  const provider = new Provider(config.issuer, configuration);
  const clients = (configuration.clients ?? []).map((client: ClientMetadata) => ({
    clientAuthMethod: client.token_endpoint_auth_method,
    redirectUris: client.redirect_uris,
  }));
  // oidc-provider answers a preflight for any origin (the client's id is in the body it has not
  // seen yet) and refuses the request itself; an origin no client may use is refused at once.
  provider.use(async (ctx, next) => {
    await next();
    const route = ctx.method === 'OPTIONS' ? ctx.oidc?.route : undefined;
    const origin = ctx.get('Origin');
    if (!route?.startsWith('cors.') || OPEN_CORS_ROUTES.has(route) || !origin) return;
    if (clients.some((client) => corsOriginAllowed(origin, client))) return;
    for (const header of Object.keys(ctx.response.headers))
      if (header.toLowerCase().startsWith('access-control-')) ctx.remove(header);
    ctx.status = 403;
    ctx.type = 'text/plain';
    ctx.body = `origin ${origin} is not allowed`;
  });
  // Behind a TLS-terminating proxy the issuer is https while the socket is not.
  provider.proxy = config.issuer.startsWith('https:');
  return provider;
}
