/**
 * The channel decision's floor with two Kafka clients in the same run: kafkajs (the platform's
 * client, no release since February 2023) and @platformatic/kafka (pure JavaScript, maintained),
 * a devDependency for this bench only. Each round reads the same seeded declarations from a
 * throw-away input topic with a fresh consumer group from the beginning, and either only reads
 * them (no-op) or does the floor of any channel-decision design (bench/lib/channel-floor.ts: the
 * CloudEvents type header, the JSON value, the contract's zod schema, one `ChannelDecided` record
 * per declaration, published by an idempotent producer with acks=all and Java-compatible murmur2
 * partitioning, pipelined with the reading) to a throw-away output topic. No client commits
 * offsets (the groups are thrown away). Kinds alternate round by round; the machine is noisy, so
 * the ratios platformatic/kafkajs of the same round are the figures to watch.
 *
 *   node -r ./tools/register.js bench/kafka-client-floor.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_EVENTS (5000 declarations), BENCH_ROUNDS (3), BENCH_SEED (random, printed),
 *   BENCH_TRADERS (500), BENCH_PARTITIONS (12, as the declaration topic), BENCH_CONCURRENCY (3 =
 *   kafkajs' partitionsConsumedConcurrently), BENCH_PHASE_TIMEOUT_MS (300000), BENCH_RESULTS, KAFKA_BROKERS.
 * Results: a table on stdout and JSON in bench/results/kafka-client-floor.json (git-ignored).
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  Consumer as PlatformaticConsumer,
  Producer as PlatformaticProducer,
  ProduceAcks,
  compatibilityPartitioner,
  stringDeserializer,
  stringSerializers,
} from '@platformatic/kafka';
import type { Kafka } from 'kafkajs';
import { DeclarationLodged, toKafkaRecord, type KafkaRecord } from '@aeo/contracts';
import { testEnv, testKafka, uniqueName } from '@aeo/testing';
import { TrafficModel } from '@aeo/traffic';
import * as kit from './lib/bench-kit';
import { floorDecisionOf } from './lib/channel-floor';

const EVENTS = kit.intEnv('BENCH_EVENTS', 5000);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 3);
const SEED = kit.intEnv('BENCH_SEED', Math.floor(Math.random() * 1_000_000), 0);
const TRADERS = kit.intEnv('BENCH_TRADERS', 500);
const PARTITIONS = kit.intEnv('BENCH_PARTITIONS', 12);
const CONCURRENCY = kit.intEnv('BENCH_CONCURRENCY', 3);
const PHASE_TIMEOUT_MS = kit.intEnv('BENCH_PHASE_TIMEOUT_MS', 300_000);
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'kafka-client-floor.json'));
const SOURCE = '/bench/kafka-client-floor';
/** Records in one send of @platformatic/kafka's producer (kafkajs sends one per fetched batch). */
const MAX_SEND = 1000;

type Ends = Map<number, number>;
type Client = 'kafkajs' | 'platformatic';
type Kind = `${Client}-${'noop' | 'floor'}`;

/** What a round reads (the input topic up to its end offsets), whether it publishes, and its name. */
interface RoundInput {
  kafka: Kafka;
  input: string;
  ends: Ends;
  floor: boolean;
  label: string;
}

interface RoundResult {
  kind: Kind;
  records: number;
  published: number;
  /** connect -> last record read, or the last publication acknowledged */
  ms: number;
}

// ------------------------------------------------------------------------------------------------
// setup: a throw-away input topic with seeded declarations
// ------------------------------------------------------------------------------------------------
async function produceInput(kafka: Kafka, topic: string): Promise<Ends> {
  const admin = await kit.connectedAdmin(kafka);
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
    });
    const model = new TrafficModel({ seed: SEED, traders: TRADERS, days: 365, until: new Date() });
    const producer = await kit.connectedProducer(kafka);
    try {
      for (let done = 0; done < EVENTS; done += 500) {
        kit.checkAbort();
        const chunk = Array.from({ length: Math.min(500, EVENTS - done) }, () => model.nextDeclaration());
        await producer.send({
          topic,
          acks: -1,
          messages: chunk.map((data) =>
            toKafkaRecord(
              {
                id: `${SEED}-${done}-${data.declarationId}`,
                type: DeclarationLodged.type,
                source: SOURCE,
                subject: data.declarationId,
                time: new Date().toISOString(),
                data,
              },
              data.traderTaxpayerId,
            ),
          ),
        });
      }
    } finally {
      await producer.disconnect();
    }
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((p) => [p.partition, Number(p.high)]));
  } finally {
    await admin.disconnect();
  }
}

async function withOutputTopic<T>(kafka: Kafka, run: (topic: string) => Promise<T>): Promise<T> {
  const admin = await kit.connectedAdmin(kafka);
  const topic = uniqueName('bench-client-floor-out');
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
    });
    return await run(topic);
  } finally {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Counts records up to the end offsets; `done` resolves with the moment the last one was read. */
function endTracker(ends: Ends) {
  const pending = new Set([...ends].filter(([, high]) => high > 0).map(([partition]) => partition));
  let records = 0;
  let resolveDone!: (at: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));
  if (pending.size === 0) resolveDone(performance.now());
  return {
    done,
    get records() {
      return records;
    },
    pending,
    /** True when the record counts (below its partition's end). */
    read(partition: number, offset: number): boolean {
      const end = ends.get(partition) ?? 0;
      if (offset >= end) return false;
      records += 1;
      if (offset >= end - 1 && pending.delete(partition) && pending.size === 0) resolveDone(performance.now());
      return true;
    },
  };
}

/** Sends pipelined with the reading; `settled` is the moment the last send was acknowledged. */
function pipelinedSends() {
  const sends: Promise<void>[] = [];
  let published = 0;
  let lastAckAt = 0;
  return {
    add(count: number, send: Promise<unknown>) {
      sends.push(
        send.then(
          () => {
            published += count;
            lastAckAt = Math.max(lastAckAt, performance.now());
          },
          (error: Error & { errors?: Error[] }) => {
            const causes = (error.errors ?? []).map((cause) => cause.message).join('; ');
            throw new Error(`a send of ${count} records failed: ${error.message}${causes ? ` (${causes})` : ''}`);
          },
        ),
      );
    },
    async settled(label: string): Promise<{ published: number; lastAckAt: number }> {
      await kit.withTimeout(Promise.all(sends), PHASE_TIMEOUT_MS, `${label}: the floor's sends`);
      return { published, lastAckAt };
    },
  };
}

/** The round's figures once every record was read and (after `drain`) every send acknowledged. */
async function roundResult(
  kind: Kind,
  label: string,
  tracker: ReturnType<typeof endTracker>,
  sends: ReturnType<typeof pipelinedSends>,
  start: number,
  drain?: () => Promise<void>,
): Promise<RoundResult> {
  const readAt = await kit.withTimeout(
    tracker.done,
    PHASE_TIMEOUT_MS,
    `${label}: to reach the end offsets (${tracker.records} records, partitions left ${[...tracker.pending].join(',')})`,
  );
  await drain?.();
  const { published, lastAckAt } = await sends.settled(label);
  return { kind, records: tracker.records, published, ms: Math.max(readAt, lastAckAt) - start };
}

// ------------------------------------------------------------------------------------------------
// kafkajs: eachBatch, one send per batch (as channel-decisions.bench.ts's floor)
// ------------------------------------------------------------------------------------------------
async function kafkajsRound({ kafka, input, ends, floor, label }: RoundInput): Promise<RoundResult> {
  const run = async (output: string | undefined): Promise<RoundResult> => {
    const tracker = endTracker(ends);
    const sends = pipelinedSends();
    const start = performance.now();
    const producer = output ? await kit.connectedProducer(kafka) : undefined;
    const { groupId, consumer } = await kit.subscribedConsumer(kafka, `bench-client-floor-kafkajs`, [input]);
    try {
      await consumer.run({
        autoCommit: false,
        partitionsConsumedConcurrently: CONCURRENCY,
        eachBatchAutoResolve: true,
        eachBatch: async ({ batch }) => {
          const decisions: KafkaRecord[] = [];
          for (const message of batch.messages) {
            if (!tracker.read(batch.partition, Number(message.offset))) break;
            if (!producer) continue;
            const decision = floorDecisionOf(message.headers?.['ce_type']?.toString(), message.value, SOURCE);
            if (decision) decisions.push(decision);
          }
          if (producer && output && decisions.length)
            sends.add(decisions.length, producer.send({ topic: output, acks: -1, messages: decisions }));
        },
      });
      return await roundResult(floor ? 'kafkajs-floor' : 'kafkajs-noop', label, tracker, sends, start);
    } finally {
      await kit.withTimeout(consumer.disconnect(), 30_000, 'kafkajs consumer disconnect').catch(() => undefined);
      await producer?.disconnect().catch(() => undefined);
      await deleteGroup(kafka, groupId);
    }
  };
  return floor ? withOutputTopic(kafka, run) : run(undefined);
}

// ------------------------------------------------------------------------------------------------
// @platformatic/kafka: the consumer's message stream; one send in flight with the records read meanwhile
// ------------------------------------------------------------------------------------------------
async function platformaticRound({ kafka, input, ends, floor, label }: RoundInput): Promise<RoundResult> {
  const brokers = testEnv.kafkaBrokers;
  const run = async (output: string | undefined): Promise<RoundResult> => {
    const tracker = endTracker(ends);
    const sends = pipelinedSends();
    const start = performance.now();
    const groupId = uniqueName('bench-client-floor-platformatic');
    const producer = output
      ? new PlatformaticProducer({
          clientId: 'aeo-bench-client-floor',
          bootstrapBrokers: brokers,
          serializers: stringSerializers,
          idempotent: true,
          acks: ProduceAcks.ALL,
          partitioner: compatibilityPartitioner,
          autocreateTopics: false,
        })
      : undefined;
    const consumer = new PlatformaticConsumer({
      clientId: 'aeo-bench-client-floor',
      bootstrapBrokers: brokers,
      groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 2000,
      rebalanceTimeout: 15_000,
      // Header values as strings (the type is read directly); the value stays a Buffer, as with kafkajs.
      deserializers: { headerKey: stringDeserializer, headerValue: stringDeserializer },
    });
    // One send in flight; the decisions read meanwhile go in the next ones, MAX_SEND at most (large
    // batches within the broker's request size, and the idempotent producer's sequence numbers
    // never race each other).
    const pending: KafkaRecord[] = [];
    let sending = false;
    const flush = () => {
      if (sending || !producer || !output || pending.length === 0) return;
      const messages = pending.splice(0, MAX_SEND).map((record) => ({ ...record, topic: output }));
      sending = true;
      sends.add(
        messages.length,
        producer.send({ messages }).finally(() => {
          sending = false;
          setImmediate(flush);
        }),
      );
    };
    try {
      const stream = await consumer.consume({ topics: [input], mode: 'earliest', autocommit: false });
      stream.on('data', (message) => {
        if (!tracker.read(message.partition, Number(message.offset)) || !producer) return;
        const decision = floorDecisionOf(message.headers.get('ce_type'), message.value, SOURCE);
        if (!decision) return;
        pending.push(decision);
        if (!sending) setImmediate(flush);
      });
      const result = await roundResult(
        floor ? 'platformatic-floor' : 'platformatic-noop',
        label,
        tracker,
        sends,
        start,
        async () => {
          while (pending.length || sending) {
            flush();
            await sends.settled(label);
            await kit.sleep(1);
          }
        },
      );
      await stream.close();
      return result;
    } finally {
      await kit.withTimeout(consumer.close(true), 30_000, 'platformatic consumer close').catch(() => undefined);
      await producer?.close().catch(() => undefined);
      await deleteGroup(kafka, groupId);
    }
  };
  return floor ? withOutputTopic(kafka, run) : run(undefined);
}

async function deleteGroup(kafka: Kafka, groupId: string): Promise<void> {
  const admin = await kit.connectedAdmin(kafka).catch(() => undefined);
  await admin?.deleteGroups([groupId]).catch(() => undefined);
  await admin?.disconnect().catch(() => undefined);
}

// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] Kafka client floor: N=${EVENTS} declarations (seed ${SEED}, ${TRADERS} traders), ${PARTITIONS} partitions, rounds=${ROUNDS}; kafkajs vs @platformatic/kafka`,
  );
  const kafka = testKafka('aeo-bench-client-floor');
  const input = uniqueName('bench-client-floor-in');
  const ends = await produceInput(kafka, input);
  kit.onCleanup('input topic', async () => {
    const admin = await kit.connectedAdmin(kafka);
    await admin.deleteTopics({ topics: [input] }).catch(() => undefined);
    await admin.disconnect();
  });
  console.log(`[bench] produced ${EVENTS} declarations on ${input}`);

  const kinds: Kind[] = ['kafkajs-noop', 'platformatic-noop', 'kafkajs-floor', 'platformatic-floor'];
  const results: (RoundResult & { round: number })[] = [];
  // A warm-up read with each client (connections, metadata, JIT) that does not count.
  await kafkajsRound({ kafka, input, ends, floor: false, label: 'warm-up kafkajs' });
  await platformaticRound({ kafka, input, ends, floor: false, label: 'warm-up platformatic' });
  for (const { round, kind } of kit.alternatingRounds(ROUNDS, kinds)) {
    kit.checkAbort();
    const label = `round ${round} ${kind}`;
    const floor = kind.endsWith('floor');
    const r = await (kind.startsWith('kafkajs') ? kafkajsRound : platformaticRound)({
      kafka,
      input,
      ends,
      floor,
      label,
    });
    if (r.records !== EVENTS || (floor && r.published !== EVENTS))
      throw new Error(`${label}: read ${r.records} and published ${r.published} of ${EVENTS}`);
    results.push({ ...r, round });
    console.log(
      `[bench] ${label.padEnd(30)} ${kit.fmt((r.records * 1000) / r.ms).padStart(7)} records/s (${r.records} read${floor ? `, ${r.published} published` : ''} in ${kit.fmt(r.ms)} ms)`,
    );
    await kit.sleep(500);
  }

  const rates = (kind: Kind) => results.filter((r) => r.kind === kind).map((r) => (r.records * 1000) / r.ms);
  const medianOf = (kind: Kind) => kit.median(rates(kind));
  const perRound = (a: Kind, b: Kind) => rates(a).map((x, i) => x / rates(b)[i]);
  const summary = {
    kafkajsNoop: kit.round1(medianOf('kafkajs-noop')),
    platformaticNoop: kit.round1(medianOf('platformatic-noop')),
    kafkajsFloor: kit.round1(medianOf('kafkajs-floor')),
    platformaticFloor: kit.round1(medianOf('platformatic-floor')),
    noopRatio: kit.round3(kit.median(perRound('platformatic-noop', 'kafkajs-noop'))),
    floorRatio: kit.round3(kit.median(perRound('platformatic-floor', 'kafkajs-floor'))),
    floorRatiosPerRound: perRound('platformatic-floor', 'kafkajs-floor').map(kit.round3),
  };
  kit.printTable([
    ['summary (medians of the rounds)', 'value'],
    ['kafkajs no-op read, records/s', kit.fmt(summary.kafkajsNoop)],
    ['@platformatic/kafka no-op read, records/s', kit.fmt(summary.platformaticNoop)],
    ['kafkajs floor (validate + publish), records/s', kit.fmt(summary.kafkajsFloor)],
    ['@platformatic/kafka floor, records/s', kit.fmt(summary.platformaticFloor)],
    ['ratio platformatic/kafkajs, no-op (median of rounds)', kit.fmt(summary.noopRatio, 3)],
    ['ratio platformatic/kafkajs, floor (median of rounds)', kit.fmt(summary.floorRatio, 3)],
    ['floor ratios per round', summary.floorRatiosPerRound.join(' ')],
  ]);
  kit.writeResults(RESULTS_PATH, 'kafka-client-floor', startedAt, {
    config: {
      events: EVENTS,
      rounds: ROUNDS,
      seed: SEED,
      traders: TRADERS,
      partitions: PARTITIONS,
      concurrency: CONCURRENCY,
    },
    rounds: results.map((r) => ({ ...r, ms: kit.round1(r.ms), rate: kit.round1((r.records * 1000) / r.ms) })),
    summary,
  });
  return 0;
}

kit.runMain(main);
