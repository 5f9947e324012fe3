import { randomUUID } from 'node:crypto';
import { bearer, startedForTests } from '@aeo/testing';
import { startNotifications } from '../testing/start-notifications';

jest.setTimeout(120_000);

const operations = bearer({ sub: 'ops-idempotency', roles: ['operations'] });

/** `Idempotency-Key` on webhook subscriptions (real PostgreSQL): one subscription, and its secret is never stored in clear. */
describe('Idempotency-Key on webhook subscriptions', () => {
  const service = startedForTests(startNotifications);

  it('creates one subscription for two requests with the same key; the retry names it without showing the secret again', async () => {
    const key = randomUUID();
    const body = {
      platform: `idem-${key.slice(0, 8)}`,
      url: 'http://127.0.0.1:9/hooks',
      eventTypes: ['aeo.authorisation.revoked.v1'],
    };
    const created = await service()
      .http.post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .set('Idempotency-Key', key)
      .send(body)
      .expect(201);
    expect(created.body.secret).toEqual(expect.any(String));
    const retry = await service()
      .http.post('/v1/webhook-subscriptions')
      .set('authorization', operations)
      .set('Idempotency-Key', key)
      .send(body)
      .expect(409);
    expect(retry.body.message).toMatch(
      new RegExp(`created record ${created.body.id} on .*; its answer showed a secret once and is not kept$`),
    );
    expect(JSON.stringify(retry.body)).not.toContain(created.body.secret);
    expect(
      await service().dataSource.query(`SELECT count(*)::int AS n FROM webhook_subscriptions WHERE platform = $1`, [
        body.platform,
      ]),
    ).toEqual([{ n: 1 }]);
    const stored = await service().dataSource.query(
      `SELECT resource, response_body FROM idempotency_keys WHERE key = $1`,
      [key],
    );
    expect(stored).toEqual([{ resource: created.body.id, response_body: null }]);
  });
});
