import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { toKafkaRecord } from '@aeo/contracts';
import { openDataSource } from '@aeo/persistence';
import { collectMessages, createTestDatabase, createTopics, testKafka, TestDatabase, uniqueName, waitFor } from '@aeo/testing';
import { CreateMessagingTables1764300000000 } from '../messaging.migration';
import { createIdempotentProducer } from '../kafka/kafka-client';
import { EventConsumer, PermanentEventError } from './event-consumer';
import { CreateProbeEffects1764300000001, defineTestEvent } from '../testing/test-fixtures';

jest.setTimeout(60_000);

describe('event consumer against real Kafka and PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const topic = uniqueName('test.consumer.events.v1');
  const Probe = defineTestEvent(topic);
  const envelope = (id: string, data: unknown, type = Probe.type) =>
    toKafkaRecord({ id, type, source: '/aeo/test', subject: 's', time: new Date().toISOString(), data }, 'probe-1');

  beforeAll(async () => {
    database = await createTestDatabase('consumer');
    dataSource = await openDataSource({ service: 'consumer-test', url: database.url, entities: [], migrations: [CreateMessagingTables1764300000000, CreateProbeEffects1764300000001] });
    kafka = testKafka();
    await createTopics(kafka, [topic, `${topic}.dlq`], 1);
    producer = createIdempotentProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('dead-letters malformed and invalid events with the reason, skips unknown types, and carries on', async () => {
    const consumer = new EventConsumer({ name: uniqueName('probe'), topics: [topic], dataSource, kafka, producer, maxAttempts: 2 }).on(Probe, async (event, manager) => {
      if (event.data.probeId === 'always-fails') throw new PermanentEventError('downstream refused');
      await manager.query(`INSERT INTO probe_effects (probe_id, sequence, event_id) VALUES ($1, $2, $3)`, [event.data.probeId, event.data.sequence, event.id]);
    });
    const dlq = await collectMessages(kafka, [`${topic}.dlq`]);
    await producer.send({
      topic,
      messages: [
        { key: 'probe-1', value: 'not even json', headers: { ce_id: 'bad-1', ce_type: Probe.type, ce_source: '/x', ce_specversion: '1.0', ce_subject: 's' } },
        envelope('bad-2', { probeId: 'p', sequence: 'one' }),
        envelope('unknown-1', { anything: true }, 'aeo.something-else.happened.v1'),
        envelope('ok-1', { probeId: 'good', sequence: 1 }),
        envelope('ok-1', { probeId: 'good', sequence: 1 }),
        envelope('fail-1', { probeId: 'always-fails', sequence: 2 }),
        envelope('ok-2', { probeId: 'good', sequence: 3 }),
      ],
    });
    await consumer.start();
    try {
      const dead = await dlq.waitForCount(3);
      const reasons = Object.fromEntries(dead.map((m) => [m.headers['ce_id'], m.headers['dlq_reason']]));
      expect(reasons['bad-1']).toMatch(/^malformed: value is not JSON/);
      expect(reasons['bad-2']).toMatch(/invalid aeo.test-probe.happened.v1 data: sequence: /);
      expect(reasons['fail-1']).toMatch(/handler failed after 2 attempts: downstream refused/);
      expect(dead[0].headers['dlq_original_topic']).toBe(topic);
      const effects = await waitFor('effects of the valid events', async () => {
        const rows: { event_id: string }[] = await dataSource.query(`SELECT event_id FROM probe_effects ORDER BY id`);
        return rows.length >= 2 ? rows : undefined;
      });
      expect(effects.map((row) => row.event_id)).toEqual(['ok-1', 'ok-2']);
    } finally {
      await consumer.stop();
      await dlq.stop();
    }
  });
});
