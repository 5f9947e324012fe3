import { z } from 'zod';

/** The platform's HTTP services the console reaches through its own origin (`/api/<service>/...`). */
export const CONSOLE_SERVICES = {
  applications: 3001,
  validation: 3002,
  'risk-management': 3003,
  mra: 3004,
  notifications: 3005,
  programme: 3008,
  operations: 3009,
} as const;
export type ConsoleService = keyof typeof CONSOLE_SERVICES;

const url = z.url({ protocol: /^https?$/ });

/** A zone name Intl knows (an offset such as +08:00 is refused, as libs/config's PROGRAMME_TIME_ZONE does). */
const knownZone = (zone: string) => {
  try {
    return /^[A-Za-z][A-Za-z0-9_/+-]*$/.test(zone) && Boolean(new Intl.DateTimeFormat('en', { timeZone: zone }));
  } catch {
    return false;
  }
};
const envName = (service: string) => `${service.toUpperCase().replace(/-/g, '_')}_URL`;

const consoleEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  AUTH_ISSUER: url,
  /** The registered public client of the console at the identity provider. */
  CONSOLE_CLIENT_ID: z.string().min(1).default('aeo-console'),
  /** Temporal's Web UI, for the deep links of the operations pages. */
  AEO_TEMPORAL_UI_URL: url.default('http://127.0.0.1:8233'),
  /** The administration's zone, whose calendar days legal deadlines count in (the services' PROGRAMME_TIME_ZONE). */
  // The same default as the services' (libs/config: programmeTimeZoneEnv), which this app may not import.
  PROGRAMME_TIME_ZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(knownZone, 'must be an IANA time zone name, e.g. Asia/Ulaanbaatar or UTC'),
  /** Where the built single-page app is (npm start builds it). */
  CONSOLE_DIST_DIR: z.string().min(1).optional(),
  ...Object.fromEntries(
    Object.entries(CONSOLE_SERVICES).map(([service, port]) => [
      envName(service),
      url.default(`http://127.0.0.1:${port}`),
    ]),
  ),
});

export interface ConsoleConfig {
  port: number;
  host: string;
  issuer: string;
  clientId: string;
  temporalUiUrl: string;
  programmeTimeZone: string;
  distDir?: string;
  services: Record<ConsoleService, string>;
}

/** The console server's settings from the environment; throws naming each bad variable. */
export function consoleConfig(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const parsed = consoleEnvSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Invalid console configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  const values = parsed.data as Record<string, unknown> & z.infer<typeof consoleEnvSchema>;
  return {
    port: values.PORT,
    host: values.HOST,
    issuer: values.AUTH_ISSUER.replace(/\/$/, ''),
    clientId: values.CONSOLE_CLIENT_ID,
    temporalUiUrl: values.AEO_TEMPORAL_UI_URL.replace(/\/$/, ''),
    programmeTimeZone: values.PROGRAMME_TIME_ZONE,
    distDir: values.CONSOLE_DIST_DIR,
    services: Object.fromEntries(
      Object.keys(CONSOLE_SERVICES).map((service) => [service, String(values[envName(service)]).replace(/\/$/, '')]),
    ) as Record<ConsoleService, string>,
  };
}
