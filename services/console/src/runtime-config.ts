import { setProgrammeTimeZone } from './shared/dates';

/** What the console's server tells the app at start (services/console/server/app.ts, `/config.json`). */
export interface RuntimeConfig {
  issuer: string;
  clientId: string;
  temporalUiUrl: string;
  /** The administration's zone (PROGRAMME_TIME_ZONE): legal deadlines count its calendar days. */
  programmeTimeZone: string;
  services: string[];
}

/** Reads the console's settings, and keeps the programme's zone for the pages that count days (shared/dates.ts). */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The console's settings could not be read (${response.status})`);
  const config = (await response.json()) as RuntimeConfig;
  if (config.programmeTimeZone) setProgrammeTimeZone(config.programmeTimeZone);
  return config;
}
