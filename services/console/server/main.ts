import { consoleApp } from './app';
import { consoleConfig } from './config';

/** The console's server: `node -r ./tools/register.js services/console/server/main.ts` (npm start runs it). */
function main(): void {
  const config = consoleConfig();
  const server = consoleApp(config).listen(config.port, config.host, () =>
    console.log(`console listening on http://${config.host}:${config.port} (identity provider ${config.issuer})`),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
