import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Kafka, Producer } from 'kafkajs';
import { toKafkaRecord } from '@aeo/contracts';
import { testEnv, uniqueName, waitFor } from '@aeo/testing';
import { EventConsumer, type EventConsumerOptions } from './event-consumer';
import { PIPELINED_PROBE_TUNING, effectsRecorded, recordPartitionEffects } from '../testing/probe-effects';
import { defineTestEvent, useMessagingTestbed } from '../testing/test-fixtures';

jest.setTimeout(120_000);

/**
 * A consumer with Kafka batches under way at once (`maxBatchesInFlight`, the benefit fold's
 * setting): it fetches and decodes on while the database works, keeps each partition's work in
 * order, commits a partition's offset only after its work committed, and loses nothing when it is
 * killed with batches under way.
 */
describe('pipelined event consumer against real Kafka and PostgreSQL', () => {
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const topic = uniqueName('test.pipelined.events.v1');
  const Probe = defineTestEvent(topic);
  const bed = useMessagingTestbed('pipelined', topic, 2);
  beforeAll(() => ({ dataSource, kafka, producer } = bed));

  /** `count` events of `prefix` on each of the topic's two partitions, sequence 0.. in order, 10 a send. */
  async function produce(prefix: string, count: number): Promise<void> {
    for (let start = 0; start < count; start += 10)
      for (const partition of [0, 1]) await produceOn(prefix, partition, start, Math.min(start + 10, count));
  }

  /** Events `from`..`to - 1` of `prefix` on `partition`, in one send (one Kafka record batch). */
  async function produceOn(prefix: string, partition: number, from: number, to: number): Promise<void> {
    await producer.send({
      topic,
      messages: Array.from({ length: to - from }, (_, i) => {
        const sequence = from + i;
        const record = toKafkaRecord(
          {
            id: `${prefix}-${partition}-${sequence}`,
            type: Probe.type,
            source: '/aeo/test',
            subject: 's',
            time: new Date().toISOString(),
            data: { probeId: prefix, sequence },
          },
          `key-${partition}`,
        );
        return { ...record, partition };
      }),
    });
  }

  async function committed(groupId: string): Promise<number[]> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return partitions.sort((a, b) => a.partition - b.partition).map((p) => Math.max(0, Number(p.offset)));
    } finally {
      await admin.disconnect();
    }
  }

  async function endOffsets(): Promise<number[]> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(topic))
        .sort((a, b) => a.partition - b.partition)
        .map((p) => Number(p.high));
    } finally {
      await admin.disconnect();
    }
  }

  /** The group's offsets set to `offsets` before it joins: it reads exactly the test's records. */
  async function startAt(groupId: string, offsets: number[]): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.setOffsets({
        groupId,
        topic,
        partitions: offsets.map((offset, partition) => ({ partition, offset: String(offset) })),
      });
    } finally {
      await admin.disconnect();
    }
  }

  /** A consumer of the test topic with the pipelined tuning (its group's offsets set by startAt). */
  const pipelinedConsumer = (groupId: string, tuning: Partial<EventConsumerOptions> = {}) =>
    new EventConsumer({
      name: groupId,
      topics: [topic],
      dataSource,
      kafka,
      producer,
      ...PIPELINED_PROBE_TUNING,
      ...tuning,
    });

  const ofPrefix = async (prefix: string) =>
    (await effectsRecorded(dataSource)).filter((effect) => effect.eventId.startsWith(`${prefix}-`));

  it("works on the other partition and fetches on while one partition's work waits, commits that partition only after its work, in order", async () => {
    const prefix = uniqueName('gate');
    const groupId = uniqueName('pipelined-gate');
    const before = await endOffsets();
    await produce(prefix, 60);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: string[] = [];
    const consumer = pipelinedConsumer(groupId).onBatch(Probe, async (events, manager) => {
      const own = events.filter((event) => event.data.probeId === prefix);
      // Partition 0's first run waits for the gate (its transaction open).
      if (own.some((event) => event.partition === 0 && event.data.sequence === 0)) await gate;
      handled.push(...own.map((event) => event.id));
      await recordPartitionEffects(manager, own);
    });
    await startAt(groupId, before);
    await consumer.start();
    try {
      // Partition 1's batches are folded and committed while partition 0's first work waits (until
      // partition 0 has maxBatchesInFlight batches under way: a fetch's batches are all taken before the next fetch).
      await waitFor('partition 1 folded and committed while partition 0 waits', async () =>
        (await ofPrefix(prefix)).filter((e) => e.probeId === 'p1').length >= 10 &&
        (await committed(groupId))[1] > before[1]
          ? true
          : undefined,
      );
      expect((await ofPrefix(prefix)).filter((e) => e.probeId === 'p0')).toEqual([]);
      // Nothing of partition 0 is committed while its first work is under way.
      expect((await committed(groupId))[0]).toBe(before[0]);
      // Partition 1's committed offset never passes its folded events.
      const p1 = (await ofPrefix(prefix)).filter((e) => e.probeId === 'p1').length;
      expect((await committed(groupId))[1] - before[1]).toBeLessThanOrEqual(p1);
      release();
      await waitFor('both partitions folded', async () => ((await ofPrefix(prefix)).length === 120 ? true : undefined));
      await waitFor('both partitions committed to the end', async () =>
        (await committed(groupId)).every((offset, p) => offset === before[p] + 60) ? true : undefined,
      );
      // Each partition's events in order, once.
      for (const partition of [0, 1]) {
        const ids = handled.filter((id) => id.startsWith(`${prefix}-${partition}-`));
        expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => `${prefix}-${partition}-${i}`));
      }
    } finally {
      release();
      await consumer.stop();
    }
  });

  it('joinPartitions: batches of both partitions that waited share a transaction and an offset commit, each partition in order', async () => {
    const prefix = uniqueName('join');
    const groupId = uniqueName('pipelined-join');
    const before = await endOffsets();
    // Partition 0's first ten events only (so the first transaction is partition 0's, whatever a
    // fetch brings); the rest is produced in steps below.
    await produceOn(prefix, 0, 0, 10);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let gated = false;
    const calls: { partitions: number[]; ids: string[] }[] = [];
    // One bundle at a time, of up to 30 events (three Kafka batches of ten); the first transaction
    // waits for the gate while later batches of both partitions are fetched and wait.
    const maxBatchSize = 30;
    const tuning = { joinPartitions: true, partitionsConsumedConcurrently: 1, maxBatchSize };
    const consumer = pipelinedConsumer(groupId, tuning).onBatch(Probe, async (events, manager) => {
      const own = events.filter((event) => event.data.probeId === prefix);
      if (calls.length === 0) {
        gated = true;
        await gate;
      }
      calls.push({ partitions: [...new Set(own.map((event) => event.partition))], ids: own.map((event) => event.id) });
      await recordPartitionEffects(manager, own);
    });
    // The consumer's queue of decoded batches waiting for their work (private; read to know, not to
    // guess with a sleep, what has been fetched while the first transaction waits).
    const waiting = () => (consumer as unknown as { waiting: { partition: number; events: number }[] }).waiting;
    const waitingOf = (partition: number) => waiting().filter((batch) => batch.partition === partition).length;
    await startAt(groupId, before);
    await consumer.start();
    try {
      await waitFor('the first transaction at the gate', () => gated || undefined);
      expect(calls).toEqual([]);
      // Queued in a known order, oldest first, each produced once the one before waits: partition
      // 1's first batch, then partition 0's second.
      await produceOn(prefix, 1, 0, 10);
      await waitFor("partition 1's first batch waiting", () => waitingOf(1) === 1 || undefined);
      await produceOn(prefix, 0, 10, 20);
      await waitFor("partition 0's second batch waiting", () => waitingOf(0) === 1 || undefined);
      // Then the rest, until the in-flight limit (six batches: one at the gate, five waiting) is reached.
      for (let start = 10; start < 60; start += 10) {
        if (start >= 20) await produceOn(prefix, 0, start, start + 10);
        await produceOn(prefix, 1, start, start + 10);
      }
      await waitFor('five batches waiting', () => waiting().length === 5 || undefined);
      expect(
        waiting()
          .slice(0, 2)
          .map((batch) => batch.partition),
      ).toEqual([1, 0]);
      release();
      await waitFor('both partitions folded', async () => ((await ofPrefix(prefix)).length === 120 ? true : undefined));
      await waitFor('both partitions committed to the end', async () =>
        (await committed(groupId)).every((offset, p) => offset === before[p] + 60) ? true : undefined,
      );
      // The first transaction after the gate took the oldest waiting batches, of both partitions.
      expect(calls[1].partitions.sort()).toEqual([0, 1]);
      // No transaction over maxBatchSize events (fifty waited at the gate).
      expect(calls[1].ids.length).toBe(maxBatchSize);
      expect(Math.max(...calls.map((call) => call.ids.length))).toBeLessThanOrEqual(maxBatchSize);
      // Each partition's events once, in order.
      const handled = calls.flatMap((call) => call.ids);
      for (const partition of [0, 1])
        expect(handled.filter((id) => id.startsWith(`${prefix}-${partition}-`))).toEqual(
          Array.from({ length: 60 }, (_, i) => `${prefix}-${partition}-${i}`),
        );
    } finally {
      release();
      await consumer.stop();
    }
  });

  it.each([
    ['one partition a transaction', false],
    ['joinPartitions', true],
  ])(
    'loses nothing and folds nothing twice when killed with batches under way (%s): committed offsets never pass committed work',
    async (_mode, joinPartitions) => {
      const prefix = uniqueName('crash');
      const groupId = uniqueName('pipelined-crash');
      const before = await endOffsets();
      await produce(prefix, 80);
      await startAt(groupId, before);

      const child = spawn(
        process.execPath,
        ['-r', join(testEnv.repoRoot, 'tools/register.js'), join(__dirname, '../testing/pipelined-crash-child.ts')],
        {
          cwd: testEnv.repoRoot,
          env: {
            ...process.env,
            TEST_DATABASE_URL: bed.databaseUrl,
            TEST_TOPIC: topic,
            TEST_GROUP: groupId,
            CRASH_AT: '55',
            TEST_JOIN_PARTITIONS: joinPartitions ? '1' : '0',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, sig) => resolve(sig)),
      );
      expect(signal).toBe('SIGKILL');
      expect(output).toContain('crashing at 55');

      // What the dead consumer left: every committed offset is covered by committed effects.
      const left = await ofPrefix(prefix);
      const offsets = await committed(groupId);
      for (const partition of [0, 1]) {
        const done = left.filter((e) => e.probeId === `p${partition}`).map((e) => e.sequence);
        expect(new Set(done).size).toBe(done.length);
        const committedHere = offsets[partition] - before[partition];
        for (let sequence = 0; sequence < committedHere; sequence++) expect(done).toContain(sequence);
      }

      // The crash left work to redo (the crashed run at least).
      expect(offsets.some((offset, p) => offset - before[p] < 80)).toBe(true);

      // Another member of the group takes over from the committed offsets: everything once, in order.
      const consumer = pipelinedConsumer(groupId, { joinPartitions }).onBatch(Probe, async (events, manager) => {
        await recordPartitionEffects(
          manager,
          events.filter((event) => event.data.probeId === prefix),
        );
      });
      await consumer.start();
      try {
        await waitFor('every event folded', async () => ((await ofPrefix(prefix)).length >= 160 ? true : undefined));
        await waitFor('offsets committed to the end', async () =>
          (await committed(groupId)).every((offset, p) => offset === before[p] + 80) ? true : undefined,
        );
        const effects = await ofPrefix(prefix);
        expect(effects).toHaveLength(160);
        for (const partition of [0, 1])
          expect(effects.filter((e) => e.probeId === `p${partition}`).map((e) => e.sequence)).toEqual(
            Array.from({ length: 80 }, (_, i) => i),
          );
      } finally {
        await consumer.stop();
      }
    },
  );
});
