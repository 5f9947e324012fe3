import { ConfigurationError, databaseUrlFor, kafkaSecurityFrom, loadConfig, platformEnvSchema } from './config';

describe('platform configuration', () => {
  it('defaults to the local launcher', () => {
    const config = loadConfig(platformEnvSchema, {});
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
  });

  it('names every invalid variable at once', () => {
    expect.assertions(3);
    try {
      loadConfig(platformEnvSchema, { KAFKA_BROKERS: 'nohostport', DATABASE_URL: 'mysql://x', OUTBOX_BATCH_SIZE: '0' });
    } catch (error) {
      const message = (error as ConfigurationError).message;
      expect(message).toContain('KAFKA_BROKERS');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('OUTBOX_BATCH_SIZE');
    }
  });

  it('refuses the development signing key in production', () => {
    expect(() => loadConfig(platformEnvSchema, { NODE_ENV: 'production' })).toThrow(/development key/);
  });

  it('gives each service its own database on the shared server', () => {
    expect(databaseUrlFor('risk-management', { DATABASE_URL: 'postgres://u:p@db:5432/postgres' })).toBe(
      'postgres://u:p@db:5432/aeo_risk_management',
    );
    expect(
      databaseUrlFor('mra', { DATABASE_URL: 'postgres://u:p@db/x', MRA_DATABASE_URL: 'postgres://other/mra' }),
    ).toBe('postgres://other/mra');
  });

  it('builds Kafka TLS and SASL options, and names what is missing', () => {
    expect(kafkaSecurityFrom(loadConfig(platformEnvSchema, {}))).toEqual({ ssl: false });
    const secured = loadConfig(platformEnvSchema, {
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'aeo',
      KAFKA_SASL_PASSWORD: 'secret',
    });
    expect(kafkaSecurityFrom(secured)).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'aeo', password: 'secret' },
    });
    expect(() => kafkaSecurityFrom(loadConfig(platformEnvSchema, { KAFKA_SASL_MECHANISM: 'plain' }))).toThrow(
      /KAFKA_SASL_USERNAME/,
    );
  });
});
