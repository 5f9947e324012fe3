/**
 * The local OpenID provider (issue 18): `node -r ./tools/register.js services/identity-provider/src/main.ts`,
 * started by deploy/local/infra.sh. oidc-provider is ESM only; Node 24 loads it from this CommonJS
 * build (require of ES modules without top-level await).
 */
import { ConfigurationError } from '@aeo/config';
import { loadIdentityConfig } from './config';
import { startIdentityProvider } from './server';

// The last resort: a fault no request handler caught is logged; an uncaught exception still ends
// the process (non-zero, as Node would), its state being unknown, and the launcher restarts it.
process.on('uncaughtException', (error: Error) => {
  console.error(`identity provider: uncaught exception, exiting: ${error.stack ?? error.message}`);
  process.exit(1);
});
process.on('unhandledRejection', (reason: unknown) => {
  console.error(`identity provider: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
});

async function main(): Promise<void> {
  const config = loadIdentityConfig();
  const running = await startIdentityProvider(config);
  const stop = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(
    error instanceof ConfigurationError ? error.message : `identity provider failed to start: ${error.stack}`,
  );
  process.exit(1);
});
