import { serveWebApp } from '@aeo/web/server';
import { portalApp } from './app';
import { PORTAL, portalConfig } from './config';

/** The trader portal's server: `node -r ./tools/register.js services/portal/server/main.ts` (npm start runs it). */
const config = portalConfig();
serveWebApp(PORTAL, config, portalApp(config));
