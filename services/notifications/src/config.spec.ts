import { loadConfig } from '@aeo/config';
import { notificationsEnvSchema } from './config';

describe('notifications configuration', () => {
  it('uses the documented defaults: a one-minute lease renewed for at most 15 minutes', () => {
    const config = loadConfig(notificationsEnvSchema, { AUTH_DEVELOPMENT: 'true' });
    expect(config).toMatchObject({ DELIVERY_LOCK_MS: 60_000, DELIVERY_MAX_HOLD_MS: 900_000, DELIVERY_CONCURRENCY: 8 });
  });

  it('allows a lease shorter than a send (it is renewed), but not a hold shorter than the send timeouts', () => {
    expect(
      loadConfig(notificationsEnvSchema, {
        AUTH_DEVELOPMENT: 'true',
        DELIVERY_LOCK_MS: '2000',
        SMTP_TIMEOUT_MS: '15000',
      }).DELIVERY_LOCK_MS,
    ).toBe(2000);
    expect(() =>
      loadConfig(notificationsEnvSchema, { DELIVERY_MAX_HOLD_MS: '30000', SMTP_TIMEOUT_MS: '15000' }),
    ).toThrow(
      /DELIVERY_MAX_HOLD_MS: must exceed the longest send \(WEBHOOK_TIMEOUT_MS, or 3 × SMTP_TIMEOUT_MS: 45000 ms\)/,
    );
    expect(() =>
      loadConfig(notificationsEnvSchema, {
        DELIVERY_LOCK_MS: '120000',
        DELIVERY_MAX_HOLD_MS: '60000',
        SMTP_TIMEOUT_MS: '1000',
        WEBHOOK_TIMEOUT_MS: '1000',
      }),
    ).toThrow(/DELIVERY_MAX_HOLD_MS: must be at least DELIVERY_LOCK_MS \(120000 ms\)/);
  });

  it('refuses the development secrets key in production', () => {
    expect(() => loadConfig(notificationsEnvSchema, { NODE_ENV: 'production' })).toThrow(
      /WEBHOOK_SECRETS_KEY: the development key must not be used in production/,
    );
    // Without the explicit development setting, whatever NODE_ENV says (fail closed).
    expect(() =>
      loadConfig(notificationsEnvSchema, { DATABASE_URL: 'postgres://aeo_notifications:x@db.example/postgres' }),
    ).toThrow(/WEBHOOK_SECRETS_KEY: the development default is refused/);
  });
});
