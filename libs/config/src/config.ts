import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Raised at boot when the environment is invalid; lists every offending variable. */
export class ConfigurationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** A path to a readable PEM file holding a `-----BEGIN … <label>-----` block (optional variable). */
function pemFile(label: 'CERTIFICATE' | 'PRIVATE KEY') {
  return z
    .string()
    .min(1)
    .superRefine((path, context) => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        context.addIssue({
          code: 'custom',
          message: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        });
        return;
      }
      if (!new RegExp(`-----BEGIN [A-Z ]*${label}-----`).test(text))
        context.addIssue({ code: 'custom', message: `${path} holds no PEM ${label.toLowerCase()}` });
    })
    .optional();
}

/** Variables every service reads. Defaults point at the local launcher (deploy/local/infra.sh). */
export const platformEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://aeo:aeo@127.0.0.1:5432/postgres'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** The server cancels a statement running longer (0: no limit), so an abandoned read frees its connection. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** A query with no answer within this (default: the statement timeout + 5 s) drops its connection. */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) =>
      value
        .split(',')
        .map((broker) => broker.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  KAFKA_CLIENT_ID: z.string().optional(),
  /** Secured clusters: TLS and SASL (plain or SCRAM). */
  KAFKA_SSL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  /** Appended to consumer group and inbox names; isolates parallel copies of a service (tests). */
  KAFKA_GROUP_SUFFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/)
    .default(''),
  /**
   * Put before every topic name the service reads and writes (its dead letters too): a test's own
   * copy of the platform's topics, so that what it publishes never reaches a running platform.
   * Empty (the default) outside tests.
   */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'must be letters, digits, dots, underscores or hyphens')
    .default(''),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /** TLS to Temporal's frontend (libs/config temporalTlsFrom): the files are read once, at start. */
  TEMPORAL_TLS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  TEMPORAL_TLS_CA_FILE: pemFile('CERTIFICATE'),
  TEMPORAL_TLS_CERT_FILE: pemFile('CERTIFICATE'),
  TEMPORAL_TLS_KEY_FILE: pemFile('PRIVATE KEY'),
  TEMPORAL_TLS_SERVER_NAME: z
    .string()
    .regex(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, 'must be a DNS name')
    .optional(),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** Bytes of records in one outbox relay send (under the broker's `message.max.bytes`); a larger event is parked. */
  OUTBOX_MAX_BATCH_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(64 * 1024 * 1024)
    .default(768 * 1024),
  /** `Retry-After` (seconds) of a 503 answered while the database, Kafka or Temporal is unavailable. */
  DEPENDENCY_RETRY_AFTER_S: z.coerce.number().int().min(1).max(3600).default(5),
  /** How long an `Idempotency-Key` and its stored answer are kept (expired keys are purged hourly). */
  IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** A request holding a key that neither committed nor answered within this time (a crash) may be retried with it. */
  IDEMPOTENCY_KEY_LEASE_S: z.coerce.number().int().min(5).max(3600).default(60),
});

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

/**
 * The administration's customs regions (programme configuration, `CUSTOMS_REGIONS`, comma
 * separated): operators register in one of them, offices and validators are scoped to them.
 * Every service that checks a region reads this one variable with this one default.
 */
export const customsRegionsEnv = z
  .string()
  .default(
    'ULAANBAATAR,DARKHAN,ERDENET,ZAMYN_UUD,SELENGE,UMNUGOVI,DORNOGOVI,DORNOD,KHOVD,BAYAN_ULGII,UVS,KHUVSGUL,ZAVKHAN,SUKHBAATAR',
  )
  .transform((value) =>
    value
      .split(',')
      .map((region) => region.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/)).min(1));

/** kafkajs connection options (TLS, SASL) from the validated environment. */
export function kafkaSecurityFrom(config: PlatformEnv): {
  ssl: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
} {
  if (!config.KAFKA_SASL_MECHANISM) return { ssl: config.KAFKA_SSL };
  if (!config.KAFKA_SASL_USERNAME || !config.KAFKA_SASL_PASSWORD) {
    throw new ConfigurationError([
      'KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD: required when KAFKA_SASL_MECHANISM is set',
    ]);
  }
  return {
    ssl: config.KAFKA_SSL,
    sasl: {
      mechanism: config.KAFKA_SASL_MECHANISM,
      username: config.KAFKA_SASL_USERNAME,
      password: config.KAFKA_SASL_PASSWORD,
    },
  };
}

/** The Temporal SDK's `tls` connection option (its TLSConfig's fields), or false for plain gRPC. */
export type TemporalTls =
  | false
  | {
      serverRootCACertificate?: Buffer;
      clientCertPair?: { crt: Buffer; key: Buffer };
      serverNameOverride?: string;
    };

/** The TLS variables that mean nothing without TEMPORAL_TLS=true. */
const TEMPORAL_TLS_SETTINGS = [
  'TEMPORAL_TLS_CA_FILE',
  'TEMPORAL_TLS_CERT_FILE',
  'TEMPORAL_TLS_KEY_FILE',
  'TEMPORAL_TLS_SERVER_NAME',
] as const;

/**
 * The combinations of the Temporal TLS variables: a client certificate and its key together, and no
 * TLS setting while TEMPORAL_TLS is off (a connection the operator meant to secure is not silently
 * made in plain text).
 */
const temporalTlsCombinations = z
  .object({
    TEMPORAL_TLS: z.boolean().optional(),
    TEMPORAL_TLS_CA_FILE: z.string().optional(),
    TEMPORAL_TLS_CERT_FILE: z.string().optional(),
    TEMPORAL_TLS_KEY_FILE: z.string().optional(),
    TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
  })
  .superRefine((value, context) => {
    if (!value.TEMPORAL_TLS) {
      for (const name of TEMPORAL_TLS_SETTINGS)
        if (value[name] !== undefined)
          context.addIssue({ code: 'custom', path: [name], message: 'set while TEMPORAL_TLS is not true' });
    }
    if ((value.TEMPORAL_TLS_CERT_FILE === undefined) !== (value.TEMPORAL_TLS_KEY_FILE === undefined)) {
      const missing = value.TEMPORAL_TLS_CERT_FILE === undefined ? 'TEMPORAL_TLS_CERT_FILE' : 'TEMPORAL_TLS_KEY_FILE';
      context.addIssue({
        code: 'custom',
        path: [missing],
        message:
          'required with the other of TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE (the client certificate and its key go together)',
      });
    }
  });

/** Issues of the Temporal TLS combinations in a parsed environment (of a schema that has them). */
function temporalTlsIssuesIn(value: Record<string, unknown>): string[] {
  if (!('TEMPORAL_TLS' in value)) return [];
  const result = temporalTlsCombinations.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The `tls` built for each configuration object: its files are read once, not on every reconnect. */
const temporalTlsBuilt = new WeakMap<object, TemporalTls>();

/**
 * The `tls` option of every Temporal connection (Connection and NativeConnection): false without
 * TEMPORAL_TLS=true; else the CA that signed the frontend's certificate (the system's trust store
 * without TEMPORAL_TLS_CA_FILE), the client certificate and key for mutual TLS, and the name to
 * verify in the frontend's certificate. The files are read at the first call for a configuration
 * (an activity worker's reconnects reuse them): a rotated certificate takes a restart.
 */
export function temporalTlsFrom(
  config: Pick<
    PlatformEnv,
    | 'TEMPORAL_TLS'
    | 'TEMPORAL_TLS_CA_FILE'
    | 'TEMPORAL_TLS_CERT_FILE'
    | 'TEMPORAL_TLS_KEY_FILE'
    | 'TEMPORAL_TLS_SERVER_NAME'
  >,
): TemporalTls {
  const built = temporalTlsBuilt.get(config);
  if (built !== undefined) return built;
  const tls = readTemporalTls(config);
  temporalTlsBuilt.set(config, tls);
  return tls;
}

function readTemporalTls(config: Parameters<typeof temporalTlsFrom>[0]): TemporalTls {
  const issues = temporalTlsIssuesIn(config);
  if (issues.length) throw new ConfigurationError(issues);
  if (!config.TEMPORAL_TLS) return false;
  return {
    ...(config.TEMPORAL_TLS_CA_FILE && { serverRootCACertificate: readFileSync(config.TEMPORAL_TLS_CA_FILE) }),
    ...(config.TEMPORAL_TLS_CERT_FILE &&
      config.TEMPORAL_TLS_KEY_FILE && {
        clientCertPair: {
          crt: readFileSync(config.TEMPORAL_TLS_CERT_FILE),
          key: readFileSync(config.TEMPORAL_TLS_KEY_FILE),
        },
      }),
    ...(config.TEMPORAL_TLS_SERVER_NAME && { serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME }),
  };
}

/** The address and `tls` of a Temporal connection from the validated environment. */
export function temporalConnectionOptionsFrom(
  config: Parameters<typeof temporalTlsFrom>[0] & Pick<PlatformEnv, 'TEMPORAL_ADDRESS'>,
): { address: string; tls: TemporalTls } {
  return { address: config.TEMPORAL_ADDRESS, tls: temporalTlsFrom(config) };
}

/** The algorithms a service accepts on access tokens (asymmetric only: no shared secret can mint one). */
export const AUTH_ALGORITHMS = ['RS256', 'ES256'] as const;

const claimPath = (fallback: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, 'must be a claim name or a dotted path, e.g. realm_access.roles')
    .default(fallback);

/**
 * How every service verifies access tokens (OpenID Connect): the issuer's keys are discovered from
 * `${AUTH_ISSUER}/.well-known/openid-configuration`. No defaults for the issuer or the audience.
 */
export const authEnvSchema = z.object({
  AUTH_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the issuer URL (https://…)' }),
  AUTH_AUDIENCE: z.string().trim().min(1, "must name this platform as the tokens' audience"),
  AUTH_ALGORITHMS: z
    .string()
    .default(AUTH_ALGORITHMS.join(','))
    .transform((value) =>
      value
        .split(',')
        .map((alg) => alg.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(AUTH_ALGORITHMS, { error: `each must be one of ${AUTH_ALGORITHMS.join(', ')}` })).min(1)),
  /** Seconds of tolerance on `exp` and `nbf` (clocks of the provider and the service differ a little). */
  AUTH_CLOCK_SKEW_S: z.coerce.number().int().min(0).max(300).default(30),
  AUTH_CLAIM_ROLES: claimPath('roles'),
  AUTH_CLAIM_REGION: claimPath('region'),
  AUTH_CLAIM_TAXPAYER_ID: claimPath('taxpayerId'),
  AUTH_CLAIM_PARTNER_COUNTRY: claimPath('partnerCountry'),
  AUTH_CLAIM_NAME: claimPath('name'),
  /** Explicit development setting: an http issuer on a loopback host and the development defaults of secrets. */
  AUTH_DEVELOPMENT: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const isLoopback = (host: string) => LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Variables holding a secret: their schema's default is a development value. */
const SECRET_VARIABLE = /(SECRET|PASSWORD|TOKEN|CREDENTIAL)|_KEY$/;

/** The defaults of a zod object schema's variables (those that have one). */
function defaultsOf(schema: z.ZodType): Map<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const defaults = new Map<string, unknown>();
  for (const [name, field] of Object.entries(shape)) {
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) defaults.set(name, parsed.data);
  }
  return defaults;
}

/** A URL's `user:password@` password (decoded), when it carries one (postgres://, postgresql://, …). */
function passwordInUrl(url: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]*@/i.test(url)) return undefined;
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return undefined;
  }
}

/**
 * A URL variable whose default carries the development password (DATABASE_URL): refused when set
 * with that password (whatever the scheme, host or user), and when left unset, unless a
 * service's own `<SERVICE>_<NAME>` (e.g. PROGRAMME_DATABASE_URL, which databaseUrlFor prefers) is
 * set; each of those set is refused with the development password too.
 */
function developmentPasswordIn(name: string, password: string, env: Record<string, string | undefined>): string[] {
  const hint = 'set it, or AUTH_DEVELOPMENT=true on a development machine';
  const issues: string[] = [];
  const own = Object.keys(env)
    .filter((key) => key.endsWith(`_${name}`) && env[key])
    .sort();
  for (const key of own)
    if (passwordInUrl(env[key]!) === password) issues.push(`${key}: the development password is refused; ${hint}`);
  const value = env[name];
  if (value === undefined || value === '') {
    if (!own.length)
      issues.push(
        `${name}: the development default (with its development password) is refused; ${hint} (or <SERVICE>_${name})`,
      );
  } else if (passwordInUrl(value) === password) issues.push(`${name}: the development password is refused; ${hint}`);
  return issues;
}

/**
 * Fail closed (without AUTH_DEVELOPMENT=true): a secret left at its development default, or set to
 * it, and a URL carrying the development password of its default are refused, each named.
 */
function developmentDefaultsIn(
  schema: z.ZodType,
  env: Record<string, string | undefined>,
  value: Record<string, unknown>,
): string[] {
  const issues: string[] = [];
  for (const [name, fallback] of defaultsOf(schema)) {
    const developmentPassword = typeof fallback === 'string' ? passwordInUrl(fallback) : undefined;
    if (developmentPassword !== undefined) {
      issues.push(...developmentPasswordIn(name, developmentPassword, env));
      continue;
    }
    if (!SECRET_VARIABLE.test(name)) continue;
    if (env[name] === undefined || env[name] === '' || value[name] === fallback)
      issues.push(
        `${name}: the development default is refused; set it, or AUTH_DEVELOPMENT=true on a development machine`,
      );
  }
  return issues;
}

/** Fail closed on the auth variables: https issuer (http only on a loopback host in development). */
function insecureAuthIn(value: Record<string, unknown>, development: boolean): string[] {
  const issuer = value['AUTH_ISSUER'];
  if (typeof issuer !== 'string') return [];
  const url = new URL(issuer);
  if (url.protocol === 'https:') return [];
  if (!isLoopback(url.hostname))
    return ['AUTH_ISSUER: must be an https URL (http is allowed only on a loopback host, with AUTH_DEVELOPMENT=true)'];
  if (!development)
    return ['AUTH_ISSUER: must be an https URL; an http issuer on a loopback host needs AUTH_DEVELOPMENT=true'];
  return [];
}

/**
 * Parses the environment with a zod schema and fails with every problem at once. Unless
 * AUTH_DEVELOPMENT=true, it fails closed: development defaults of secrets (and the development
 * password in database URLs) are refused, and an auth issuer must be https. AUTH_DEVELOPMENT=true
 * is itself refused with NODE_ENV=production.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const value = result.data as Record<string, unknown>;
  const development = env['AUTH_DEVELOPMENT'] === 'true';
  const issues = [
    ...(development && env['NODE_ENV'] === 'production'
      ? ['AUTH_DEVELOPMENT: must not be true with NODE_ENV=production']
      : []),
    ...insecureAuthIn(value, development),
    ...temporalTlsIssuesIn(value),
    ...(development ? [] : developmentDefaultsIn(schema, env, value)),
  ];
  if (issues.length) throw new ConfigurationError(issues);
  return result.data;
}

/** Each service owns one database on the shared server: `aeo_<service>` (dashes become underscores). */
export function databaseNameFor(service: string): string {
  return `aeo_${service.replace(/-/g, '_')}`;
}

/**
 * The connection URL of a service's own database: `<SERVICE>_DATABASE_URL` when set, else
 * DATABASE_URL with its database name replaced by `aeo_<service>`.
 */
export function databaseUrlFor(service: string, env: Record<string, string | undefined> = process.env): string {
  const specific = env[`${service.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`];
  if (specific) return specific;
  const base = new URL(env['DATABASE_URL'] ?? platformEnvSchema.shape.DATABASE_URL.parse(undefined));
  base.pathname = `/${databaseNameFor(service)}`;
  return base.toString();
}
