import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ClientMetadata } from 'oidc-provider';
import type { IdentityConfig } from '../config';

/** Scopes of the platform's API (the resource `AUTH_AUDIENCE`): what a token lets its client do. */
export const PLATFORM_SCOPES = {
  /** A person's use of the API (the roles in the token decide the rest). */
  api: 'aeo.api',
  /** Status look-up of authorised operators (single window, declaration processing). */
  statusRead: 'aeo.status.read',
  /** Event subscriptions (webhooks) of a backend platform. */
  eventsSubscribe: 'aeo.events.subscribe',
  /** Invitation codes looked up and redeemed (the identity provider's own client only). */
  invitationsRedeem: 'aeo.invitations.redeem',
} as const;
export const ALL_PLATFORM_SCOPES = Object.values(PLATFORM_SCOPES);

/** Confidential clients of backend platforms and the only scopes each was given. */
export const BACKEND_PLATFORM_CLIENTS = {
  'single-window': [PLATFORM_SCOPES.statusRead],
  'declaration-processing': [PLATFORM_SCOPES.statusRead, PLATFORM_SCOPES.eventsSubscribe],
  /** The provider itself, calling applications to redeem a company invitation (its secret: clients.json). */
  'aeo-identity': [PLATFORM_SCOPES.invitationsRedeem],
} as const;
export type BackendPlatformClient = keyof typeof BACKEND_PLATFORM_CLIENTS;

/** First-party clients whose users are not asked for consent (the administration's own applications). */
export const FIRST_PARTY_CLIENTS = new Set(['aeo-console', 'aeo-portal', 'aeo-cli']);

/** Loopback redirect URIs of a native or local client: any port on 127.0.0.1 is accepted (RFC 8252 7.3). */
export const LOOPBACK_REDIRECTS: Record<string, string[]> = {
  'aeo-console': ['http://127.0.0.1/callback', 'http://localhost/callback'],
  /** The trader portal (services/portal): the same loopback callback as the console's. */
  'aeo-portal': ['http://127.0.0.1/callback', 'http://localhost/callback'],
  'aeo-cli': ['http://127.0.0.1/callback'],
};

interface ClientSecretsFile {
  clients: Record<string, string>;
  /** Keys that sign the provider's cookies (the first signs, all verify). */
  cookieKeys: string[];
}

const secret = () => randomBytes(32).toString('base64url');

/** The generated secrets of `.local/identity/clients.json` (0600), created on first start. */
export async function loadOrCreateSecrets(file: string): Promise<ClientSecretsFile> {
  let stored: Partial<ClientSecretsFile> = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as Partial<ClientSecretsFile>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const clients = { ...stored.clients };
  for (const id of Object.keys(BACKEND_PLATFORM_CLIENTS)) clients[id] ??= secret();
  const secrets = { clients, cookieKeys: stored.cookieKeys?.length ? stored.cookieKeys : [secret()] };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  }
  return secrets;
}

/** The registered clients (static: the administration registers them, not dynamic registration). */
export function clientsOf(config: IdentityConfig, secrets: ClientSecretsFile): ClientMetadata[] {
  const publicClient = (clientId: string, redirectUris: string[]): ClientMetadata => ({
    client_id: clientId,
    token_endpoint_auth_method: 'none',
    application_type: 'native',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: redirectUris,
    post_logout_redirect_uris: redirectUris,
    scope: ['openid', 'profile', 'offline_access', PLATFORM_SCOPES.api].join(' '),
  });
  const platforms = Object.entries(BACKEND_PLATFORM_CLIENTS).map(([clientId, scopes]): ClientMetadata => ({
    client_id: clientId,
    client_secret: config.clientSecrets[clientId as BackendPlatformClient] ?? secrets.clients[clientId],
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    scope: scopes.join(' '),
  }));
  return [
    publicClient('aeo-console', [...LOOPBACK_REDIRECTS['aeo-console'], ...config.consoleRedirectUris]),
    publicClient('aeo-portal', LOOPBACK_REDIRECTS['aeo-portal']),
    publicClient('aeo-cli', LOOPBACK_REDIRECTS['aeo-cli']),
    ...platforms,
  ];
}
