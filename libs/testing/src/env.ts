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
  /** The OpenID Connect provider the services under test verify tokens of (the local one by default). */
  authIssuer: process.env['AUTH_ISSUER'] ?? 'http://127.0.0.1:3010',
  authAudience: process.env['AUTH_AUDIENCE'] ?? 'aeo-platform',
  /** The provider's private signing keys (JWKS); `bearer` signs with its first RS256 key. */
  identityKeysFile:
    process.env['AEO_IDENTITY_KEYS_FILE'] ??
    join(__dirname, '..', '..', '..', '.local', 'identity', 'signing-keys.json'),
  repoRoot: join(__dirname, '..', '..', '..'),
  /**
   * The local broker's SASL listener (PLAIN) and its user, for the tests of the clients' SASL
   * settings; undefined on a cluster given by KAFKA_BROKERS (deploy/local/infra.sh env).
   */
  kafkaSasl: process.env['AEO_KAFKA_SASL_BROKERS']
    ? {
        brokers: process.env['AEO_KAFKA_SASL_BROKERS'].split(','),
        username: process.env['AEO_KAFKA_SASL_USERNAME'] ?? '',
        password: process.env['AEO_KAFKA_SASL_PASSWORD'] ?? '',
      }
    : undefined,
};
