import { randomUUID } from 'node:crypto';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { startTestSmtpServer, TestSmtpServer, waitFor } from '@aeo/testing';
import { startNotifications } from '../testing/start-notifications';

jest.setTimeout(60_000);

const SEND_MS = 4000;
const ENV = {
  DELIVERY_LOCK_MS: '1500',
  DELIVERY_MAX_HOLD_MS: '60000',
  SMTP_TIMEOUT_MS: '10000',
  DELIVERY_CONCURRENCY: '3',
  DELIVERY_POLL_INTERVAL_MS: '50',
};

/**
 * A send that takes longer than the lease (a slow SMTP server answering the message after 4 s,
 * lease 1.5 s, three senders polling every 50 ms): the lease is renewed while the send is in
 * progress, so no other sender claims the delivery and the recipient gets one email.
 */
describe('delivery lease renewal (real PostgreSQL and SMTP server)', () => {
  let service: ServiceUnderTest;
  let smtp: TestSmtpServer;
  const received: string[] = [];

  beforeAll(async () => {
    smtp = await startTestSmtpServer({
      onMessage: (raw) => void received.push(raw.toString('utf8')),
      // Slow only for this test's recipient.
      answerDelayMs: (recipients) => (recipients.some((address) => address.startsWith('slow-')) ? SEND_MS : 0),
    });
    Object.assign(process.env, { ...ENV, SMTP_URL: smtp.url });
    service = await startNotifications();
  });

  afterAll(async () => {
    await service?.close();
    await smtp?.close();
    for (const name of [...Object.keys(ENV), 'SMTP_URL']) delete process.env[name];
  });

  it('keeps a slow send claimed, so it is sent once and recorded once', async () => {
    const id = randomUUID();
    await service.dataSource.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, target, language, template, subject, body, status, next_attempt_at, dead_letter_after)
       VALUES ($1, $2, 'aeo.application.accepted.v1', 'email', $3, $3, 'en', 'application-accepted.v1', 'Slow delivery', $4, 'queued', now(), 3)`,
      [id, randomUUID(), `slow-${id.slice(0, 8)}@company.test`, 'A slow delivery.'],
    );
    const leases: number[] = [];
    const started = Date.now();
    await waitFor(
      'the slow delivery to be sent',
      async () => {
        const [row]: { status: string; lease_ms: number | null }[] = await service.dataSource.query(
          `SELECT status, (extract(epoch FROM locked_until - now()) * 1000)::int AS lease_ms FROM notifications WHERE id = $1`,
          [id],
        );
        if (row.lease_ms !== null) leases.push(row.lease_ms);
        return row.status === 'sent';
      },
      20_000,
      100,
    );
    expect(Date.now() - started).toBeGreaterThan(SEND_MS);
    // Had the lease lapsed, another sender would have sent it again: wait past another lease.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // This delivery's copies.
    expect(received.filter((mail) => mail.toLowerCase().includes(`x-aeo-notification-id: ${id}`))).toHaveLength(1);
    const attempts: { outcome: string }[] = await service.dataSource.query(
      `SELECT outcome FROM delivery_attempts WHERE notification_id = $1`,
      [id],
    );
    expect(attempts).toEqual([{ outcome: 'sent' }]);
    // The lease never ran out while the send was in progress (renewed every 500 ms).
    expect(leases.length).toBeGreaterThan(10);
    expect(Math.min(...leases)).toBeGreaterThan(0);
  });
});
