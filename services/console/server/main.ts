import { serveWebApp } from '@aeo/web/server';
import { consoleApp } from './app';
import { CONSOLE, consoleConfig } from './config';

/** The console's server: `node -r ./tools/register.js services/console/server/main.ts` (npm start runs it). */
const config = consoleConfig();
serveWebApp(CONSOLE, config, consoleApp(config));
