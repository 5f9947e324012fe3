import { loadWorkerConfig } from './worker-config';

describe('worker configuration', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_ISSUER: 'https://login.customs.example/realms/aeo',
    AUTH_AUDIENCE: 'aeo-platform',
  };

  it('starts without DATABASE_URL outside development: the worker opens no database', () => {
    const config = loadWorkerConfig(production);
    expect(config).not.toHaveProperty('DATABASE_URL');
    expect(config.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
  });

  it('still refuses AUTH_DEVELOPMENT=true with NODE_ENV=production', () => {
    expect(() => loadWorkerConfig({ ...production, AUTH_DEVELOPMENT: 'true' })).toThrow(/AUTH_DEVELOPMENT/);
  });
});
