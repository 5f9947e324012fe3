import { join } from 'node:path';

/** Where the real servers of the tests are; the README's test command exports these. */
export const testEnv = {
  databaseUrl: process.env['DATABASE_URL'] ?? 'postgres://aeo:aeo@127.0.0.1:5432/postgres',
  kafkaBrokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  temporalAddress: process.env['TEMPORAL_ADDRESS'] ?? '127.0.0.1:7233',
  temporalNamespace: process.env['TEMPORAL_NAMESPACE'] ?? 'default',
  temporalTestServerPath:
    process.env['TEMPORAL_TEST_SERVER_PATH'] ??
    join(__dirname, '..', '..', '..', '.local', 'tools', 'temporal', 'bin', 'temporal-test-server'),
  jwtSecret: process.env['AUTH_JWT_SECRET'] ?? 'aeo-local-development-secret-change-me',
  repoRoot: join(__dirname, '..', '..', '..'),
};
