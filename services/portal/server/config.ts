import type { WebAppConfig, WebAppDefinition } from '@aeo/web/server';
import { httpUrl, webAppConfig } from '@aeo/web/server';

/**
 * The trader portal's server (libs/web's, for the portal): only the services a trader uses are
 * behind its `/api/<service>` (applications: the company, its users, applications and the public
 * register; validation: its validation; notifications: its inbox; programme: the programme in force).
 */
export const PORTAL: WebAppDefinition = {
  app: 'portal',
  defaultPort: 3011,
  clientId: 'aeo-portal',
  services: { applications: 3001, validation: 3002, notifications: 3005, programme: 3008 },
  title: { en: 'Portal' },
  building: { mn: 'Худалдаачдын порталыг бэлтгэж байна', en: 'The trader portal is being built' },
};

export type PortalConfig = WebAppConfig;

/**
 * The portal server's settings from the environment (PORTAL_CLIENT_ID, PORTAL_DIST_DIR and
 * AEO_CONSOLE_URL: where customs staff who sign in here are sent); throws naming each bad variable.
 */
export function portalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  return webAppConfig(PORTAL, env, {
    shape: { AEO_CONSOLE_URL: httpUrl.default('http://127.0.0.1:3000') },
    read: (values) => ({ consoleUrl: values.AEO_CONSOLE_URL.replace(/\/$/, '') }),
  });
}
