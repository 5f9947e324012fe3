import { randomUUID } from 'node:crypto';
import { createServer, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import {
  bearer,
  createOwnTopics,
  createTestDatabase,
  type OwnTopics,
  RunningProcess,
  startServiceProcess,
  TestDatabase,
  testKafka,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import { publishAuthorisationEvent } from '../testing/publish-event';
import { NOTIFICATIONS_TOPICS } from '../testing/start-notifications';

jest.setTimeout(180_000);

/**
 * The notifications service is killed (SIGKILL) while a webhook call is in flight: the delivery
 * stays claimed until its lease ends, then the restarted service sends it again, with the same
 * webhook id, and records it as sent. Nothing is lost; the receiver may see the call twice.
 */
describe('webhook delivery across a crash of the notifications service', () => {
  let database: TestDatabase;
  let topics: OwnTopics;
  let service: RunningProcess | undefined;
  let producer: Producer;
  let receiver: Server;
  let receiverUrl: string;
  const groupSuffix = `.${uniqueName('e2e-notif')}`;
  const calls: Array<{ webhookId: string; eventId: string }> = [];
  const hanging: ServerResponse[] = [];
  let hangFor: string | undefined;

  // The restarted service resumes the first one's consumer groups.
  const start = () =>
    startServiceProcess('notifications', {
      databaseUrl: database.url,
      groupSuffix,
      env: {
        KAFKA_TOPIC_PREFIX: topics.prefix,
        DELIVERY_LOCK_MS: '6000',
        DELIVERY_POLL_INTERVAL_MS: '100',
        WEBHOOK_TIMEOUT_MS: '4000',
        SMTP_TIMEOUT_MS: '1000',
      },
    });

  beforeAll(async () => {
    database = await createTestDatabase('notif_crash');
    topics = await createOwnTopics(NOTIFICATIONS_TOPICS);
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const eventId = JSON.parse(Buffer.concat(chunks).toString('utf8')).id as string;
        calls.push({ webhookId: String(request.headers['webhook-id']), eventId });
        if (eventId === hangFor) {
          hangFor = undefined;
          hanging.push(response); // never answered: the sender dies first
          return;
        }
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    producer = testKafka('notifications-crash').producer({ idempotent: true });
    await producer.connect();
    service = await start();
  });

  afterAll(async () => {
    for (const response of hanging) response.destroy();
    await producer?.disconnect();
    await service?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
    await database?.drop();
    await topics?.remove();
  });

  it('sends the call again after the restart, once the lease has ended', async () => {
    const operations = bearer({ sub: 'ops', roles: ['operations'] });
    const created = await fetch(`${service!.url}/v1/webhook-subscriptions`, {
      method: 'POST',
      headers: { authorization: operations, 'content-type': 'application/json' },
      body: JSON.stringify({
        platform: 'declarations',
        url: `${receiverUrl}/hooks`,
        eventTypes: ['aeo.authorisation.surrendered.v1'],
      }),
    });
    expect(created.status).toBe(201);

    const eventId = randomUUID();
    const operatorId = randomUUID();
    hangFor = eventId;
    await publishAuthorisationEvent(producer, topics.topic, {
      id: eventId,
      type: 'aeo.authorisation.surrendered.v1',
      holder: { operatorId, taxpayerId: `T${eventId.slice(0, 7)}`, region: 'DORNOD' },
      details: { effectiveFrom: new Date().toISOString(), requestedBy: 'holder-admin', reason: 'business closed' },
    });

    const first = await waitFor(
      'the call in flight',
      () => calls.find((call) => call.eventId === eventId),
      90_000,
      100,
    );
    await service!.stop('SIGKILL');
    service = undefined;

    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const [claimed] = (
        await db.query(`SELECT status, attempts, locked_until > now() AS leased FROM notifications WHERE id = $1`, [
          first.webhookId,
        ])
      ).rows;
      expect(claimed).toEqual({ status: 'queued', attempts: 0, leased: true });

      service = await start();
      const sent = await waitFor(
        'sent after the restart',
        async () =>
          (
            await db.query(`SELECT status, attempts FROM notifications WHERE id = $1 AND status = 'sent'`, [
              first.webhookId,
            ])
          ).rows[0],
        60_000,
        200,
      );
      expect(sent).toEqual({ status: 'sent', attempts: 1 });
      expect(calls.filter((call) => call.eventId === eventId).map((call) => call.webhookId)).toEqual([
        first.webhookId,
        first.webhookId,
      ]);
      const attempts = (
        await db.query(`SELECT outcome FROM delivery_attempts WHERE notification_id = $1`, [first.webhookId])
      ).rows;
      expect(attempts).toEqual([{ outcome: 'sent' }]);
    } finally {
      await db.end();
    }
  });
});
