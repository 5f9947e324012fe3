import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { z } from 'zod';
import { ComplianceRecorded, defineEvent, SAFE_TEXT_MESSAGE, toKafkaRecord, TopicName } from '@aeo/contracts';
import { collectMessages, createTopics, uniqueName, waitFor } from '@aeo/testing';
import { EventConsumer, PermanentEventError, type BatchEventHandler } from './event-consumer';
import { ConsumerHost } from './consumer-host';
import { countInbox, effectsRecorded, recordEffect, recordEffects } from '../testing/probe-effects';
import { defineTestEvent, useMessagingTestbed } from '../testing/test-fixtures';

jest.setTimeout(60_000);

describe('event consumer against real Kafka and PostgreSQL', () => {
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const topic = uniqueName('test.consumer.events.v1');
  const Probe = defineTestEvent(topic);
  const envelope = (id: string, data: unknown, type = Probe.type) =>
    toKafkaRecord({ id, type, source: '/aeo/test', subject: 's', time: new Date().toISOString(), data }, 'probe-1');

  const bed = useMessagingTestbed('consumer', topic, 1);
  beforeAll(() => ({ dataSource, kafka, producer } = bed));

  it('dead-letters malformed and invalid events with the reason, skips unknown types, and carries on', async () => {
    const consumer = new EventConsumer({
      name: uniqueName('probe'),
      topics: [topic],
      dataSource,
      kafka,
      producer,
      maxAttempts: 2,
    }).on(Probe, async (event, manager) => {
      if (event.data.probeId === 'always-fails') throw new PermanentEventError('downstream refused');
      await recordEffect(manager, { probeId: event.data.probeId, sequence: event.data.sequence, eventId: event.id });
    });
    const dlq = await collectMessages(kafka, [`${topic}.dlq`]);
    await producer.send({
      topic,
      messages: [
        {
          key: 'probe-1',
          value: 'not even json',
          headers: { ce_id: 'bad-1', ce_type: Probe.type, ce_source: '/x', ce_specversion: '1.0', ce_subject: 's' },
        },
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
        const rows = await effectsRecorded(dataSource);
        return rows.length >= 2 ? rows : undefined;
      });
      expect(effects.map((row) => row.eventId)).toEqual(['ok-1', 'ok-2']);
    } finally {
      await consumer.stop();
      await dlq.stop();
    }
  });

  it('dead-letters platform events carrying text PostgreSQL cannot store (NUL, unpaired surrogates, invalid UTF-8) with the field, and handles the rest', async () => {
    const complianceTopic = uniqueName('test.compliance.events.v1');
    await createTopics(kafka, [complianceTopic, `${complianceTopic}.dlq`], 1);
    // The platform's own schema of aeo.compliance.recorded.v1, on a topic of this test.
    const Compliance = { ...ComplianceRecorded, topic: complianceTopic as TopicName };
    const record = (id: string, description: string, subject = 'trader-1') =>
      toKafkaRecord(
        {
          id,
          type: Compliance.type,
          source: '/aeo/test',
          subject,
          time: new Date().toISOString(),
          data: {
            complianceEventId: id,
            taxpayerId: '1234567',
            kind: 'penalty',
            severity: 'minor',
            occurredAt: new Date().toISOString(),
            recordedBy: 'officer-1',
            description,
          },
        },
        'trader-1',
      );
    const invalidUtf8 = record('text-bad-utf8', 'Late declaration AB');
    const consumer = new EventConsumer({
      name: uniqueName('text-safety'),
      topics: [complianceTopic],
      dataSource,
      kafka,
      producer,
      maxAttempts: 2,
    }).on(Compliance, async (event, manager) => {
      await recordEffect(manager, { probeId: event.data.description, sequence: 0, eventId: event.id });
    });
    const dlq = await collectMessages(kafka, [`${complianceTopic}.dlq`]);
    await producer.send({
      topic: complianceTopic,
      messages: [
        record('text-nul', 'Late\u0000 declaration'),
        record('text-surrogate', 'Late declaration \uD83D'),
        record('text-subject', 'Late declaration', 'trader\u0000'),
        {
          ...invalidUtf8,
          value: Buffer.from(
            Buffer.from(invalidUtf8.value.replace('AB', '\u0001\u0001')).map((byte) => (byte === 0x01 ? 0xff : byte)),
          ),
        },
        record('text-ok', 'Хоцорсон мэдүүлэг 📦'),
      ],
    });
    await consumer.start();
    try {
      const dead = await dlq.waitForCount(4);
      const reasons = Object.fromEntries(dead.map((m) => [m.headers['ce_id'], m.headers['dlq_reason']]));
      expect(reasons).toEqual({
        'text-nul': `invalid aeo.compliance.recorded.v1 data: description: ${SAFE_TEXT_MESSAGE}`,
        'text-surrogate': `invalid aeo.compliance.recorded.v1 data: description: ${SAFE_TEXT_MESSAGE}`,
        'text-subject': `malformed: header ce_subject ${SAFE_TEXT_MESSAGE}`,
        'text-bad-utf8': 'malformed: value is not valid UTF-8',
      });
      const effects = await waitFor('effect of the valid event', async () => {
        const rows = (await effectsRecorded(dataSource)).filter((row) => row.eventId.startsWith('text-'));
        return rows.length ? rows : undefined;
      });
      expect(effects.map((row) => ({ probe_id: row.probeId, event_id: row.eventId }))).toEqual([
        { probe_id: 'Хоцорсон мэдүүлэг 📦', event_id: 'text-ok' },
      ]);
    } finally {
      await consumer.stop();
      await dlq.stop();
    }
  });

  it("sends a run's dead letters in one send before its offsets move, redelivers the batch when that send fails, and folds the valid events around them in one run", async () => {
    const deadTopic = uniqueName('test.consumer.dead.v1');
    await createTopics(kafka, [deadTopic, `${deadTopic}.dlq`], 1);
    const Dead = defineTestEvent(deadTopic);
    const deadLetterSends: number[] = [];
    let refuseNextSend = true;
    // The real producer, whose first send is refused (the broker away at that moment).
    const flaky = {
      ...producer,
      send: async (record: Parameters<Producer['send']>[0]) => {
        if (refuseNextSend) {
          refuseNextSend = false;
          throw new Error('dead letters refused');
        }
        deadLetterSends.push(record.messages.length);
        return producer.send(record);
      },
    } as Producer;
    const runs: string[][] = [];
    const consumer = new EventConsumer({
      name: uniqueName('probe-dead'),
      topics: [deadTopic],
      dataSource,
      kafka,
      producer: flaky,
    }).onBatch(Dead, async (events, manager) => {
      runs.push(events.map((e) => e.id));
      await recordEffects(
        manager,
        events.map((e) => ({ probeId: e.data.probeId, sequence: e.data.sequence, eventId: e.id })),
      );
    });
    const host = new ConsumerHost(consumer);
    const dlq = await collectMessages(kafka, [`${deadTopic}.dlq`]);
    const record = (id: string, data: unknown) =>
      toKafkaRecord(
        { id, type: Dead.type, source: '/aeo/test', subject: 's', time: new Date().toISOString(), data },
        'k',
      );
    // Valid and invalid events interleaved, produced at once: one Kafka batch.
    await producer.send({
      topic: deadTopic,
      messages: Array.from({ length: 20 }, (_, i) =>
        i % 5 === 2
          ? record(`dead-x-${i}`, { probeId: 'dead', sequence: 'not a number' })
          : record(`dead-v-${i}`, { probeId: 'dead', sequence: i }),
      ),
    });
    host.start();
    try {
      const valid = Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => i % 5 !== 2)
        .map((i) => `dead-v-${i}`);
      const effects = await waitFor('effects of the valid events', async () => {
        const rows = (await effectsRecorded(dataSource)).filter((row) => row.eventId.startsWith('dead-v-'));
        return rows.length >= valid.length ? rows : undefined;
      });
      expect(effects.map((row) => row.eventId)).toEqual(valid);
      // The invalid records between the valid ones did not cut the run; the refused send left the offsets
      // where they were, so the batch came again: its events were in the inbox already (no second run),
      // and its four dead letters went in one send.
      const dead = await dlq.waitForCount(4);
      expect(deadLetterSends).toEqual([4]);
      expect(runs).toEqual([valid]);
      expect(dead.map((m) => m.headers['ce_id'])).toEqual(['dead-x-2', 'dead-x-7', 'dead-x-12', 'dead-x-17']);
      expect(dead.map((m) => m.headers['dlq_original_offset'])).toEqual(['2', '7', '12', '17']);
      expect(dead[0].headers['dlq_reason']).toMatch(/^invalid aeo.test-probe.happened.v1 data: sequence: /);
      expect(await countInbox(dataSource, ['dead-%'])).toBe(valid.length);
    } finally {
      await host.stop();
      await dlq.stop();
    }
  });

  it('handles a run of events in one transaction, skips redelivered ones, and isolates a failing event when the batch fails', async () => {
    const batchSizes: number[] = [];
    const consumer = new EventConsumer({
      name: uniqueName('probe-batch'),
      topics: [topic],
      dataSource,
      kafka,
      producer,
      maxAttempts: 2,
    }).onBatch(Probe, async (events, manager) => {
      batchSizes.push(events.length);
      for (const event of events) {
        if (event.data.probeId === 'poison') throw new PermanentEventError('poison event');
      }
      await recordEffects(
        manager,
        events.map((e) => ({ probeId: e.data.probeId, sequence: e.data.sequence, eventId: e.id })),
      );
    });
    const dlq = await collectMessages(kafka, [`${topic}.dlq`]);
    const batchTopicRecords = [
      ...Array.from({ length: 40 }, (_, i) => envelope(`b-${i}`, { probeId: 'batch', sequence: i })),
      envelope('b-3', { probeId: 'batch', sequence: 3 }),
      envelope('b-poison', { probeId: 'poison', sequence: 99 }),
      ...Array.from({ length: 10 }, (_, i) => envelope(`c-${i}`, { probeId: 'batch', sequence: 100 + i })),
    ];
    await producer.send({ topic, messages: batchTopicRecords });
    await consumer.start();
    try {
      const dead = await dlq.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === 'b-poison');
      expect(dead[0].headers['dlq_reason']).toMatch(/handler failed after 2 attempts: poison event/);
      const effects = await waitFor('effects of the batch', async () => {
        const rows = (await effectsRecorded(dataSource)).filter((row) => row.probeId === 'batch');
        return rows.length >= 50 ? rows : undefined;
      });
      // Every valid event once, in order; the redelivered b-3 and the poison event left no effect.
      expect(effects.map((row) => row.eventId)).toEqual([
        ...Array.from({ length: 40 }, (_, i) => `b-${i}`),
        ...Array.from({ length: 10 }, (_, i) => `c-${i}`),
      ]);
      // At least one transaction took many events at once.
      expect(Math.max(...batchSizes)).toBeGreaterThan(1);
      expect(await countInbox(dataSource, ['b-%', 'c-%'])).toBe(50);
    } finally {
      await consumer.stop();
      await dlq.stop();
    }
  });

  it('folds interleaved types registered withOtherTypes in shared transactions, each type to its handler in order', async () => {
    const Other = defineTestEvent(topic, 'aeo.test-probe.other.v1');
    const transactionsByType = new Map<string, Set<string>>();
    const handler: BatchEventHandler<{ probeId: string; sequence: number }> = async (events, manager) => {
      const [{ txid }] = (await manager.query('SELECT txid_current()::text AS txid')) as { txid: string }[];
      transactionsByType.set(txid, new Set([...(transactionsByType.get(txid) ?? []), ...events.map((e) => e.type)]));
      await recordEffects(
        manager,
        events.map((e) => ({ probeId: e.data.probeId, sequence: e.data.sequence, eventId: e.id })),
      );
    };
    const consumer = new EventConsumer({
      name: uniqueName('probe-mixed'),
      topics: [topic],
      dataSource,
      kafka,
      producer,
    })
      .onBatch(Probe, handler, { withOtherTypes: true })
      .onBatch(Other, handler, { withOtherTypes: true });
    await producer.send({
      topic,
      messages: Array.from({ length: 30 }, (_, i) =>
        envelope(`m-${i}`, { probeId: 'mixed', sequence: 200 + i }, i % 3 === 0 ? Other.type : Probe.type),
      ),
    });
    await consumer.start();
    try {
      // A fresh group reads the topic from its start: the earlier tests' events are folded again (their own effects).
      const effects = await waitFor('effects of the interleaved types', async () => {
        const rows = (await effectsRecorded(dataSource)).filter((row) => row.eventId.startsWith('m-'));
        return rows.length >= 30 ? rows : undefined;
      });
      expect(effects.map((row) => row.eventId)).toEqual(Array.from({ length: 30 }, (_, i) => `m-${i}`));
      expect([...transactionsByType.values()].some((types) => types.size === 2)).toBe(true);
      expect(await countInbox(dataSource, ['m-%'])).toBe(30);
    } finally {
      await consumer.stop();
    }
  });
  it('claims no inbox rows for a handler registered idempotentByKey: a redelivered event reaches it again, and its keyed effect stays one', async () => {
    await dataSource.query('CREATE TABLE IF NOT EXISTS keyed_probe (event_id text PRIMARY KEY, sequence int NOT NULL)');
    const given: string[] = [];
    const consumer = new EventConsumer({
      name: uniqueName('probe-keyed'),
      topics: [topic],
      dataSource,
      kafka,
      producer,
    }).onBatch(
      Probe,
      async (events, manager) => {
        const own = events.filter((e) => e.id.startsWith('k-'));
        given.push(...own.map((e) => e.id));
        for (const event of own)
          await manager.query('INSERT INTO keyed_probe VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [
            event.id,
            event.data.sequence,
          ]);
      },
      { idempotentByKey: true },
    );
    await producer.send({
      topic,
      messages: [
        envelope('k-1', { probeId: 'keyed', sequence: 1 }),
        envelope('k-2', { probeId: 'keyed', sequence: 2 }),
        envelope('k-1', { probeId: 'keyed', sequence: 1 }),
      ],
    });
    await consumer.start();
    try {
      // `given` fills inside the transaction: wait for its commit too (the rows), not the handler alone.
      await waitFor(
        'the keyed events handled and committed',
        async () =>
          given.length >= 3 && Number((await dataSource.query('SELECT count(*) AS n FROM keyed_probe'))[0].n) >= 2,
      );
      // The inbox would have kept the second k-1 from the handler; without it the key does.
      expect(given).toEqual(['k-1', 'k-2', 'k-1']);
      expect(await dataSource.query('SELECT event_id, sequence FROM keyed_probe ORDER BY event_id')).toEqual([
        { event_id: 'k-1', sequence: 1 },
        { event_id: 'k-2', sequence: 2 },
      ]);
      expect(await countInbox(dataSource, ['k-%'])).toBe(0);
    } finally {
      await consumer.stop();
    }
  });

  it('reads its topics under topicPrefix (dead letters too), and dead-letters an event naming a region outside customsRegions (in its regionFields too)', async () => {
    const prefix = `${uniqueName('test-prefix')}.`;
    const regionalTopic = uniqueName('test.regional.events.v1');
    await createTopics(
      kafka,
      [regionalTopic, `${regionalTopic}.dlq`, prefix + regionalTopic, `${prefix}${regionalTopic}.dlq`],
      1,
    );
    const Regional = defineEvent({
      type: 'aeo.test-regional.happened.v1',
      topic: regionalTopic as TopicName,
      aggregateType: 'probe',
      summary: 'test probe with regions',
      schema: z.object({
        probeId: z.string(),
        region: z.string().optional(),
        holders: z.array(z.object({ region: z.string() })).default([]),
        /** As a deviation case's: a region, or `national`. */
        scope: z.string().optional(),
      }),
      regionFields: ['scope'],
    });
    const regional = (id: string, data: unknown) =>
      toKafkaRecord(
        { id, type: Regional.type, source: '/aeo/test', subject: 's', time: new Date().toISOString(), data },
        'r',
      );
    const consumer = new EventConsumer({
      name: uniqueName('regional'),
      topics: [regionalTopic],
      topicPrefix: prefix,
      customsRegions: ['ULAANBAATAR', 'DARKHAN'],
      dataSource,
      kafka,
      producer,
    }).on(Regional, async (event, manager) => {
      await recordEffect(manager, { probeId: event.data.probeId, sequence: 0, eventId: event.id });
    });
    const dlq = await collectMessages(kafka, [`${prefix}${regionalTopic}.dlq`, `${regionalTopic}.dlq`]);
    // On the topic without the prefix: another platform's, never read.
    await producer.send({
      topic: regionalTopic,
      messages: [regional('r-elsewhere', { probeId: 'elsewhere', region: 'ULAANBAATAR' })],
    });
    await producer.send({
      topic: prefix + regionalTopic,
      messages: [
        regional('r-mars', { probeId: 'mars', region: 'MARS' }),
        regional('r-nested', {
          probeId: 'nested',
          region: 'DARKHAN',
          holders: [{ region: 'DARKHAN' }, { region: 'MARS' }],
        }),
        regional('r-ok', { probeId: 'ok', region: 'ULAANBAATAR', holders: [{ region: 'DARKHAN' }] }),
        regional('r-none', { probeId: 'none' }),
        regional('r-scope', { probeId: 'scope', scope: 'MARS' }),
        regional('r-national', { probeId: 'national', scope: 'national' }),
      ],
    });
    await consumer.start();
    try {
      const dead = await dlq.waitForCount(3);
      expect(dead.map((m) => [m.topic, m.headers['ce_id'], m.headers['dlq_reason']])).toEqual([
        [
          `${prefix}${regionalTopic}.dlq`,
          'r-mars',
          'invalid aeo.test-regional.happened.v1 data: region: MARS is not a customs region of the programme (ULAANBAATAR, DARKHAN)',
        ],
        [
          `${prefix}${regionalTopic}.dlq`,
          'r-nested',
          'invalid aeo.test-regional.happened.v1 data: holders.1.region: MARS is not a customs region of the programme (ULAANBAATAR, DARKHAN)',
        ],
        [
          `${prefix}${regionalTopic}.dlq`,
          'r-scope',
          'invalid aeo.test-regional.happened.v1 data: scope: MARS is not a customs region of the programme (ULAANBAATAR, DARKHAN)',
        ],
      ]);
      expect(dead[0].headers['dlq_original_topic']).toBe(prefix + regionalTopic);
      const effects = await waitFor('the events of customs regions handled', async () => {
        const rows = (await effectsRecorded(dataSource)).filter((row) => row.eventId.startsWith('r-'));
        return rows.length >= 3 ? rows : undefined;
      });
      expect(effects.map((row) => row.eventId)).toEqual(['r-ok', 'r-none', 'r-national']);
      // Nothing more comes: the unprefixed topic's event was never read.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await effectsRecorded(dataSource)).filter((row) => row.eventId.startsWith('r-'))).toHaveLength(3);
      expect(dlq.messages).toHaveLength(3);
    } finally {
      await consumer.stop();
      await dlq.stop();
    }
  });
});
