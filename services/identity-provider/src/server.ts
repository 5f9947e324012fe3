import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { Pool } from 'pg';
import { Accounts } from './accounts/accounts';
import { DEMO_ACCOUNTS } from './accounts/demo-users';
import { loadOrCreateSecrets } from './clients/clients';
import type { IdentityConfig } from './config';
import { Interactions } from './interaction/interactions';
import { AttemptCounter, LoginAttempts } from './interaction/login-attempts';
import { migrate, purgeExpired } from './persistence/postgres-adapter';
import { createProvider } from './provider';
import { Signup } from './signup/signup';
import { ApplicationsInvitations, INVITATIONS_CLIENT_ID } from './invitation/applications-invitations';
import { InvitationPages } from './invitation/invitation';

export interface RunningIdentityProvider {
  provider: Provider;
  server: Server;
  stop(): Promise<void>;
}

/**
 * The provider's HTTP server: oidc-provider's routes (discovery, jwks, auth, token, ...), the
 * login pages, and /health/live for launchers.
 */
export async function startIdentityProvider(
  config: IdentityConfig,
  log: (line: string) => void = console.log,
): Promise<RunningIdentityProvider> {
  const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });
  await migrate(pool);
  const accounts = new Accounts(pool);
  // The demo users' password is published: config refuses to start without AUTH_DEVELOPMENT=true (docs/identity.md).
  if (config.demoAccounts) await accounts.upsertDemo(DEMO_ACCOUNTS);
  else {
    const disabled = await accounts.disableDemo(DEMO_ACCOUNTS);
    if (disabled) log(`IDENTITY_DEMO_ACCOUNTS=false: ${disabled} demo accounts disabled`);
  }
  const provider = await createProvider(config, pool, accounts);
  const secrets = await loadOrCreateSecrets(config.clientsFile);
  // The sign-up's and the invitation page's forms: posts limited per address and hour alike.
  const formOptions = {
    csrfKey: secrets.cookieKeys[0],
    attemptsPerHour: config.signupAttemptsPerHour,
    taxpayerIdPattern: config.taxpayerIdPattern,
    behindProxy: config.issuer.startsWith('https:'),
    log,
  };
  const signup = config.traderSignup
    ? new Signup(provider, accounts, new AttemptCounter(pool, 'SignupAttempts'), formOptions)
    : undefined;
  const invitations = config.applicationsUrl
    ? new InvitationPages(
        accounts,
        new ApplicationsInvitations(
          config.applicationsUrl,
          // The provider's own token endpoint, on the address it listens on (not through the public issuer).
          `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/token`,
          config.clientSecrets[INVITATIONS_CLIENT_ID] ?? secrets.clients[INVITATIONS_CLIENT_ID],
        ),
        new AttemptCounter(pool, 'InvitationAttempts'),
        formOptions,
      )
    : undefined;
  const interactions = new Interactions(provider, accounts, new LoginAttempts(pool), secrets.cookieKeys[0], signup);
  provider.on('server_error', (_ctx, error: Error) => log(`server_error: ${error.stack ?? error.message}`));
  const callback = provider.callback();
  const issuerUrl = new URL(config.issuer);
  const answerRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // URL.parse, not new URL: a request line such as `GET //[` names no URL and must not throw.
    const url = URL.parse(req.url ?? '/', config.issuer);
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('the request names no valid URL');
      return;
    }
    // The endpoints' URLs (discovery's jwks_uri, token_endpoint...) are built from the request's host: they are
    // the issuer's whatever the request says, so a Host or X-Forwarded-Host cannot point them elsewhere (a cache
    // in front would keep such a discovery document for everyone).
    req.headers.host = issuerUrl.host;
    delete req.headers['x-forwarded-host'];
    if (provider.proxy) req.headers['x-forwarded-proto'] = issuerUrl.protocol.slice(0, -1);
    if (url.pathname === '/health/live') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (url.pathname === '/signup' && !signup) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('sign-up is not offered here');
      return;
    }
    Promise.resolve(signup?.standalone(req, res, url))
      .then((handled) => handled || invitations?.handle(req, res, url))
      .then((handled) => handled || interactions.handle(req, res, url))
      .then((handled) => {
        if (!handled) callback(req, res);
      })
      .catch((error: Error) => {
        // An unknown or expired interaction: oidc-provider's own error (SessionNotFound...).
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status >= 500) log(`interaction failed: ${error.stack ?? error.message}`);
        if (!res.headersSent)
          res
            .writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
            .end(status >= 500 ? 'internal error' : `${error.message}: start the sign-in again`);
      })
      .catch((error: Error) => failed(res, error));
  };
  /** Whatever a request does wrong is its own 500: the listener never throws (that would end the process). */
  const failed = (res: ServerResponse, error: Error): void => {
    log(`request failed: ${error.stack ?? error.message}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('internal error');
    else res.destroy();
  };
  const server = createServer((req, res) => {
    try {
      answerRequest(req, res);
    } catch (error) {
      failed(res, error as Error);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const purge = setInterval(() => {
    purgeExpired(pool).then(
      (count) => count && log(`purged ${count} expired rows`),
      (error: Error) => log(`purge failed: ${error.message}`),
    );
  }, config.purgeIntervalS * 1000);
  purge.unref();
  log(`identity provider ${config.issuer} listening on ${config.host}:${config.port}`);
  return {
    provider,
    server,
    stop: async () => {
      clearInterval(purge);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
