import { z } from 'zod';

/** Raised at boot when the environment is invalid; lists every offending variable. */
export class ConfigurationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

const DEV_JWT_SECRET = 'aeo-local-development-secret-change-me';

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
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  AUTH_JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  AUTH_JWT_ISSUER: z.string().default('aeo-platform'),
  AUTH_JWT_AUDIENCE: z.string().default('aeo-platform'),
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

/**
 * Parses the environment with a zod schema and fails with every problem at once.
 * In production the development signing key is refused.
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
  if (value['NODE_ENV'] === 'production' && value['AUTH_JWT_SECRET'] === DEV_JWT_SECRET) {
    throw new ConfigurationError(['AUTH_JWT_SECRET: the development key must not be used in production']);
  }
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
