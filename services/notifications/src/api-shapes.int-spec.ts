import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, linkOperatorUsers, startTestSmtpServer, testKafka, TestSmtpServer, waitFor } from '@aeo/testing';
import { NotificationsUnderTest, startNotifications } from './testing/start-notifications';
import { assignContactOfficer, putStaffContact } from './testing/staff';
import { publishAuthorisationEvent } from './testing/publish-event';

jest.setTimeout(120_000);

const REGION = `SHAPE_${randomUUID().slice(0, 8).toUpperCase()}`;
const operations = bearer({ sub: 'ops-shapes', roles: ['operations'] });
/** Nothing listens here: the test's webhook deliveries never succeed. */
const DEAD_URL = 'http://127.0.0.1:9/hooks';

/** Every property name in a JSON answer, however deep (values are not looked at). */
function keysOf(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keysOf(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [`${path}.${key}`, ...keysOf(item, `${path}.${key}`)]);
  return [];
}
const notCamelCase = (body: unknown) =>
  keysOf(body).filter((path) => !/^[a-z][a-zA-Z0-9]*$/.test(path.slice(path.lastIndexOf('.') + 1)));

/** A queued webhook delivery of a subscription whose next attempt is an hour away. */
async function queueWebhookDelivery(service: ServiceUnderTest, subscriptionId: string): Promise<string> {
  const id = randomUUID();
  await service.dataSource.query(
    `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, audience, target, subscription_id, region, language, template, subject, body, status, attempts, next_attempt_at, dead_letter_after)
     VALUES ($1, $2, 'aeo.authorisation.granted.v1', 'webhook', $3, 'platform', $4, $5, $6, 'en', 'cloudevent', 'aeo.authorisation.granted.v1', '{}', 'queued', 1, now() + interval '1 hour', 8)`,
    [id, randomUUID(), `webhook:${subscriptionId}`, DEAD_URL, subscriptionId, REGION],
  );
  return id;
}

describe('notifications API shapes and webhook subscription deletion (real PostgreSQL and Kafka)', () => {
  let service: NotificationsUnderTest;
  let smtp: TestSmtpServer;
  let producer: Producer;
  /** The body of a GET answered 200, asked by operations unless `token` says otherwise. */
  const read = async (path: string, query: Record<string, string> = {}, token = operations) =>
    (await service.http.get(path).query(query).set('authorization', token).expect(200)).body;
  /** A subscription of platform `shapes` to revocations, at an address nothing listens on (201). */
  const subscribe = async (token: string) =>
    (
      await service.http
        .post('/v1/webhook-subscriptions')
        .set('authorization', token)
        .send({ platform: 'shapes', url: DEAD_URL, eventTypes: ['aeo.authorisation.revoked.v1'] })
        .expect(201)
    ).body;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ onMessage: () => undefined });
    Object.assign(process.env, { SMTP_URL: smtp.url });
    service = await startNotifications([REGION]);
    producer = testKafka('notifications-shapes').producer({ idempotent: true });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await smtp?.close();
    delete process.env['SMTP_URL'];
  });

  it('answers in camelCase on every resource, like the other services', async () => {
    const taxpayerId = `S${randomUUID().slice(0, 8)}`;
    const officer = `co-${REGION}`;
    const answers: Record<string, unknown> = {};

    answers['PUT staff-contacts'] = (
      await putStaffContact(service, operations, officer, {
        name: 'Bat',
        email: 'bat@customs.test',
        language: 'mn',
        roles: ['contact-officer'],
        region: REGION,
      }).expect(200)
    ).body;
    expect(answers['PUT staff-contacts']).toMatchObject({ sub: officer, updatedBy: 'ops-shapes', active: true });
    answers['GET staff-contacts'] = await read('/v1/staff-contacts', { region: REGION });

    // The operator is learnt from its application's event; here written directly.
    await service.dataSource.query(
      `INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region) VALUES ($1, $2, 'shapes@company.test', 'en', $3)`,
      [randomUUID(), taxpayerId, REGION],
    );
    answers['PUT operator-contact-officers'] = (
      await assignContactOfficer(service, operations, taxpayerId, officer).expect(200)
    ).body;
    expect(answers['PUT operator-contact-officers']).toMatchObject({
      taxpayerId,
      officerSub: officer,
      officerName: 'Bat',
      region: REGION,
      assignedBy: 'ops-shapes',
    });
    answers['GET operator-contact-officers'] = await read('/v1/operator-contact-officers', { region: REGION });

    const created = await subscribe(operations);
    expect(created).toMatchObject({
      platform: 'shapes',
      eventTypes: ['aeo.authorisation.revoked.v1'],
      active: true,
      createdBy: 'ops-shapes',
      secret: expect.stringMatching(/^whsec_/),
    });
    answers['POST webhook-subscriptions'] = created;
    answers['GET webhook-subscriptions'] = await read('/v1/webhook-subscriptions');
    answers['GET webhook-subscriptions/{id}'] = await read(`/v1/webhook-subscriptions/${created.id}`);
    answers['POST webhook-subscriptions/{id}/redeliveries'] = (
      await service.http
        .post(`/v1/webhook-subscriptions/${created.id}/redeliveries`)
        .set('authorization', operations)
        .send({})
        .expect(201)
    ).body;

    // An in-app message and a delivery with an attempt.
    const message = randomUUID();
    await service.dataSource.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, taxpayer_id, region, language, template, subject, body, status, attempts)
       VALUES ($1, $2, 'aeo.application.accepted.v1', 'in-app', $3, $4, $5, 'en', 'application-accepted.v1', 'Accepted', 'Your application was accepted.', 'sent', 1)`,
      [message, randomUUID(), `operator:${taxpayerId}`, taxpayerId, REGION],
    );
    const delivery = await queueWebhookDelivery(service, created.id);
    await service.dataSource.query(
      `INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, response_status, duration_ms) VALUES ($1, 1, 'failed', 'HTTP 503', 503, 12)`,
      [delivery],
    );
    const trader = bearer({ sub: `trader-${taxpayerId}`, roles: ['operator-user'], taxpayerId });
    await linkOperatorUsers(service, { sub: `trader-${taxpayerId}`, taxpayerId });
    answers['GET inbox'] = await read('/v1/inbox', {}, trader);
    expect(answers['GET inbox']).toEqual([
      expect.objectContaining({
        id: message,
        sourceEventType: 'aeo.application.accepted.v1',
        read: false,
        readAt: null,
      }),
    ]);
    answers['GET inbox/unread-count'] = await read('/v1/inbox/unread-count', {}, trader);
    answers['GET deliveries'] = await read('/v1/deliveries', { subscriptionId: created.id });
    const detail = await read(`/v1/deliveries/${delivery}`);
    expect(detail).toMatchObject({
      id: delivery,
      subscriptionId: created.id,
      sourceEventType: 'aeo.authorisation.granted.v1',
      status: 'queued',
      attempts: 1,
      attemptLog: [{ attempt: 1, outcome: 'failed', responseStatus: 503, durationMs: 12 }],
    });
    answers['GET deliveries/{id}'] = detail;
    answers['GET routes'] = await read('/v1/routes');

    const offending = Object.fromEntries(
      Object.entries(answers)
        .map(([route, body]) => [route, notCamelCase(body)])
        .filter(([, paths]) => paths.length > 0),
    );
    expect(offending).toEqual({});
  });

  it('DELETE deactivates a webhook subscription: gone from the list, inactive by id, its queued deliveries dead-lettered, no new ones', async () => {
    const platform = bearer({ sub: 'shapes', roles: ['backend-platform'], scopes: ['aeo.events.subscribe'] });
    const { id } = await subscribe(platform);
    const waiting = await queueWebhookDelivery(service, id);

    await service.http.delete(`/v1/webhook-subscriptions/${id}`).set('authorization', platform).expect(204);

    const listed: Array<{ id: string }> = await read('/v1/webhook-subscriptions', {}, platform);
    expect(listed.map((subscription) => subscription.id)).not.toContain(id);
    const withInactive: Array<{ id: string; active: boolean }> = await read(
      '/v1/webhook-subscriptions',
      { includeInactive: 'true' },
      platform,
    );
    expect(withInactive.find((subscription) => subscription.id === id)).toMatchObject({ active: false });
    const shown = await read(`/v1/webhook-subscriptions/${id}`, {}, platform);
    expect(shown).toMatchObject({ id, active: false, deliveries: { queued: 0, failed: expect.any(Number) } });
    expect(shown.deliveries.failed).toBeGreaterThanOrEqual(1);

    // Its waiting delivery is dead-lettered now, with the reason, an attempt and the announcement.
    const detail = await read(`/v1/deliveries/${waiting}`, {}, platform);
    expect(detail).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'the webhook subscription was deactivated',
      nextAttemptAt: null,
    });
    expect(detail.attemptLog).toEqual([
      expect.objectContaining({ attempt: 2, outcome: 'failed', error: 'the webhook subscription was deactivated' }),
    ]);
    expect(await service.dataSource.query(`SELECT type FROM outbox WHERE subject = $1`, [waiting])).toEqual([
      { type: 'aeo.notification.failed.v1' },
    ]);
    expect(await read('/v1/deliveries', { subscriptionId: id, status: 'queued' }, platform)).toEqual([]);

    // Repeating the DELETE changes nothing; redeliveries through it are refused.
    await service.http.delete(`/v1/webhook-subscriptions/${id}`).set('authorization', platform).expect(204);
    await service.http
      .post(`/v1/webhook-subscriptions/${id}/redeliveries`)
      .set('authorization', platform)
      .send({})
      .expect(409);
    await service.http
      .post(`/v1/deliveries/${waiting}/redelivery`)
      .set('authorization', platform)
      .send({ reason: 'try again' })
      .expect(409);

    // A later event of its type is delivered to people but not to the deleted subscription.
    const operatorId = randomUUID();
    const taxpayerId = `R${randomUUID().slice(0, 8)}`;
    const eventId = randomUUID();
    await publishAuthorisationEvent(producer, service.topic, {
      id: eventId,
      type: 'aeo.authorisation.revoked.v1',
      holder: { operatorId, taxpayerId, region: REGION },
      details: {
        effectiveFrom: new Date().toISOString(),
        reason: 'revoked',
        grounds: 'Repeated serious infringements.',
      },
    });
    const planned = await waitFor(
      'the revocation planned',
      async () => {
        const rows: Array<{ channel: string; subscriptionId: string | null }> = await read('/v1/deliveries', {
          sourceEventId: eventId,
        });
        return rows.length > 0 && rows;
      },
      60_000,
      200,
    );
    expect(planned.filter((row) => row.subscriptionId === id)).toEqual([]);
  });
});
