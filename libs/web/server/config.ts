import { z } from 'zod';

/** One web app of the platform (the console, the trader portal): what its server serves and proxies. */
export interface WebAppDefinition {
  /** Its name: dist/<app> is its build, `<APP>_CLIENT_ID` and `<APP>_DIST_DIR` its variables. */
  app: string;
  /** Its port when PORT is not set. */
  defaultPort: number;
  /** Its registered public client at the identity provider. */
  clientId: string;
  /** The platform's HTTP services it reaches through its own origin (`/api/<service>/...`), with their local ports. */
  services: Readonly<Record<string, number>>;
  /** Its name, for the page shown while it is being built ('Консолыг бэлтгэж байна' / 'The console is being built'). */
  title: { en: string };
  building: { mn: string; en: string };
}

export interface WebAppConfig {
  port: number;
  host: string;
  issuer: string;
  clientId: string;
  programmeTimeZone: string;
  distDir?: string;
  services: Record<string, string>;
  /** The app's own settings, passed on to the page in `/config.json`. */
  settings: Record<string, unknown>;
}

export const httpUrl = z.url({ protocol: /^https?$/ });

/** A zone name Intl knows (an offset such as +08:00 is refused, as libs/config's PROGRAMME_TIME_ZONE does). */
const knownZone = (zone: string) => {
  try {
    return /^[A-Za-z][A-Za-z0-9_/+-]*$/.test(zone) && Boolean(new Intl.DateTimeFormat('en', { timeZone: zone }));
  } catch {
    return false;
  }
};
const envName = (service: string) => `${service.toUpperCase().replace(/-/g, '_')}_URL`;

/**
 * A web app server's settings from the environment (PORT, HOST, AUTH_ISSUER, <APP>_CLIENT_ID,
 * PROGRAMME_TIME_ZONE, <APP>_DIST_DIR, <SERVICE>_URL of each service it proxies, and the app's own
 * `settings` schema); throws naming each bad variable.
 */
export function webAppConfig<S extends z.ZodRawShape>(
  definition: WebAppDefinition,
  env: NodeJS.ProcessEnv,
  settings?: { shape: S; read: (values: z.infer<z.ZodObject<S>>) => Record<string, unknown> },
): WebAppConfig {
  const prefix = definition.app.toUpperCase().replace(/-/g, '_');
  const schema = z.object({
    PORT: z.coerce.number().int().min(1).max(65535).default(definition.defaultPort),
    HOST: z.string().min(1).default('127.0.0.1'),
    AUTH_ISSUER: httpUrl,
    [`${prefix}_CLIENT_ID`]: z.string().min(1).default(definition.clientId),
    /** The administration's zone, whose calendar days legal deadlines count in (the services' PROGRAMME_TIME_ZONE). */
    // The same default as the services' (libs/config: programmeTimeZoneEnv), which a web app may not import.
    PROGRAMME_TIME_ZONE: z
      .string()
      .trim()
      .default('UTC')
      .refine(knownZone, 'must be an IANA time zone name, e.g. Asia/Ulaanbaatar or UTC'),
    /** Where the built single-page app is (npm start builds it). */
    [`${prefix}_DIST_DIR`]: z.string().min(1).optional(),
    ...Object.fromEntries(
      Object.entries(definition.services).map(([service, port]) => [
        envName(service),
        httpUrl.default(`http://127.0.0.1:${port}`),
      ]),
    ),
    ...(settings?.shape ?? {}),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Invalid ${definition.app} configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  const values = parsed.data as Record<string, unknown>;
  return {
    port: values['PORT'] as number,
    host: values['HOST'] as string,
    issuer: String(values['AUTH_ISSUER']).replace(/\/$/, ''),
    clientId: values[`${prefix}_CLIENT_ID`] as string,
    programmeTimeZone: values['PROGRAMME_TIME_ZONE'] as string,
    distDir: values[`${prefix}_DIST_DIR`] as string | undefined,
    services: Object.fromEntries(
      Object.keys(definition.services).map((service) => [service, String(values[envName(service)]).replace(/\/$/, '')]),
    ),
    settings: settings ? settings.read(parsed.data as z.infer<z.ZodObject<S>>) : {},
  };
}

/**
 * Starts a web app's server (`node -r ./tools/register.js services/<app>/server/main.ts`; npm start
 * runs it) and stops it on SIGTERM and SIGINT.
 */
export function serveWebApp(definition: WebAppDefinition, config: WebAppConfig, app: { listen: ListenFn }): void {
  const server = app.listen(config.port, config.host, () =>
    console.log(
      `${definition.app} listening on http://${config.host}:${config.port} (identity provider ${config.issuer})`,
    ),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
type ListenFn = (port: number, host: string, callback: () => void) => { close(callback: () => void): void };
