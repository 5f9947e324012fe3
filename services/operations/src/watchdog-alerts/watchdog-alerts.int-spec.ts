import { randomBytes, randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { ROLES } from '@aeo/auth';
import { MULTILINE_VISIBLE_TEXT_MESSAGE, RevalidationWatchdogAlert, toKafkaRecord } from '@aeo/contracts';
import { bearer, collectMessages, createTopics, startedForTests, testKafka, waitFor } from '@aeo/testing';
import { itRequiresTokenAndRole } from '@aeo/service-kit/testing';
import { startOperations } from '../testing/start-operations';

jest.setTimeout(120_000);

const run = randomBytes(4).toString('hex');
const topic = `ops-test-${run}.certification.v1`;
const dlqTopic = `${topic}.dlq`;

interface Listed {
  id: string;
  eventId: string;
  authorisationNumber: string;
  problem: string;
  region: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
}

/** An alert's data as the applications service's watchdog publishes it. */
const alertData = (overrides: Record<string, unknown> = {}) => ({
  authorisationNumber: `MN-AEO-${randomBytes(3).toString('hex')}`,
  operatorId: randomUUID(),
  taxpayerId: '5012345',
  region: 'ULAANBAATAR',
  statusType: 'AEOS',
  consentToMraSharing: false,
  problem: 'stuck',
  detail: 'the revalidation workflow waits on an activity no worker takes',
  checkedAt: '2026-12-01T02:00:00.000Z',
  ...overrides,
});

/**
 * Watchdog alerts against the real Kafka and PostgreSQL: alert events produced to a topic of the
 * test's own (WATCHDOG_ALERT_TOPIC) are stored once each, listed a page at a time with their
 * filters, and acknowledged once with a note, audited; a malformed alert goes to the topic's .dlq.
 */
describe('operations: watchdog alerts (real Kafka, PostgreSQL)', () => {
  let kafka: Kafka;
  let producer: Producer;
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
  const executive = bearer({ sub: 'exe-1', roles: [ROLES.executive] });

  beforeAll(async () => {
    kafka = testKafka('operations-watchdog-alerts-test');
    await createTopics(kafka, [topic, dlqTopic], 1);
    producer = kafka.producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
  });

  const service = startedForTests(() => startOperations({ WATCHDOG_ALERT_TOPIC: topic }));
  const get = (path: string, token = operations) => service().http.get(path).set('Authorization', token);
  const post = (path: string, body: object, key = randomUUID(), token = operations) =>
    service().http.post(path).set('Authorization', token).set('Idempotency-Key', key).send(body);

  const publish = (id: string, type: string, data: object) =>
    producer.send({
      topic,
      acks: -1,
      messages: [
        toKafkaRecord(
          { id, type, source: '/aeo/applications', subject: 'operator-1', time: new Date().toISOString(), data },
          'operator-1',
        ),
      ],
    });
  const listed = async (query = '') =>
    (await get(`/v1/watchdog-alerts?pageSize=200${query}`).expect(200)).body as { items: Listed[]; total: number };
  const stored = (eventId: string) =>
    waitFor(`watchdog alert ${eventId} stored`, async () =>
      (await listed()).items.find((item) => item.eventId === eventId),
    );

  itRequiresTokenAndRole(service, {
    path: '/v1/watchdog-alerts',
    forbidden: bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'DARKHAN' }),
    role: ROLES.operations,
    roleKind: 'the operations role',
  });

  it('stores an alert once with what the watchdog found, skips the topic’s other events and dead-letters a malformed alert', async () => {
    const dlq = await collectMessages(kafka, [dlqTopic]);
    try {
      const eventId = randomUUID();
      const data = alertData();
      await publish(eventId, RevalidationWatchdogAlert.type, data);
      // The same event again (a redelivery, or the outbox sending it twice), another type, a malformed alert.
      await publish(eventId, RevalidationWatchdogAlert.type, data);
      await publish(randomUUID(), 'aeo.revalidation.due.v1', {
        ...data,
        revalidationDue: data.checkedAt,
        daysAhead: 30,
      });
      const malformedId = randomUUID();
      await publish(malformedId, RevalidationWatchdogAlert.type, { ...data, problem: 'on-fire' });

      const alert = await stored(eventId);
      expect(alert).toMatchObject({
        eventId,
        authorisationNumber: data.authorisationNumber,
        operatorId: data.operatorId,
        taxpayerId: '5012345',
        region: 'ULAANBAATAR',
        statusType: 'AEOS',
        problem: 'stuck',
        detail: data.detail,
        raisedAt: '2026-12-01T02:00:00.000Z',
        acknowledgedAt: null,
        acknowledgedBy: null,
        acknowledgementNote: null,
      });
      const [dead] = await dlq.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === malformedId);
      expect(dead!.headers['dlq_reason']).toMatch(/^invalid aeo\.revalidation\.watchdog-alert\.v1 data: problem: /);
      expect(dead!.headers['dlq_consumer']).toMatch(/^operations\.watchdog-alerts/);
      // One partition: the malformed alert was the last record, so everything before it was handled.
      const [{ n }] = await service().dataSource.query(
        `SELECT count(*)::int AS n FROM watchdog_alerts WHERE event_id = $1`,
        [eventId],
      );
      expect(n).toBe(1);
      const [{ others }] = await service().dataSource.query(
        `SELECT count(*)::int AS others FROM watchdog_alerts WHERE event_id <> $1 AND authorisation_number = $2`,
        [eventId, data.authorisationNumber],
      );
      expect(others).toBe(0);
    } finally {
      await dlq.stop();
    }
  });

  it('lists the alerts a page at a time, filtered by problem, region and acknowledged, sorted by when they were raised', async () => {
    const ids = { early: randomUUID(), late: randomUUID(), darkhan: randomUUID() };
    await publish(ids.early, RevalidationWatchdogAlert.type, alertData({ checkedAt: '2026-11-01T02:00:00.000Z' }));
    await publish(
      ids.late,
      RevalidationWatchdogAlert.type,
      alertData({ checkedAt: '2026-11-03T02:00:00.000Z', problem: 'unreachable' }),
    );
    await publish(
      ids.darkhan,
      RevalidationWatchdogAlert.type,
      alertData({ checkedAt: '2026-11-02T02:00:00.000Z', problem: 'closed-while-in-force', region: 'DARKHAN' }),
    );
    await stored(ids.darkhan);

    const all = await listed();
    const raised = all.items.map((item) => item.raisedAt);
    expect(raised).toEqual([...raised].sort().reverse());
    expect(all.total).toBe(all.items.length);

    const oldestFirst = (await get('/v1/watchdog-alerts?sort=raisedAt&order=asc&pageSize=1').expect(200)).body;
    expect(oldestFirst).toMatchObject({ page: 1, pageSize: 1, total: all.total });
    expect(oldestFirst.items.map((item: Listed) => item.eventId)).toEqual([ids.early]);
    const second = (await get('/v1/watchdog-alerts?sort=raisedAt&order=asc&pageSize=1&page=2').expect(200)).body;
    expect(second.items.map((item: Listed) => item.eventId)).toEqual([ids.darkhan]);
    const pastTheLast = (await get(`/v1/watchdog-alerts?page=${all.total + 1}&pageSize=1`).expect(200)).body;
    expect(pastTheLast).toMatchObject({ items: [], total: all.total });

    expect((await listed('&problem=unreachable')).items.map((item) => item.eventId)).toEqual([ids.late]);
    const darkhan = await listed('&region=DARKHAN');
    expect(darkhan.items.map((item) => item.eventId)).toEqual([ids.darkhan]);
    expect(darkhan.total).toBe(1);
    expect((await listed('&acknowledged=true')).items.map((item) => item.eventId)).not.toContain(ids.darkhan);
    expect((await listed('&acknowledged=false')).items.map((item) => item.eventId)).toContain(ids.darkhan);

    const refused = await get('/v1/watchdog-alerts?problem=on-fire').expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/problem/);
    expect(JSON.stringify((await get('/v1/watchdog-alerts?region=ATLANTIS').expect(400)).body)).toMatch(/region/);
    expect(JSON.stringify((await get('/v1/watchdog-alerts?sort=detail').expect(400)).body)).toMatch(/sort/);
    expect(JSON.stringify((await get('/v1/watchdog-alerts?acknowledged=maybe').expect(400)).body)).toMatch(
      /acknowledged/,
    );
  });

  it('acknowledges an alert once with the note, audited; asked again it answers the first acknowledgement', async () => {
    const eventId = randomUUID();
    await publish(eventId, RevalidationWatchdogAlert.type, alertData({ problem: 'closed-while-in-force' }));
    const { id } = await stored(eventId);
    const path = `/v1/watchdog-alerts/${id}/acknowledgement`;

    const missing = await post(path, {}).expect(400);
    expect(JSON.stringify(missing.body)).toMatch(/note/);
    await post(path, { note: '   ' }).expect(400);
    await post(path, { note: 'restarted' }, randomUUID(), executive).expect(403);
    await post(`/v1/watchdog-alerts/${randomUUID()}/acknowledgement`, { note: 'nothing' }).expect(404);

    // The note is free text on several lines: nothing hidden in it (400 naming note and the character, nothing stored).
    for (const [character, hidden] of [
      ['U+202E', 'restarted by hand\nsee \u202Egpj.exe'],
      ['U+200B', 'restarted\u200B by hand'],
    ]) {
      const refused = await post(path, { note: hidden }).expect(400);
      expect(refused.body.message).toBe(`note: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`);
    }
    expect(
      await service().dataSource.query(
        `SELECT acknowledged_at, acknowledgement_note FROM watchdog_alerts WHERE id = $1`,
        [id],
      ),
    ).toEqual([{ acknowledged_at: null, acknowledgement_note: null }]);

    const note = 'restarted the revalidation by hand,\r\nafter checking the register\nno other case affected';
    const key = randomUUID();
    const first = await post(path, { note: `${note}\n` }, key).expect(200);
    expect(first.body).toMatchObject({
      id,
      eventId,
      acknowledgedBy: 'ops-1',
      acknowledgementNote: note,
    });
    expect(first.body.acknowledgedAt).toEqual(expect.any(String));
    const repeated = await post(path, { note: `${note}\n` }, key).expect(200);
    expect(repeated.headers['idempotent-replayed']).toBe('true');
    expect(repeated.body).toEqual(first.body);
    const again = await post(path, { note: 'another note' }).expect(200);
    expect(again.body).toEqual(first.body);

    const [{ audit }] = await service().dataSource.query(
      `SELECT count(*)::int AS audit FROM audit_log
        WHERE entity_type = 'watchdog-alert' AND entity_id = $1 AND action = 'watchdog-alert.acknowledged'
          AND reason = $2`,
      [id, note],
    );
    expect(audit).toBe(1);
    const acknowledged = await get('/v1/watchdog-alerts?acknowledged=true&pageSize=200', executive).expect(200);
    expect(acknowledged.body.items.map((item: Listed) => item.id)).toContain(id);
  });
});
