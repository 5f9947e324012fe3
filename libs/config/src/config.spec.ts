import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigurationError,
  authEnvSchema,
  databaseUrlFor,
  kafkaSecurityFrom,
  loadConfig,
  platformEnvSchema,
  temporalConnectionOptionsFrom,
  temporalTlsFrom,
} from './config';
import { z } from 'zod';

const development = { AUTH_DEVELOPMENT: 'true' };

describe('platform configuration', () => {
  it('defaults to the local launcher', () => {
    const config = loadConfig(platformEnvSchema, development);
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

  it('gives each service its own database on the shared server', () => {
    expect(databaseUrlFor('risk-management', { DATABASE_URL: 'postgres://u:p@db:5432/postgres' })).toBe(
      'postgres://u:p@db:5432/aeo_risk_management',
    );
    expect(
      databaseUrlFor('mra', { DATABASE_URL: 'postgres://u:p@db/x', MRA_DATABASE_URL: 'postgres://other/mra' }),
    ).toBe('postgres://other/mra');
  });

  it('builds Kafka TLS and SASL options, and names what is missing', () => {
    expect(kafkaSecurityFrom(loadConfig(platformEnvSchema, development))).toEqual({ ssl: false });
    const secured = loadConfig(platformEnvSchema, {
      ...development,
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'aeo',
      KAFKA_SASL_PASSWORD: 'secret',
    });
    expect(kafkaSecurityFrom(secured)).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'aeo', password: 'secret' },
    });
    expect(() =>
      kafkaSecurityFrom(loadConfig(platformEnvSchema, { ...development, KAFKA_SASL_MECHANISM: 'plain' })),
    ).toThrow(/KAFKA_SASL_USERNAME/);
  });
});

describe('fails closed without AUTH_DEVELOPMENT=true', () => {
  const production = {
    DATABASE_URL: 'postgres://aeo_service:s3cret-from-vault@db.customs.example:5432/postgres',
    AUTH_ISSUER: 'https://login.customs.example/realms/aeo',
    AUTH_AUDIENCE: 'aeo-platform',
  };
  const refusal = (schema: z.ZodType, env: Record<string, string>): string => {
    try {
      loadConfig(schema, env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  const withSecret = platformEnvSchema.extend({
    WEBHOOK_SECRETS_KEY: z.string().default('ZGV2ZWxvcG1lbnQta2V5'),
    SMTP_PASSWORD: z.string().default('mailpit'),
  });

  it('accepts a production environment: https issuer, audience, secrets of its own', () => {
    const config = loadConfig(platformEnvSchema.extend(authEnvSchema.shape), production);
    expect(config).toMatchObject({
      AUTH_ISSUER: production.AUTH_ISSUER,
      AUTH_ALGORITHMS: ['RS256', 'ES256'],
      AUTH_CLOCK_SKEW_S: 30,
      AUTH_CLAIM_ROLES: 'roles',
      AUTH_DEVELOPMENT: false,
    });
    expect(
      loadConfig(withSecret, { ...production, WEBHOOK_SECRETS_KEY: 'b3duLWtleQ==', SMTP_PASSWORD: 'x' }),
    ).toMatchObject({ SMTP_PASSWORD: 'x' });
  });

  it('refuses an http issuer, naming AUTH_ISSUER; on a loopback host only with AUTH_DEVELOPMENT=true', () => {
    expect(refusal(authEnvSchema, { ...production, AUTH_ISSUER: 'http://127.0.0.1:3010' })).toMatch(
      /AUTH_ISSUER: must be an https URL; an http issuer on a loopback host needs AUTH_DEVELOPMENT=true/,
    );
    expect(refusal(authEnvSchema, { ...production, AUTH_ISSUER: 'http://login.customs.example' })).toMatch(
      /AUTH_ISSUER: must be an https URL \(http is allowed only on a loopback host/,
    );
    expect(
      refusal(authEnvSchema, { ...production, AUTH_ISSUER: 'http://login.customs.example', ...development }),
    ).toMatch(/AUTH_ISSUER/);
    expect(
      loadConfig(authEnvSchema, { ...production, AUTH_ISSUER: 'http://127.0.0.1:3010', ...development }).AUTH_ISSUER,
    ).toBe('http://127.0.0.1:3010');
  });

  it('refuses a missing issuer or audience, naming the variable', () => {
    const { AUTH_AUDIENCE: _audience, ...noAudience } = production;
    expect(refusal(authEnvSchema, noAudience)).toMatch(/AUTH_AUDIENCE/);
    expect(refusal(authEnvSchema, { ...production, AUTH_AUDIENCE: ' ' })).toMatch(/AUTH_AUDIENCE/);
    const { AUTH_ISSUER: _issuer, ...noIssuer } = production;
    expect(refusal(authEnvSchema, noIssuer)).toMatch(/AUTH_ISSUER/);
    expect(refusal(authEnvSchema, { ...production, AUTH_ALGORITHMS: 'HS256' })).toMatch(/AUTH_ALGORITHMS/);
  });

  it('refuses secrets left at, or set to, their development defaults, each named', () => {
    const message = refusal(withSecret, production);
    expect(message).toMatch(/WEBHOOK_SECRETS_KEY: the development default is refused/);
    expect(message).toMatch(/SMTP_PASSWORD: the development default is refused/);
    expect(
      refusal(withSecret, { ...production, WEBHOOK_SECRETS_KEY: 'ZGV2ZWxvcG1lbnQta2V5', SMTP_PASSWORD: 'x' }),
    ).toMatch(/WEBHOOK_SECRETS_KEY/);
    expect(() => loadConfig(withSecret, { ...production, ...development })).not.toThrow();
  });

  it('refuses the development database credentials', () => {
    const { DATABASE_URL: _url, ...noUrl } = production;
    expect(refusal(platformEnvSchema, noUrl)).toMatch(
      /DATABASE_URL: the development default \(with its development password\)/,
    );
    expect(
      refusal(platformEnvSchema, { ...production, DATABASE_URL: 'postgres://aeo:aeo@127.0.0.1:5432/postgres' }),
    ).toMatch(/DATABASE_URL/);
  });

  it('refuses the development password in a database URL on any host, user or scheme variant', () => {
    for (const url of [
      'postgres://aeo:aeo@postgres:5432/postgres',
      'postgresql://aeo:aeo@db.customs.example:5432/postgres?sslmode=verify-full',
      'postgres://aeo_programme:aeo@db.customs.example/aeo_programme',
    ])
      expect(refusal(platformEnvSchema, { ...production, DATABASE_URL: url })).toMatch(
        /DATABASE_URL: the development password is refused/,
      );
    expect(() =>
      loadConfig(platformEnvSchema, {
        ...production,
        DATABASE_URL: 'postgres://aeo:aeo-prod-7@postgres:5432/postgres',
      }),
    ).not.toThrow();
  });

  it("accepts an unset DATABASE_URL when the service's own <SERVICE>_DATABASE_URL is set, refusing its development password", () => {
    const { DATABASE_URL: _url, ...noUrl } = production;
    const own = {
      ...noUrl,
      PROGRAMME_DATABASE_URL: 'postgres://aeo_programme:s3cret@db.customs.example/aeo_programme',
    };
    expect(loadConfig(platformEnvSchema, own).DATABASE_URL).toBe('postgres://aeo:aeo@127.0.0.1:5432/postgres');
    expect(
      refusal(platformEnvSchema, {
        ...noUrl,
        PROGRAMME_DATABASE_URL: 'postgresql://aeo:aeo@db.customs.example/aeo_programme',
      }),
    ).toMatch(/^Invalid configuration:\n {2}- PROGRAMME_DATABASE_URL: the development password is refused[^\n]*$/);
  });

  it('refuses AUTH_DEVELOPMENT=true together with NODE_ENV=production', () => {
    expect(refusal(platformEnvSchema, { ...production, ...development, NODE_ENV: 'production' })).toMatch(
      /AUTH_DEVELOPMENT: must not be true with NODE_ENV=production/,
    );
    expect(() => loadConfig(platformEnvSchema, { ...production, ...development, NODE_ENV: 'test' })).not.toThrow();
  });
});

describe('Temporal TLS settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aeo-temporal-tls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const pem = (label: string) => `-----BEGIN ${label}-----\nMIIB\n-----END ${label}-----\n`;
  const ca = file('ca.crt', pem('CERTIFICATE'));
  const cert = file('tls.crt', pem('CERTIFICATE'));
  const key = file('tls.key', pem('PRIVATE KEY'));
  const refusal = (env: Record<string, string>): string => {
    try {
      loadConfig(platformEnvSchema, { ...development, ...env });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('is off by default: plain gRPC', () => {
    const config = loadConfig(platformEnvSchema, development);
    expect(temporalConnectionOptionsFrom(config)).toEqual({ address: '127.0.0.1:7233', tls: false });
  });

  it("builds the SDK's tls option from the files (read at start) and the server name", () => {
    const config = loadConfig(platformEnvSchema, {
      ...development,
      TEMPORAL_ADDRESS: 'temporal-frontend.temporal.svc:7233',
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_FILE: ca,
      TEMPORAL_TLS_CERT_FILE: cert,
      TEMPORAL_TLS_KEY_FILE: key,
      TEMPORAL_TLS_SERVER_NAME: 'temporal-frontend',
    });
    expect(temporalConnectionOptionsFrom(config)).toEqual({
      address: 'temporal-frontend.temporal.svc:7233',
      tls: {
        serverRootCACertificate: Buffer.from(pem('CERTIFICATE')),
        clientCertPair: { crt: Buffer.from(pem('CERTIFICATE')), key: Buffer.from(pem('PRIVATE KEY')) },
        serverNameOverride: 'temporal-frontend',
      },
    });
    // TLS with the system's trust store and no client certificate.
    expect(temporalTlsFrom(loadConfig(platformEnvSchema, { ...development, TEMPORAL_TLS: 'true' }))).toEqual({});
  });

  it("reads the files once per configuration: an activity worker's reconnects do not read them again", () => {
    const caCopy = file('once.crt', pem('CERTIFICATE'));
    const config = loadConfig(platformEnvSchema, {
      ...development,
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_FILE: caCopy,
    });
    const first = temporalConnectionOptionsFrom(config).tls;
    rmSync(caCopy);
    expect(temporalConnectionOptionsFrom(config).tls).toBe(first);
    expect(first).toEqual({ serverRootCACertificate: Buffer.from(pem('CERTIFICATE')) });
  });

  it('refuses a client certificate without its key, and a key without its certificate, naming the missing one', () => {
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CERT_FILE: cert })).toMatch(
      /^Invalid configuration:\n {2}- TEMPORAL_TLS_KEY_FILE: required with the other of TEMPORAL_TLS_CERT_FILE/,
    );
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_KEY_FILE: key })).toMatch(/- TEMPORAL_TLS_CERT_FILE: required/);
  });

  it('refuses TLS settings while TEMPORAL_TLS is not true (no silent plain-text connection)', () => {
    const message = refusal({ TEMPORAL_TLS_CA_FILE: ca, TEMPORAL_TLS_SERVER_NAME: 'temporal-frontend' });
    expect(message).toMatch(/TEMPORAL_TLS_CA_FILE: set while TEMPORAL_TLS is not true/);
    expect(message).toMatch(/TEMPORAL_TLS_SERVER_NAME: set while TEMPORAL_TLS is not true/);
    expect(refusal({ TEMPORAL_TLS: 'yes' })).toMatch(/TEMPORAL_TLS:/);
  });

  it('refuses a missing or unreadable file, and a file without the PEM block, naming the variable', () => {
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: join(dir, 'absent.crt') })).toMatch(
      /TEMPORAL_TLS_CA_FILE: cannot read .*absent\.crt \(ENOENT\)/,
    );
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CERT_FILE: cert, TEMPORAL_TLS_KEY_FILE: cert })).toMatch(
      /TEMPORAL_TLS_KEY_FILE: .*tls\.crt holds no PEM private key/,
    );
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: key })).toMatch(
      /TEMPORAL_TLS_CA_FILE: .*tls\.key holds no PEM certificate/,
    );
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: dir })).toMatch(
      /TEMPORAL_TLS_CA_FILE: cannot read .*EISDIR/,
    );
    if (process.getuid?.() !== 0) {
      const locked = file('locked.crt', pem('CERTIFICATE'));
      chmodSync(locked, 0o000);
      expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: locked })).toMatch(/EACCES/);
    }
    expect(refusal({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_SERVER_NAME: 'temporal frontend' })).toMatch(
      /TEMPORAL_TLS_SERVER_NAME: must be a DNS name/,
    );
  });
});
