import { setProgrammeTimeZone } from './dates';

/** What a web app's server tells the app at start (libs/web/server/app.ts, `/config.json`). */
export interface RuntimeConfig {
  issuer: string;
  clientId: string;
  /** The administration's zone (PROGRAMME_TIME_ZONE): legal deadlines count its calendar days. */
  programmeTimeZone: string;
  services: string[];
}

/** Reads the app's settings, and keeps the programme's zone for the pages that count days (dates.ts). */
export async function loadRuntimeConfig<T extends RuntimeConfig = RuntimeConfig>(): Promise<T> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The app's settings could not be read (${response.status})`);
  const config = (await response.json()) as T;
  if (config.programmeTimeZone) setProgrammeTimeZone(config.programmeTimeZone);
  return config;
}
