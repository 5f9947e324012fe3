import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, waitFor } from '@aeo/testing';
import { startNotifications } from '../testing/start-notifications';

jest.setTimeout(60_000);

const ENV = { DELIVERY_POLL_INTERVAL_MS: '50', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_ALLOW_HTTP: 'true' };

/**
 * The delivery log quotes the remote server (here the reason phrase of a webhook receiver's
 * answer). A NUL in it must not keep the delivery from settling (PostgreSQL refuses NUL in text,
 * and the delivery would be retried at every lease, never dead-lettered): it is stored with the
 * byte replaced, and the refusal ends the retries as usual.
 */
describe('remote error text in the delivery log (real PostgreSQL, raw HTTP receiver)', () => {
  let service: ServiceUnderTest;
  let receiver: Server;

  beforeAll(async () => {
    // Node's HTTP server will not write such a status line, so the receiver answers on raw TCP.
    receiver = createServer((socket) =>
      socket.once('data', () =>
        socket.end('HTTP/1.1 410 Gone\u0000 for good\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
      ),
    );
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    Object.assign(process.env, ENV);
    service = await startNotifications();
  });

  afterAll(async () => {
    await service?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    for (const name of Object.keys(ENV)) delete process.env[name];
  });

  it('dead-letters a webhook refused with a NUL in its reason phrase, keeping the reply readable', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const subscription = await service.http
      .post('/v1/webhook-subscriptions')
      .set('authorization', bearer({ sub: 'ops-remote-text', roles: ['operations'] }))
      .send({ platform: 'nul-receiver', url, eventTypes: ['aeo.validation.closed.v1'] })
      .expect(201);
    const id = randomUUID();
    await service.dataSource.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, target, subscription_id, language, template, subject, body, status, next_attempt_at, dead_letter_after)
       VALUES ($1, $2, 'aeo.validation.closed.v1', 'webhook', 'nul-receiver', $3, $4, 'en', 'webhook.v1', 'Webhook', '{}', 'queued', now(), 3)`,
      [id, randomUUID(), url, subscription.body.id],
    );
    const row = await waitFor(
      'the refused delivery to be dead-lettered',
      async () => {
        const [found]: { status: string; last_error: string | null }[] = await service.dataSource.query(
          `SELECT status, last_error FROM notifications WHERE id = $1`,
          [id],
        );
        return found.status === 'failed' ? found : undefined;
      },
      20_000,
      100,
    );
    expect(row.last_error).toBe('HTTP 410 Gone\uFFFD for good');
    const attempts: { outcome: string; error: string; response_status: number }[] = await service.dataSource.query(
      `SELECT outcome, error, response_status FROM delivery_attempts WHERE notification_id = $1`,
      [id],
    );
    expect(attempts).toEqual([{ outcome: 'failed', error: 'HTTP 410 Gone\uFFFD for good', response_status: 410 }]);
  });
});
