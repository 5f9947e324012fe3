import type { WebAppConfig, WebAppDefinition } from '@aeo/web/server';
import { httpUrl, webAppConfig } from '@aeo/web/server';

/** The console's server (libs/web's, for the console): the platform's services it reaches through its own origin. */
export const CONSOLE: WebAppDefinition = {
  app: 'console',
  defaultPort: 3000,
  clientId: 'aeo-console',
  services: {
    applications: 3001,
    validation: 3002,
    'risk-management': 3003,
    mra: 3004,
    notifications: 3005,
    programme: 3008,
    operations: 3009,
  },
  title: { en: 'Console' },
  building: { mn: 'Консолыг бэлтгэж байна', en: 'The console is being built' },
};

export type ConsoleConfig = WebAppConfig;

/**
 * The console server's settings from the environment (libs/web's webAppConfig, with
 * CONSOLE_CLIENT_ID, CONSOLE_DIST_DIR and the console's own AEO_TEMPORAL_UI_URL, the Temporal Web
 * UI of the operations pages' deep links); throws naming each bad variable.
 */
export function consoleConfig(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  return webAppConfig(CONSOLE, env, {
    shape: { AEO_TEMPORAL_UI_URL: httpUrl.default('http://127.0.0.1:8233') },
    read: (values) => ({ temporalUiUrl: values.AEO_TEMPORAL_UI_URL.replace(/\/$/, '') }),
  });
}
