/** Hosts of a loopback redirect URI registered without a port: any port of them is the client's (RFC 8252 7.3). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What the CORS decision needs of a client (oidc-provider's Client has these two). */
export interface CorsClient {
  clientAuthMethod?: string;
  redirectUris?: readonly string[];
}

/**
 * Whether a web page of `origin` (the request's Origin header) may call the token, userinfo,
 * revocation and introspection endpoints as `client`: only a public client (a single-page app,
 * token_endpoint_auth_method `none`), only from the exact origin of one of its redirect URIs, or,
 * for a loopback redirect URI registered without a port (`http://127.0.0.1/callback`), from that
 * scheme and host on any port, as the redirect itself is accepted. Never `null` (sandboxed
 * frames, file: pages) and never a confidential client (a backend platform has no browser).
 */
export function corsOriginAllowed(origin: string, client: CorsClient): boolean {
  const asked = URL.parse(origin);
  // A serialized origin only: scheme, host and port, nothing more (no path, no trailing slash, not "null").
  if (!asked || asked.origin === 'null' || asked.origin !== origin) return false;
  if (client.clientAuthMethod !== 'none') return false;
  return (client.redirectUris ?? []).some((uri) => {
    const redirect = URL.parse(uri);
    if (!redirect) return false;
    if (redirect.origin === asked.origin) return true;
    return (
      redirect.port === '' &&
      LOOPBACK_HOSTS.has(redirect.hostname) &&
      asked.protocol === redirect.protocol &&
      asked.hostname === redirect.hostname
    );
  });
}

/** Routes anyone may read from any page (discovery, keys): public documents, no credentials. */
export const OPEN_CORS_ROUTES = new Set(['cors.discovery', 'cors.jwks']);
