import { randomBytes, randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import { bearer, collectMessages, createTopics, startedForTests, testKafka, waitFor } from '@aeo/testing';
import { itRequiresTokenAndRole } from '@aeo/service-kit/testing';
import { startOperations } from '../testing/start-operations';
import { deadLetterRowOf } from './dead-letter-record';
import { storeDeadLetters } from './dead-letters.repository';

jest.setTimeout(120_000);

const run = randomBytes(4).toString('hex');
const prefix = `ops-test-${run}`;
const originalTopic = `${prefix}.events.v1`;
const dlqTopic = `${originalTopic}.dlq`;
const laterDlqTopic = `${prefix}.later.v1.dlq`;

interface Listed {
  id: string;
  state: string;
  reason: string;
  eventId: string | null;
  replayEventId: string | null;
}

/**
 * Dead letters against the real Kafka and PostgreSQL: records produced to `.dlq` topics of the
 * test's own (the service reads only those: DEAD_LETTER_TOPICS) are stored, replayed to their
 * original topic through the outbox, or discarded.
 */
describe('operations: dead letters (real Kafka, PostgreSQL)', () => {
  let kafka: Kafka;
  let producer: Producer;
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });
  const executive = bearer({ sub: 'exe-1', roles: [ROLES.executive] });

  beforeAll(async () => {
    kafka = testKafka('operations-dead-letters-test');
    await createTopics(kafka, [originalTopic, dlqTopic], 1);
    producer = kafka.producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
  });

  const service = startedForTests(() =>
    startOperations({
      DEAD_LETTER_TOPICS: `${prefix}\\..*\\.dlq`,
      DEAD_LETTER_REPLAY_EXTRA_TOPICS: `${prefix}\\..+`,
      DEAD_LETTER_TOPIC_REFRESH_MS: '1000',
    }),
  );
  const get = (path: string, token = operations) => service().http.get(path).set('Authorization', token);
  const post = (path: string, body: object, key = randomUUID()) =>
    service().http.post(path).set('Authorization', operations).set('Idempotency-Key', key).send(body);

  /** A record as libs/messaging's EventConsumer dead-letters it. */
  const deadLetter = async (
    eventId: string,
    options: { topic?: string; key?: string; withOrigin?: boolean; originalTopic?: string } = {},
  ) => {
    await producer.send({
      topic: options.topic ?? dlqTopic,
      acks: -1,
      messages: [
        {
          key: options.key ?? 'operator-1',
          value: JSON.stringify({ id: eventId, wrong: true }),
          headers: {
            ce_id: eventId,
            ce_type: 'aeo.application.submitted.v1',
            ce_subject: `application-${eventId}`,
            ce_specversion: '1.0',
            dlq_reason: `invalid aeo.application.submitted.v1 data: applicationId: Required (${eventId})`,
            ...(options.withOrigin === false
              ? {}
              : {
                  dlq_original_topic: options.originalTopic ?? originalTopic,
                  dlq_original_partition: '0',
                  dlq_original_offset: '17',
                }),
            dlq_consumer: 'notifications.events.test',
            dlq_at: '2026-12-01T09:00:00.000Z',
          },
        },
      ],
    });
    return waitFor(`dead letter ${eventId} stored`, async () => {
      const page = (await get(`/v1/dead-letters?pageSize=200`).expect(200)).body as { items: Listed[] };
      return page.items.find((item) => item.eventId === eventId);
    });
  };

  itRequiresTokenAndRole(service, {
    path: '/v1/dead-letters',
    forbidden: bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'DARKHAN' }),
    role: ROLES.operations,
    roleKind: 'the operations role',
  });

  it('stores a dead letter with what its headers say, shows its record, and stores a record once', async () => {
    const eventId = randomUUID();
    const listed = await deadLetter(eventId);
    expect(listed).toMatchObject({
      dlqTopic,
      dlqPartition: 0,
      originalTopic,
      originalPartition: 0,
      originalOffset: '17',
      consumer: 'notifications.events.test',
      reason: `invalid aeo.application.submitted.v1 data: applicationId: Required (${eventId})`,
      deadLetteredAt: '2026-12-01T09:00:00.000Z',
      state: 'new',
      eventType: 'aeo.application.submitted.v1',
      eventSubject: `application-${eventId}`,
      settledAt: null,
      replayEventId: null,
    });
    const detail = await get(`/v1/dead-letters/${listed.id}`, executive).expect(200);
    expect(detail.body.key).toEqual({ text: 'operator-1', base64: Buffer.from('operator-1').toString('base64') });
    expect(JSON.parse(detail.body.value.text)).toEqual({ id: eventId, wrong: true });
    expect(detail.body.headers).toEqual(
      expect.arrayContaining([{ name: 'ce_id', text: eventId, base64: Buffer.from(eventId).toString('base64') }]),
    );

    // The same record again (a redelivery after a crash before the offset commit) is not stored twice.
    const row = await service().dataSource.query(
      `SELECT dlq_topic, dlq_partition, dlq_offset::text AS dlq_offset FROM dead_letters WHERE id = $1`,
      [listed.id],
    );
    const again = deadLetterRowOf(dlqTopic, 0, {
      key: Buffer.from('operator-1'),
      value: Buffer.from('{}'),
      offset: row[0].dlq_offset,
      timestamp: String(Date.now()),
      attributes: 0,
      headers: {},
    } as never);
    expect(await service().dataSource.transaction((manager) => storeDeadLetters(manager, [again]))).toEqual({
      stored: 0,
      unstorable: 0,
    });
    const [{ n }] = await service().dataSource.query(
      `SELECT count(*)::int AS n FROM dead_letters WHERE dlq_topic = $1 AND dlq_offset = $2`,
      [dlqTopic, row[0].dlq_offset],
    );
    expect(n).toBe(1);
  });

  it('picks up a dead-letter topic created after it started', async () => {
    await createTopics(kafka, [laterDlqTopic], 1);
    const listed = await deadLetter(randomUUID(), { topic: laterDlqTopic });
    expect(listed).toMatchObject({ dlqTopic: laterDlqTopic, state: 'new' });
  });

  it('replays a dead letter to its original topic once, through the outbox, audited; asked again it answers the first replay', async () => {
    const collector = await collectMessages(kafka, [originalTopic]);
    try {
      const eventId = randomUUID();
      const { id } = await deadLetter(eventId);
      const key = randomUUID();
      const first = await post(
        `/v1/dead-letters/${id}/replay`,
        { reason: 'the schema was fixed in 1.4.2' },
        key,
      ).expect(200);
      expect(first.body).toMatchObject({
        id,
        state: 'replayed',
        settledBy: 'ops-1',
        settleReason: 'the schema was fixed in 1.4.2',
      });
      expect(first.body.replayEventId).toEqual(expect.any(String));
      // Another request to replay it answers the first one's result; the same request again is replayed by its key.
      const second = await post(`/v1/dead-letters/${id}/replay`, { reason: 'again' }).expect(200);
      expect(second.body).toEqual(first.body);
      const repeated = await post(
        `/v1/dead-letters/${id}/replay`,
        { reason: 'the schema was fixed in 1.4.2' },
        key,
      ).expect(200);
      expect(repeated.headers['idempotent-replayed']).toBe('true');

      // A later replay with the same key goes to the same partition after it (the outbox keeps the order).
      const laterEventId = randomUUID();
      const later = await deadLetter(laterEventId);
      await post(`/v1/dead-letters/${later.id}/replay`, { reason: 'fixed too' }).expect(200);
      const replayed = await collector.waitForCount(2, 30_000, (m) => m.headers['aeo_replay_of'] !== undefined);
      expect(replayed.map((m) => m.headers['aeo_replay_of'])).toEqual([id, later.id]);
      const record = replayed[0]!;
      expect(record.message.key?.toString()).toBe('operator-1');
      expect(JSON.parse(record.message.value!.toString())).toEqual({ id: eventId, wrong: true });
      expect(record.headers).toMatchObject({ ce_id: eventId, ce_type: 'aeo.application.submitted.v1' });
      expect(Object.keys(record.headers).filter((name) => name.startsWith('dlq_'))).toEqual([]);

      const [{ outbox, audit }] = await service().dataSource.query(
        `SELECT (SELECT count(*)::int FROM outbox WHERE subject = $1) AS outbox,
                (SELECT count(*)::int FROM audit_log WHERE entity_type = 'dead-letter' AND entity_id = $1 AND action = 'dead-letter.replayed') AS audit`,
        [id],
      );
      expect({ outbox, audit }).toEqual({ outbox: 1, audit: 1 });
      const discarded = await post(`/v1/dead-letters/${id}/discard`, { reason: 'no' }).expect(409);
      expect(discarded.body.message).toMatch(/was replayed and is not discarded: replayed by ops-1/);
      const listed = await get(`/v1/dead-letters?state=replayed&originalTopic=${originalTopic}`).expect(200);
      expect(listed.body.items.map((item: Listed) => item.id)).toEqual(expect.arrayContaining([id, later.id]));
    } finally {
      await collector.stop();
    }
  });

  it('discards a dead letter once, audited; a discarded one is not replayed', async () => {
    const { id } = await deadLetter(randomUUID());
    const first = await post(`/v1/dead-letters/${id}/discard`, { reason: 'a test record' }).expect(200);
    expect(first.body).toMatchObject({
      state: 'discarded',
      settledBy: 'ops-1',
      settleReason: 'a test record',
      replayEventId: null,
    });
    expect((await post(`/v1/dead-letters/${id}/discard`, { reason: 'again' }).expect(200)).body).toEqual(first.body);
    const refused = await post(`/v1/dead-letters/${id}/replay`, { reason: 'changed my mind' }).expect(409);
    expect(refused.body.message).toMatch(/was discarded and is not replayed/);
    const [{ audit }] = await service().dataSource.query(
      `SELECT count(*)::int AS audit FROM audit_log WHERE entity_id = $1 AND action = 'dead-letter.discarded'`,
      [id],
    );
    expect(audit).toBe(1);
  });

  it('refuses to replay a dead letter that names no original topic (422), and malformed requests (400, 404)', async () => {
    const { id } = await deadLetter(randomUUID(), { withOrigin: false });
    const refused = await post(`/v1/dead-letters/${id}/replay`, { reason: 'try' }).expect(422);
    expect(refused.body.message).toMatch(/names no original topic/);
    expect((await post(`/v1/dead-letters/${id}/replay`, {}).expect(400)).body.message).toEqual(
      expect.stringContaining('reason'),
    );
    await post(`/v1/dead-letters/${randomUUID()}/replay`, { reason: 'x' }).expect(404);
    await get('/v1/dead-letters/not-a-uuid').expect(400);
    await get(`/v1/dead-letters/${randomUUID()}`).expect(404);
    expect(JSON.stringify((await get('/v1/dead-letters?state=lost').expect(400)).body.message)).toContain('state');
    expect(JSON.stringify((await get('/v1/dead-letters?originalTopic=a%20b').expect(400)).body.message)).toContain(
      'originalTopic',
    );
    // Executives read but do not decide.
    await service()
      .http.post(`/v1/dead-letters/${id}/discard`)
      .set('Authorization', executive)
      .send({ reason: 'x' })
      .expect(403);
  });

  it('refuses to replay a dead letter to a topic other than the one its .dlq topic is of (422), publishing nothing', async () => {
    // The header names a topic of the platform, but the record was set aside on another topic's .dlq.
    const { id } = await deadLetter(randomUUID(), { originalTopic: TOPIC_NAMES.applicationEvents });
    const refused = await post(`/v1/dead-letters/${id}/replay`, { reason: 'try' }).expect(422);
    expect(refused.body.message).toBe(
      `Dead letter ${id} came from ${dlqTopic} but names ${TOPIC_NAMES.applicationEvents}: a record is replayed only to the topic whose .dlq topic it came from`,
    );
    const [{ outbox, audit, state }] = await service().dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbox WHERE subject = $1) AS outbox,
              (SELECT count(*)::int FROM audit_log WHERE entity_type = 'dead-letter' AND entity_id = $1) AS audit,
              (SELECT state FROM dead_letters WHERE id = $1::uuid) AS state`,
      [id],
    );
    expect({ outbox, audit, state }).toEqual({ outbox: 0, audit: 0, state: 'new' });
  });

  it('stores a record with a NUL in a header name (jsonb refuses one in text), and the record after it', async () => {
    const [nulEventId, afterEventId] = [randomUUID(), randomUUID()];
    await producer.send({
      topic: dlqTopic,
      acks: -1,
      messages: [
        { key: 'k', value: 'v', headers: { 'a\u0000b': 'x', ce_id: nulEventId, dlq_reason: 'a NUL in a name' } },
        { key: 'k', value: 'v', headers: { ce_id: afterEventId, dlq_reason: 'the record after it' } },
      ],
    });
    const listed = await waitFor(`dead letter ${afterEventId} stored`, async () => {
      const page = (await get(`/v1/dead-letters?pageSize=200`).expect(200)).body as { items: Listed[] };
      const found = (eventId: string) => page.items.find((item) => item.eventId === eventId);
      return found(afterEventId) && { nul: found(nulEventId), after: found(afterEventId) };
    });
    expect(listed.after).toMatchObject({ reason: 'the record after it', state: 'new' });
    const detail = await get(`/v1/dead-letters/${listed.nul!.id}`).expect(200);
    expect(detail.body).toMatchObject({ reason: 'a NUL in a name', value: { text: 'v' } });
    expect(detail.body.headers).toContainEqual({ name: 'a\u0000b', text: 'x', base64: 'eA==' });
  });

  it('stores a record PostgreSQL refuses as a placeholder with its bytes, and the rest of the batch', async () => {
    const record = (offset: number, headers: Record<string, string>) =>
      deadLetterRowOf(dlqTopic, 0, {
        key: Buffer.from('k'),
        value: Buffer.from([0x00, 0xff]),
        offset: String(offset),
        timestamp: String(Date.parse('2026-12-01T10:00:00.000Z')),
        attributes: 0,
        headers,
      } as never);
    // Offsets far beyond the topic's, of this test's own.
    const offset = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
    // A row as a consumer stored headers before their names were base64: PostgreSQL refuses \u0000 in jsonb.
    const refused = { ...record(offset, { dlq_reason: 'refused' }), headers: '[["a\\u0000b", "eA=="]]' };
    const stored = await service().dataSource.transaction((manager) =>
      storeDeadLetters(manager, [refused, record(offset + 1, { dlq_reason: 'fine' })]),
    );
    expect(stored).toEqual({ stored: 2, unstorable: 1 });
    const rows = await service().dataSource.query(
      `SELECT dlq_offset::text AS offset, reason, headers, record_key, payload, original_topic
         FROM dead_letters WHERE dlq_topic = $1 AND dlq_offset >= $2 ORDER BY dlq_offset`,
      [dlqTopic, offset],
    );
    expect(rows).toEqual([
      {
        offset: String(offset),
        reason: expect.stringMatching(/^unstorable: .*unicode/i),
        headers: [],
        record_key: Buffer.from('k'),
        payload: Buffer.from([0x00, 0xff]),
        original_topic: null,
      },
      expect.objectContaining({ offset: String(offset + 1), reason: 'fine' }),
    ]);
  });

  it('pages with the total', async () => {
    const page1 = await get(`/v1/dead-letters?pageSize=2&page=1`).expect(200);
    const page2 = await get(`/v1/dead-letters?pageSize=2&page=2`).expect(200);
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(page1.body.total).toBeGreaterThanOrEqual(4);
    expect(page2.body.total).toBe(page1.body.total);
    const ids = [...page1.body.items, ...page2.body.items].map((item: Listed) => item.id);
    expect(new Set(ids).size).toBe(4);
  });
});
