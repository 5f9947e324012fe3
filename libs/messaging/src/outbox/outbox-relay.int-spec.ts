import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { defineEvent, type TopicName } from '@aeo/contracts';
import { collectMessages, createTopics, testEnv, uniqueName, waitFor } from '@aeo/testing';
import { OutboxWriter } from './outbox-writer';
import { DEFAULT_MAX_BATCH_BYTES, OutboxRelay } from './outbox-relay';
import { createSingleAttemptProducer } from '../kafka/kafka-client';
import { EventConsumer } from '../consumer/event-consumer';
import { countEffects, outboxSentAt, recordEffect } from '../testing/probe-effects';
import { defineTestEvent, useMessagingTestbed } from '../testing/test-fixtures';

jest.setTimeout(90_000);

describe('transactional outbox against real PostgreSQL and Kafka', () => {
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const topic = uniqueName('test.outbox.events.v1');
  const Probe = defineTestEvent(topic);
  const writer = new OutboxWriter('/aeo/test');

  const bed = useMessagingTestbed('outbox', topic, 3);
  beforeAll(() => ({ dataSource, kafka, producer } = bed));

  const append = (probeId: string, sequence: number) =>
    dataSource.transaction((manager) =>
      writer.append(manager, Probe, {
        subject: `${probeId}-${sequence}`,
        aggregateId: probeId,
        data: { probeId, sequence },
      }),
    );

  it('publishes committed events in per-aggregate order, keyed by aggregate, even with two relays racing', async () => {
    for (let sequence = 0; sequence < 40; sequence++) {
      for (const probeId of ['alpha', 'beta', 'gamma']) await append(`order-${probeId}`, sequence);
    }
    await expect(
      dataSource.transaction(async (manager) => {
        await writer.append(manager, Probe, {
          subject: 'rolled-back',
          aggregateId: 'order-alpha',
          data: { probeId: 'order-alpha', sequence: 999 },
        });
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule failed');

    const collector = await collectMessages(kafka, [topic]);
    const relays = [
      new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), { batchSize: 7, pollIntervalMs: 20 }),
      new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), { batchSize: 5, pollIntervalMs: 20 }),
    ];
    relays.forEach((relay) => relay.start());
    try {
      const messages = await collector.waitForCount(
        120,
        30_000,
        (m) => m.message.key?.toString().startsWith('order-') ?? false,
      );
      for (const probeId of ['order-alpha', 'order-beta', 'order-gamma']) {
        const sequences = messages
          .filter((m) => m.message.key?.toString() === probeId)
          .map((m) => JSON.parse(m.message.value!.toString()).sequence);
        expect(sequences).toEqual([...Array(40).keys()]);
      }
      const first = messages[0];
      expect(first.headers).toMatchObject({ ce_type: Probe.type, ce_source: '/aeo/test', ce_specversion: '1.0' });
      expect(messages.some((m) => JSON.parse(m.message.value!.toString()).sequence === 999)).toBe(false);
      await waitFor('all rows marked sent', async () => (await relays[0].pendingCount()) === 0);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
      await collector.stop();
    }
  });

  it('delivers to the consumer effect exactly once although the relay is killed between send and mark', async () => {
    const probeId = 'crash-probe';
    const eventId = await append(probeId, 1);

    const child = spawn(
      process.execPath,
      ['-r', join(testEnv.repoRoot, 'tools/register.js'), join(__dirname, '../testing/relay-crash-child.ts')],
      {
        cwd: testEnv.repoRoot,
        env: { ...process.env, TEST_DATABASE_URL: bed.databaseUrl },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let childOutput = '';
    child.stdout.on('data', (chunk) => (childOutput += chunk));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, sig) => resolve(sig)),
    );
    expect(signal).toBe('SIGKILL');
    expect(childOutput).toContain('sent 1');
    expect(await outboxSentAt(dataSource, eventId)).toBeNull();

    const consumer = new EventConsumer({
      name: uniqueName('probe-consumer'),
      topics: [topic],
      dataSource,
      kafka,
      producer,
    }).on(Probe, async (event, manager) => {
      await recordEffect(manager, { probeId: event.data.probeId, sequence: event.data.sequence, eventId: event.id });
    });
    const collector = await collectMessages(kafka, [topic]);
    const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
      batchSize: 100,
      pollIntervalMs: 20,
    });
    relay.start();
    await consumer.start();
    try {
      const copies = await collector.waitForCount(2, 30_000, (m) => m.headers['ce_id'] === eventId);
      expect(copies).toHaveLength(2);
      await waitFor('the effect', async () => (await countEffects(dataSource, eventId)) >= 1);
      await waitFor('both copies through the inbox', async () => {
        const n = await countEffects(dataSource);
        const sent = (await outboxSentAt(dataSource, eventId)) ? 1 : 0;
        return sent === 1 && n >= 1;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await countEffects(dataSource, eventId)).toBe(1);
    } finally {
      await relay.stop();
      await consumer.stop();
      await collector.stop();
    }
  });

  it('connects a producer that was never connected (a service booted while Kafka was down)', async () => {
    const eventId = await append('late-producer', 1);
    const unconnected = createSingleAttemptProducer(kafka);
    const collector = await collectMessages(kafka, [topic]);
    const relay = new OutboxRelay(dataSource, () => unconnected, { batchSize: 10, pollIntervalMs: 20, concurrency: 1 });
    relay.start();
    try {
      await collector.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === eventId);
    } finally {
      await relay.stop();
      await unconnected.disconnect();
      await collector.stop();
    }
  });

  it("publishes to the topic under topicPrefix (a test's own copy), not to the platform's", async () => {
    const prefix = `${uniqueName('test-prefix')}.`;
    await createTopics(kafka, [prefix + topic], 3);
    const eventId = await append('prefixed', 1);
    const collector = await collectMessages(kafka, [prefix + topic, topic]);
    const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
      batchSize: 10,
      pollIntervalMs: 20,
      concurrency: 1,
      topicPrefix: prefix,
    });
    relay.start();
    try {
      const [message] = await collector.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === eventId);
      expect(message.topic).toBe(prefix + topic);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(collector.messages.filter((m) => m.headers['ce_id'] === eventId)).toHaveLength(1);
    } finally {
      await relay.stop();
      await collector.stop();
    }
  });

  it('publishes a committed event at once when told by the writer (LISTEN/NOTIFY), not at its next poll', async () => {
    const collector = await collectMessages(kafka, [topic]);
    // A poll a minute away: only the writer's notification can get the events out within the test's bound.
    const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
      batchSize: 10,
      pollIntervalMs: 60_000,
      notifyConnectionString: bed.databaseUrl,
    });
    relay.start();
    try {
      // Let the relay's first claim (at start) and its LISTEN pass, so the loops sleep their minute.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (let sequence = 1; sequence <= 3; sequence++) {
        const eventId = await append('notified', sequence);
        const sentAt = Date.now();
        await collector.waitForCount(1, 10_000, (m) => m.headers['ce_id'] === eventId);
        expect(Date.now() - sentAt).toBeLessThan(10_000);
      }
    } finally {
      await relay.stop();
      await collector.stop();
    }
  });

  describe('sends bounded by bytes, as the broker limits a record batch (message.max.bytes, 1 MB) and not a message', () => {
    const largeTopic = uniqueName('test.outbox.large.v1');
    const Large = defineEvent({
      type: 'aeo.test-large-probe.happened.v1',
      topic: largeTopic as TopicName,
      aggregateType: 'probe',
      summary: 'test probe with a payload of a given size',
      schema: z.object({ probeId: z.string(), sequence: z.number().int(), padding: z.string() }),
    });
    beforeAll(() => createTopics(kafka, [largeTopic], 3));

    const appendLarge = (probeId: string, sequence: number, kib: number) =>
      dataSource.transaction((manager) =>
        writer.append(manager, Large, {
          subject: `${probeId}-${sequence}`,
          aggregateId: probeId,
          data: { probeId, sequence, padding: 'x'.repeat(kib * 1024) },
        }),
      );

    /** What the relay reports at warn and error level (a refused batch, a parked event). */
    const recordingLogger = () => {
      const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
      const at = (level: string) => (fields: Record<string, unknown>, message: string) =>
        lines.push({ level, message, fields });
      const logger = { info: () => undefined, warn: at('warn'), error: at('error') } as unknown as Logger;
      return { logger, lines };
    };

    const sequencesOf = (messages: { message: { value: Buffer | null } }[]) =>
      messages.map((m) => JSON.parse(m.message.value!.toString()).sequence);

    it('relays several 300-500 KiB events of one aggregate in order, without a refused batch or one-by-one fallback', async () => {
      const sizes = [300, 420, 500, 360, 480, 1];
      for (const [sequence, kib] of sizes.entries()) await appendLarge('large-order', sequence, kib);
      const { logger, lines } = recordingLogger();
      const collector = await collectMessages(kafka, [largeTopic]);
      const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
        batchSize: 500,
        pollIntervalMs: 20,
        logger,
      });
      relay.start();
      try {
        const messages = await collector.waitForCount(
          sizes.length,
          30_000,
          (m) => m.message.key?.toString() === 'large-order',
        );
        expect(sequencesOf(messages)).toEqual([...sizes.keys()]);
        await waitFor('all rows marked sent', async () => (await relay.pendingCount()) === 0);
      } finally {
        await relay.stop();
        await collector.stop();
      }
      // Without the bytes cap all six go in one record batch: MESSAGE_TOO_LARGE, a warning, isolation.
      expect(lines).toEqual([]);
      const [{ attempts }] = await dataSource.query(
        `SELECT max(attempts)::int AS attempts FROM outbox WHERE aggregateid = 'large-order'`,
      );
      expect(attempts).toBe(1);
    });

    it('parks an event larger than a send may be at once, with the reason; its aggregate waits, others go on', async () => {
      const tooLarge = await appendLarge('large-parked', 0, DEFAULT_MAX_BATCH_BYTES / 1024 + 8);
      const behindIt = await appendLarge('large-parked', 1, 1);
      const other = await appendLarge('large-other', 0, 1);
      const { logger, lines } = recordingLogger();
      const collector = await collectMessages(kafka, [largeTopic]);
      const relay = new OutboxRelay(dataSource, () => createSingleAttemptProducer(kafka), {
        batchSize: 500,
        pollIntervalMs: 20,
        logger,
      });
      relay.start();
      try {
        await collector.waitForCount(1, 30_000, (m) => m.headers['ce_id'] === other);
        await waitFor('the large event parked', async () => lines.some((line) => line.level === 'error'));
      } finally {
        await relay.stop();
        await collector.stop();
      }
      expect(lines).toEqual([
        expect.objectContaining({
          level: 'error',
          message: expect.stringContaining('outbox event parked'),
          fields: expect.objectContaining({ eventId: tooLarge, aggregateId: 'large-parked' }),
        }),
      ]);
      const rows: { id: string; sent: boolean; attempts: number; last_error: string | null }[] = await dataSource.query(
        `SELECT id, sent_at IS NOT NULL AS sent, attempts, last_error FROM outbox WHERE id = ANY($1::uuid[]) ORDER BY seq`,
        [[tooLarge, behindIt]],
      );
      expect(rows).toEqual([
        {
          id: tooLarge,
          sent: false,
          attempts: 10,
          last_error: expect.stringMatching(
            /^event of \d+ bytes is larger than the outbox relay's send limit of 786432 bytes/,
          ),
        },
        { id: behindIt, sent: false, attempts: 0, last_error: null },
      ]);
      expect(collector.messages.some((m) => m.message.key?.toString() === 'large-parked')).toBe(false);
    });
  });
});
