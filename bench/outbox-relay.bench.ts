/**
 * Outbox relay throughput: events per second from commit to Kafka acknowledgement, compared with
 * raw kafkajs `sendBatch` of the same messages in the same run (the machine is noisy, so the
 * ratio relay/baseline is the figure to watch, not the absolute rates).
 *
 *   node -r ./tools/register.js bench/outbox-relay.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_EVENTS (20000), BENCH_ROUNDS (3), BENCH_WARMUP_EVENTS (BENCH_EVENTS/4),
 *   BENCH_LOAD_EVENTS (BENCH_EVENTS/2), BENCH_LOAD_RATE (1000 events/s), BENCH_TARGET_RATIO (0.5),
 *   BENCH_ENFORCE_TARGET (1 = exit 3 when the ratio is below target), BENCH_PHASE_TIMEOUT_MS (180000),
 *   BENCH_RELAYS (1; >1 races several relays in the drain runs, a what-if for pipelining),
 *   BENCH_RESULTS (bench/results/outbox-relay.json), DATABASE_URL, KAFKA_BROKERS (see @aeo/testing).
 * Results: a table on stdout and JSON in bench/results/outbox-relay.json (git-ignored).
 */
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kafka, Producer, Message, ProducerBatch } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { defineEvent, toKafkaRecord, TopicName } from '@aeo/contracts';
import { runWithCorrelationId } from '@aeo/observability';
import { openDataSource } from '@aeo/persistence';
import {
  CreateMessagingTables1764300000000,
  OutboxPendingByAggregate1764400000200,
  OutboxRelay,
  OutboxWriter,
  createSingleAttemptProducer,
  createKafka,
} from '@aeo/messaging';
import { createTestDatabase, createTopics, testEnv, testKafka, TestDatabase, uniqueName } from '@aeo/testing';
import * as kit from './lib/bench-kit';

// ------------------------------------------------------------------------------------------------
// configuration
// ------------------------------------------------------------------------------------------------
const EVENTS = kit.intEnv('BENCH_EVENTS', 20_000);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 3);
const WARMUP_EVENTS = kit.intEnv('BENCH_WARMUP_EVENTS', Math.max(500, Math.floor(EVENTS / 4)));
const LOAD_EVENTS = kit.intEnv('BENCH_LOAD_EVENTS', Math.max(500, Math.floor(EVENTS / 2)));
const LOAD_RATE = kit.intEnv('BENCH_LOAD_RATE', 1000);
const TARGET_RATIO = Number(process.env['BENCH_TARGET_RATIO'] ?? '0.5');
const ENFORCE_TARGET = process.env['BENCH_ENFORCE_TARGET'] === '1';
/** Relay instances sharing the producer and pool in the relay runs (1 = production; >1 is a what-if). */
const RELAYS = kit.intEnv('BENCH_RELAYS', 1);
const PHASE_TIMEOUT_MS = kit.intEnv('BENCH_PHASE_TIMEOUT_MS', 180_000);
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'outbox-relay.json'));

/** As configured in production (OUTBOX_BATCH_SIZE / OUTBOX_POLL_INTERVAL_MS) and in the brief. */
const BATCH_SIZE = 500;
const POLL_INTERVAL_MS = 10;
const PARTITIONS = 6;
const AGGREGATES = 1000;
const PAYLOAD_BYTES = 300;
const WRITER_TX_SIZE = 50;
const INSERT_CHUNK = 2000;
const SOURCE = '/aeo/bench';

// ------------------------------------------------------------------------------------------------
// cancellation and cleanup
// ------------------------------------------------------------------------------------------------
/** Waits for `promise`, bounded by PHASE_TIMEOUT_MS and the abort flag; `what` names it in the error. */
function waitOrAbort(promise: Promise<void>, what: () => string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;
  return new Promise<void>((resolvePromise, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${PHASE_TIMEOUT_MS} ms waiting for ${what()}`)),
      PHASE_TIMEOUT_MS,
    );
    ticker = setInterval(() => kit.aborted() && reject(new Error(`aborted: ${kit.aborted()}`)), 100);
    promise.then(resolvePromise, reject);
  }).finally(() => {
    clearTimeout(timer);
    clearInterval(ticker);
  });
}

/** Polls until probe() is true; bounded by PHASE_TIMEOUT_MS and the abort flag. */
const pollPhase = (what: string, probe: () => Promise<boolean>, intervalMs: number): Promise<void> =>
  kit.pollUntil(() => what, probe, intervalMs, PHASE_TIMEOUT_MS);

// ------------------------------------------------------------------------------------------------
// the events: CloudEvents binary headers + ~300-byte JSON value, keys over ~1000 aggregate ids
// ------------------------------------------------------------------------------------------------
const benchSchema = z.object({
  applicationId: z.string(),
  operatorId: z.string(),
  eori: z.string(),
  status: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  sequence: z.number().int(),
  note: z.string(),
});
type BenchData = z.infer<typeof benchSchema>;

interface BenchEvent {
  id: string;
  aggregateId: string;
  subject: string;
  correlationId: string;
  data: BenchData;
}

const FILLER =
  'Decision recorded after review of the self-assessment questionnaire, the audit findings and the conditions of the authorisation. '.repeat(
    4,
  );

function makeData(sequence: number): { aggregateId: string; data: BenchData } {
  const aggregate = (sequence * 7919) % AGGREGATES; // spread over the aggregates, not in runs
  const aggregateId = `operator-${String(aggregate).padStart(4, '0')}`;
  const data: BenchData = {
    applicationId: randomUUID(),
    operatorId: aggregateId,
    eori: `DE${String(100_000_000_000 + aggregate)}`,
    status: 'accepted',
    decidedBy: `officer-${sequence % 50}`,
    decidedAt: new Date().toISOString(),
    sequence,
    note: '',
  };
  data.note = FILLER.slice(0, Math.max(0, PAYLOAD_BYTES - Buffer.byteLength(JSON.stringify(data))));
  return { aggregateId, data };
}

function makeEvents(count: number): BenchEvent[] {
  return Array.from({ length: count }, (_, sequence) => {
    const { aggregateId, data } = makeData(sequence);
    return { id: randomUUID(), aggregateId, subject: data.applicationId, correlationId: randomUUID(), data };
  });
}

// ------------------------------------------------------------------------------------------------
// measurement helpers
// ------------------------------------------------------------------------------------------------
interface RunResult {
  kind: 'baseline' | 'relay';
  label: string;
  events: number;
  /** first send (baseline) or relay start (relay) -> last Kafka ack */
  ackMs: number;
  ackRate: number;
  /** relay only: relay start -> every row has sent_at (the marking transaction committed) */
  markedMs?: number;
  markedRate?: number;
  batches: number;
  /** wall time spent inside producer.sendBatch (Kafka round trips incl. kafkajs encoding) */
  sendMs: number;
  /** relay only: wall time outside sendBatch (claim query, record building, UPDATE, commit, polling) */
  otherMs?: number;
  relayFailures?: number;
  /** relay only: ms per phase of relayOnce, summed over the batches */
  profile?: RelayProfile;
}

/** Nearest-rank percentile. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** Times every sendBatch call without changing what it sends (same instance, same settings). */
class TimedProducer {
  sendMs = 0;
  calls = 0;
  constructor(
    readonly producer: Producer,
    private readonly profiler?: Profiler,
  ) {}
  readonly proxy: Producer = new Proxy(this.producer, {
    get: (target, property, receiver) => {
      if (property !== 'sendBatch') return Reflect.get(target, property, receiver);
      return async (batch: ProducerBatch) => {
        const start = performance.now();
        this.profiler?.onSendStart(start);
        try {
          return await target.sendBatch(batch);
        } finally {
          const ms = performance.now() - start;
          this.sendMs += ms;
          this.calls += 1;
          if (this.profiler?.active) this.profiler.profile.send += ms;
        }
      };
    },
  });
  reset(): void {
    this.sendMs = 0;
    this.calls = 0;
  }
}

/**
 * Where the relay's time goes, per phase of `relayOnce` (summed over batches). Filled by wrapping
 * the bench's own DataSource query runners and the producer; the relay code is untouched.
 * Only runners that ran the claim query count (the writer and pendingCount() use the same pool).
 */
interface RelayProfile {
  batches: number;
  /** claims that found nothing (their time is included in `claim`) */
  emptyClaims: number;
  connect: number;
  begin: number;
  claim: number;
  /** claim result -> sendBatch called: toKafkaRecord (CloudEvent) for every row, grouping */
  build: number;
  send: number;
  mark: number;
  commit: number;
  release: number;
}
const PHASES = ['connect', 'begin', 'claim', 'build', 'send', 'mark', 'commit', 'release'] as const;
const newProfile = (): RelayProfile => ({
  batches: 0,
  emptyClaims: 0,
  connect: 0,
  begin: 0,
  claim: 0,
  build: 0,
  send: 0,
  mark: 0,
  commit: 0,
  release: 0,
});

class Profiler {
  profile = newProfile();
  active = false;
  /** end of the latest claim query, to time the record building up to sendBatch */
  claimEnd?: number;
  reset(): void {
    this.profile = newProfile();
    this.claimEnd = undefined;
  }
  onSendStart(now: number): void {
    if (this.active && this.claimEnd !== undefined) this.profile.build += now - this.claimEnd;
    this.claimEnd = undefined;
  }
}

function instrumentDataSource(dataSource: DataSource, profiler: Profiler): void {
  const original = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = ((...args: Parameters<DataSource['createQueryRunner']>) => {
    const runner = original(...args);
    const pending = { connect: 0, begin: 0 };
    let relayRunner = false;
    const timed = <K extends 'connect' | 'startTransaction' | 'query' | 'commitTransaction' | 'release'>(
      name: K,
      after: (ms: number, callArgs: unknown[], result: unknown) => void,
    ) => {
      const method = (runner[name] as (...a: unknown[]) => Promise<unknown>).bind(runner);
      (runner as unknown as Record<string, unknown>)[name] = async (...callArgs: unknown[]) => {
        const start = performance.now();
        let result: unknown;
        try {
          result = await method(...callArgs);
          return result;
        } finally {
          if (profiler.active) after(performance.now() - start, callArgs, result);
        }
      };
    };
    timed('connect', (ms) => (pending.connect += ms));
    timed('startTransaction', (ms) => (pending.begin += ms));
    timed('query', (ms, [sql], result) => {
      const text = String(sql).trimStart();
      // The relay's claim (ClaimOutboxBatch in libs/messaging/src/outbox/outbox-relay.sql), run structured by runSql.
      if (/^SELECT seq, id, aggregateid, type, topic\b/.test(text)) {
        relayRunner = true;
        const p = profiler.profile;
        const rows = Array.isArray(result) ? result : (result as { records?: unknown[] } | undefined)?.records;
        if (rows && rows.length > 0) p.batches += 1;
        else p.emptyClaims += 1;
        p.connect += pending.connect;
        p.begin += pending.begin;
        p.claim += ms;
        profiler.claimEnd = performance.now();
      } else if (relayRunner && text.startsWith('UPDATE outbox SET sent_at')) {
        profiler.profile.mark += ms;
      }
    });
    timed('commitTransaction', (ms) => relayRunner && (profiler.profile.commit += ms));
    timed('release', (ms) => relayRunner && (profiler.profile.release += ms));
    return runner;
  }) as DataSource['createQueryRunner'];
}

/** A pino-shaped logger that counts and prints relay warnings (the relay swallows errors and retries). */
function relayLogger(counter: { failures: number }): Logger {
  const noop = () => undefined;
  const warn = (obj: unknown, msg?: string) => {
    counter.failures += 1;
    const err = (obj as { err?: Error })?.err;
    console.error(`[bench] relay warning: ${msg ?? ''} ${err?.message ?? ''}`);
  };
  return { warn, error: warn, info: noop, debug: noop, trace: noop, fatal: warn } as unknown as Logger;
}

// ------------------------------------------------------------------------------------------------
// the benchmark
// ------------------------------------------------------------------------------------------------
interface Context {
  dataSource: DataSource;
  producer: Producer;
  timed: TimedProducer;
  profiler: Profiler;
  topic: string;
}

/**
 * The bench's one connected producer, lent to every relay (which would otherwise connect producers
 * of its own and disconnect them when it stops): its connect and disconnect do nothing.
 */
function lent(producer: Producer): () => Producer {
  const borrowed = new Proxy(producer, {
    get: (target, key, receiver) =>
      key === 'connect' || key === 'disconnect' ? async () => undefined : Reflect.get(target, key, receiver),
  });
  return () => borrowed;
}

async function resetOutbox(ctx: Context): Promise<void> {
  await ctx.dataSource.query('TRUNCATE outbox');
}

/** Committed outbox rows with the OutboxWriter's columns, bulk-inserted (not timed). */
async function insertPending(ctx: Context, type: string, events: BenchEvent[]): Promise<void> {
  for (let offset = 0; offset < events.length; offset += INSERT_CHUNK) {
    kit.checkAbort();
    const chunk = events.slice(offset, offset + INSERT_CHUNK);
    await ctx.dataSource.query(
      `INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
       SELECT t.id, 'operator', t.aggregateid, $1, $2, t.subject, $3, t.payload::jsonb, t.correlation_id
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY
              AS t(id, aggregateid, subject, payload, correlation_id, ord)
        ORDER BY t.ord`,
      [
        type,
        ctx.topic,
        SOURCE,
        chunk.map((e) => e.id),
        chunk.map((e) => e.aggregateId),
        chunk.map((e) => e.subject),
        chunk.map((e) => JSON.stringify(e.data)),
        chunk.map((e) => e.correlationId),
      ],
    );
  }
  await ctx.dataSource.query('ANALYZE outbox');
}

/** Raw kafkajs: the same records the relay would build, sent in chunks of the relay's batch size. */
async function runBaseline(ctx: Context, type: string, count: number, label: string): Promise<RunResult> {
  const time = new Date().toISOString();
  const messages: Message[] = makeEvents(count).map((e) =>
    toKafkaRecord(
      { id: e.id, type, source: SOURCE, subject: e.subject, time, data: e.data, correlationid: e.correlationId },
      e.aggregateId,
    ),
  );
  ctx.timed.reset();
  const deadline = performance.now() + PHASE_TIMEOUT_MS;
  const start = performance.now();
  for (let offset = 0; offset < messages.length; offset += BATCH_SIZE) {
    kit.checkAbort();
    if (performance.now() > deadline) throw new Error(`baseline timed out after ${PHASE_TIMEOUT_MS} ms`);
    await ctx.timed.proxy.sendBatch({
      topicMessages: [{ topic: ctx.topic, messages: messages.slice(offset, offset + BATCH_SIZE) }],
      acks: -1,
    });
  }
  return { kind: 'baseline', label, ...ackMeasures(ctx, count, performance.now() - start) };
}

/** What every run measures of its sends: events per second to the last ack, and the producer's batches. */
function ackMeasures(ctx: Context, count: number, ackMs: number) {
  return { events: count, ackMs, ackRate: (count * 1000) / ackMs, batches: ctx.timed.calls, sendMs: ctx.timed.sendMs };
}

/** Pre-inserted committed rows, then OutboxRelay from start until every row is acked and marked. */
async function runRelay(ctx: Context, type: string, count: number, label: string): Promise<RunResult> {
  await resetOutbox(ctx);
  await insertPending(ctx, type, makeEvents(count));
  const counter = { failures: 0 };
  let acked = 0;
  let lastAck = 0;
  let allAcked!: () => void;
  const allAckedPromise = new Promise<void>((r) => (allAcked = r));
  const relays = Array.from(
    { length: RELAYS },
    () =>
      new OutboxRelay(ctx.dataSource, lent(ctx.timed.proxy), {
        batchSize: BATCH_SIZE,
        pollIntervalMs: POLL_INTERVAL_MS,
        logger: relayLogger(counter),
        afterSend: (ids) => {
          acked += ids.length;
          lastAck = performance.now();
          if (acked >= count) allAcked();
        },
      }),
  );
  const relay = relays[0];
  ctx.timed.reset();
  ctx.profiler.reset();
  ctx.profiler.active = true;
  const start = performance.now();
  relays.forEach((r) => r.start());
  try {
    await waitOrAbort(allAckedPromise, () => `the relay to publish ${count} events (${acked} acked so far)`);
    await pollPhase('all outbox rows marked sent', async () => (await relay.pendingCount()) === 0, 5);
    const markedMs = performance.now() - start;
    ctx.profiler.active = false;
    const ackMs = lastAck - start;
    return {
      kind: 'relay',
      label,
      ...ackMeasures(ctx, count, ackMs),
      markedMs,
      markedRate: (count * 1000) / markedMs,
      otherMs: ackMs - ctx.timed.sendMs,
      relayFailures: counter.failures,
      profile: { ...ctx.profiler.profile },
    };
  } finally {
    ctx.profiler.active = false;
    await kit.withTimeout(Promise.all(relays.map((r) => r.stop())), 30_000, 'relay.stop()');
  }
}

interface LoadResult {
  offeredRate: number;
  achievedOfferedRate: number;
  events: number;
  transactions: number;
  writerMs: number;
  /** first commit -> last ack */
  throughput: number;
  commitToAckMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  createdToSentMs: { p50: number; p99: number; max: number };
  relayBatches: number;
  meanBatch: number;
  relayFailures: number;
}

/**
 * End-to-end under load: a writer commits events through OutboxWriter in transactions of 50 at a
 * bounded rate while the relay runs (in the same process and pool, as in the services).
 * Latency = Kafka ack (relay's afterSend) - commit returned to the writer, on one clock.
 */
async function runUnderLoad(ctx: Context, topic: string): Promise<LoadResult> {
  await resetOutbox(ctx);
  const Bench = defineEvent({
    type: 'aeo.bench-load.happened.v1',
    topic: topic as TopicName,
    aggregateType: 'operator',
    summary: 'benchmark load',
    schema: benchSchema,
  });
  const writer = new OutboxWriter(SOURCE);
  const committedAt = new Map<string, number>();
  const ackedAt = new Map<string, number>();
  const counter = { failures: 0 };
  let batches = 0;
  let allAcked!: () => void;
  const allAckedPromise = new Promise<void>((r) => (allAcked = r));
  let expected = Infinity;
  const relay = new OutboxRelay(ctx.dataSource, lent(ctx.timed.proxy), {
    batchSize: BATCH_SIZE,
    pollIntervalMs: POLL_INTERVAL_MS,
    logger: relayLogger(counter),
    afterSend: (ids) => {
      const now = performance.now();
      batches += 1;
      for (const id of ids) if (!ackedAt.has(id)) ackedAt.set(id, now);
      if (ackedAt.size >= expected) allAcked();
    },
  });
  relay.start();
  try {
    const transactions = Math.ceil(LOAD_EVENTS / WRITER_TX_SIZE);
    const intervalMs = (WRITER_TX_SIZE * 1000) / LOAD_RATE;
    const deadline = performance.now() + PHASE_TIMEOUT_MS;
    const writerStart = performance.now();
    let sequence = 0;
    for (let tx = 0; tx < transactions; tx++) {
      kit.checkAbort();
      if (performance.now() > deadline) throw new Error(`writer timed out after ${PHASE_TIMEOUT_MS} ms`);
      const due = writerStart + tx * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await kit.sleep(wait);
      const size = Math.min(WRITER_TX_SIZE, LOAD_EVENTS - sequence);
      const ids = await runWithCorrelationId(randomUUID(), () =>
        ctx.dataSource.transaction(async (manager) => {
          const written: string[] = [];
          for (let i = 0; i < size; i++) {
            const { aggregateId, data } = makeData(sequence + i);
            written.push(await writer.append(manager, Bench, { subject: data.applicationId, aggregateId, data }));
          }
          return written;
        }),
      );
      const now = performance.now();
      for (const id of ids) committedAt.set(id, now);
      sequence += size;
    }
    const writerMs = performance.now() - writerStart;
    expected = committedAt.size;
    if (ackedAt.size >= expected) allAcked();
    await waitOrAbort(
      allAckedPromise,
      () => `the relay to publish ${expected} events under load (${ackedAt.size} acked so far)`,
    );
    await pollPhase('all outbox rows marked sent', async () => (await relay.pendingCount()) === 0, 5);

    const latencies = [...committedAt].map(([id, committed]) => ackedAt.get(id)! - committed).sort((a, b) => a - b);
    let firstCommit = Infinity;
    let lastAck = 0;
    for (const at of committedAt.values()) firstCommit = Math.min(firstCommit, at);
    for (const at of ackedAt.values()) lastAck = Math.max(lastAck, at);
    const [db] = await ctx.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM sent_at - created_at) * 1000 AS ms FROM outbox WHERE type = $1) d`,
      [Bench.type],
    );
    return {
      offeredRate: LOAD_RATE,
      achievedOfferedRate: (expected * 1000) / writerMs,
      events: expected,
      transactions,
      writerMs,
      throughput: (expected * 1000) / (lastAck - firstCommit),
      commitToAckMs: {
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1],
        mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      },
      createdToSentMs: { p50: Number(db.p50), p99: Number(db.p99), max: Number(db.max) },
      relayBatches: batches,
      meanBatch: ackedAt.size / Math.max(1, batches),
      relayFailures: counter.failures,
    };
  } finally {
    await kit.withTimeout(relay.stop(), 30_000, 'relay.stop()');
  }
}

// ------------------------------------------------------------------------------------------------
// reporting
// ------------------------------------------------------------------------------------------------
// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] outbox relay throughput: N=${EVENTS}, rounds=${ROUNDS}, warm-up=${WARMUP_EVENTS}, batch=${BATCH_SIZE}, poll=${POLL_INTERVAL_MS} ms, ${PARTITIONS} partitions, relays=${RELAYS}`,
  );
  console.log(`[bench] PostgreSQL ${new URL(testEnv.databaseUrl).host}, Kafka ${testEnv.kafkaBrokers.join(',')}`);

  // --- setup ---
  const database: TestDatabase = await createTestDatabase('bench_outbox');
  kit.onCleanup(`drop database ${database.name}`, () => database.drop());
  kit.checkAbort();
  const dataSource = await openDataSource({
    service: 'bench-outbox',
    url: database.url,
    entities: [],
    // The outbox as every service has it (the relay's blocker look-up uses the aggregate index).
    migrations: [CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200],
  });
  kit.onCleanup('close data source', () => dataSource.destroy());
  const [{ version: pgVersion }] = await dataSource.query('SELECT version()');

  const admin: Kafka = testKafka('aeo-bench-admin');
  const topic = uniqueName('bench.outbox.events.v1');
  await createTopics(admin, [topic], PARTITIONS);
  kit.onCleanup(`delete topic ${topic}`, async () => {
    const client = admin.admin();
    await client.connect();
    try {
      await client.deleteTopics({ topics: [topic], timeout: 10_000 });
    } finally {
      await client.disconnect();
    }
  });
  kit.checkAbort();

  const producer = createSingleAttemptProducer(
    createKafka({ clientId: 'aeo-bench-relay', brokers: testEnv.kafkaBrokers }),
  );
  await producer.connect();
  kit.onCleanup('disconnect producer', () => producer.disconnect());
  const profiler = new Profiler();
  instrumentDataSource(dataSource, profiler);
  const ctx: Context = { dataSource, producer, timed: new TimedProducer(producer, profiler), profiler, topic };
  const type = 'aeo.bench-probe.happened.v1';

  // --- warm-up (JIT, connections, broker metadata, pool) ---
  console.log('[bench] warm-up...');
  await runBaseline(ctx, type, WARMUP_EVENTS, 'warm-up');
  await runRelay(ctx, type, WARMUP_EVENTS, 'warm-up');

  // --- alternating rounds (order flips every round, so neither side always runs second) ---
  const runs: RunResult[] = [];
  for (const { round, kind } of kit.alternatingRounds(ROUNDS, ['baseline', 'relay'] as const)) {
    kit.checkAbort();
    const result =
      kind === 'baseline'
        ? await runBaseline(ctx, type, EVENTS, `round ${round}`)
        : await runRelay(ctx, type, EVENTS, `round ${round}`);
    runs.push(result);
    console.log(
      `[bench] round ${round} ${kind.padEnd(8)} ${kit.fmt(result.ackRate).padStart(7)} ev/s to ack` +
        (result.markedRate ? `, ${kit.fmt(result.markedRate)} ev/s to marked` : '') +
        `  (${kit.fmt(result.ackMs)} ms, ${result.batches} batches, ${kit.fmt((100 * result.sendMs) / result.ackMs)}% in sendBatch)`,
    );
  }

  // --- end-to-end under concurrent commits ---
  console.log(`[bench] under load: ${LOAD_EVENTS} events in transactions of ${WRITER_TX_SIZE} at ${LOAD_RATE} ev/s...`);
  const load = await runUnderLoad(ctx, topic);

  // --- summary ---
  const baselines = runs.filter((r) => r.kind === 'baseline');
  const relayRuns = runs.filter((r) => r.kind === 'relay');
  const baselineMedian = kit.median(baselines.map((r) => r.ackRate));
  const relayMedian = kit.median(relayRuns.map((r) => r.ackRate));
  const relayMarkedMedian = kit.median(relayRuns.map((r) => r.markedRate!));
  const ratio = relayMedian / baselineMedian;
  const ratioMarked = relayMarkedMedian / baselineMedian;
  const perRoundRatios = Array.from({ length: ROUNDS }, (_, i) => relayRuns[i].ackRate / baselines[i].ackRate);
  const pass = ratio >= TARGET_RATIO;

  const rows: string[][] = [
    ['run', 'events', 'ms', 'ev/s (ack)', 'ev/s (marked)', 'batches', 'in sendBatch ms', 'other ms'],
  ];
  for (const r of runs)
    rows.push([
      `${r.label} ${r.kind}`,
      String(r.events),
      kit.fmt(r.ackMs),
      kit.fmt(r.ackRate),
      kit.fmt(r.markedRate),
      String(r.batches),
      kit.fmt(r.sendMs),
      kit.fmt(r.otherMs),
    ]);
  kit.printTable(rows);
  const profileRows: string[][] = [['relay ms per batch', ...PHASES, 'unaccounted']];
  for (const r of relayRuns) {
    const p = r.profile!;
    const perBatch = (ms: number) => kit.fmt(ms / Math.max(1, p.batches), 1);
    const accounted = PHASES.reduce((sum, phase) => sum + p[phase], 0);
    profileRows.push([
      `${r.label} (${p.batches} batches${p.emptyClaims ? ` + ${p.emptyClaims} empty` : ''})`,
      ...PHASES.map((phase) => perBatch(p[phase])),
      perBatch(r.markedMs! - accounted),
    ]);
  }
  kit.printTable(profileRows);
  kit.printTable([
    ['summary (medians)', 'value'],
    ['baseline sendBatch, ev/s', kit.fmt(baselineMedian)],
    ['relay commit->ack, ev/s', kit.fmt(relayMedian)],
    ['relay commit->marked sent, ev/s', kit.fmt(relayMarkedMedian)],
    ['ratio relay/baseline (ack)', kit.fmt(ratio, 3)],
    ['ratio relay/baseline (marked)', kit.fmt(ratioMarked, 3)],
    ['per-round ratios (ack)', perRoundRatios.map((x) => x.toFixed(3)).join(' ')],
    [`target ratio >= ${TARGET_RATIO}`, pass ? 'PASS' : 'BELOW TARGET'],
    [`under load: offered ev/s (asked ${LOAD_RATE})`, kit.fmt(load.achievedOfferedRate)],
    ['under load: first commit->last ack, ev/s', kit.fmt(load.throughput)],
    [
      'under load: commit->ack p50 / p99 / max ms',
      `${kit.fmt(load.commitToAckMs.p50, 1)} / ${kit.fmt(load.commitToAckMs.p99, 1)} / ${kit.fmt(load.commitToAckMs.max, 1)}`,
    ],
    [
      'under load: sent_at-created_at p50 / p99 ms',
      `${kit.fmt(load.createdToSentMs.p50, 1)} / ${kit.fmt(load.createdToSentMs.p99, 1)}`,
    ],
    ['under load: relay batches (mean size)', `${load.relayBatches} (${kit.fmt(load.meanBatch, 1)})`],
  ]);
  const failures = relayRuns.reduce((a, r) => a + (r.relayFailures ?? 0), 0) + load.relayFailures;
  if (failures)
    console.log(
      `\n[bench] WARNING: the relay logged ${failures} failed attempts (see stderr); figures include its retries.`,
    );

  kit.writeResults(RESULTS_PATH, 'outbox-relay', startedAt, {
    machine: {
      ...kit.machine(),
      postgres: pgVersion,
    },
    config: {
      events: EVENTS,
      rounds: ROUNDS,
      warmupEvents: WARMUP_EVENTS,
      batchSize: BATCH_SIZE,
      pollIntervalMs: POLL_INTERVAL_MS,
      partitions: PARTITIONS,
      aggregates: AGGREGATES,
      payloadBytes: PAYLOAD_BYTES,
      loadEvents: LOAD_EVENTS,
      loadRate: LOAD_RATE,
      writerTransactionSize: WRITER_TX_SIZE,
      targetRatio: TARGET_RATIO,
      relays: RELAYS,
    },
    runs: runs.map((r) => ({
      ...r,
      ackMs: kit.round1(r.ackMs),
      ackRate: kit.round1(r.ackRate),
      markedMs: r.markedMs && kit.round1(r.markedMs),
      markedRate: r.markedRate && kit.round1(r.markedRate),
      sendMs: kit.round1(r.sendMs),
      otherMs: r.otherMs && kit.round1(r.otherMs),
    })),
    summary: {
      baselineEventsPerSecond: kit.round1(baselineMedian),
      relayEventsPerSecond: kit.round1(relayMedian),
      relayMarkedEventsPerSecond: kit.round1(relayMarkedMedian),
      ratio: Math.round(ratio * 1000) / 1000,
      ratioMarked: Math.round(ratioMarked * 1000) / 1000,
      perRoundRatios: perRoundRatios.map((x) => Math.round(x * 1000) / 1000),
      pass,
    },
    underLoad: {
      ...load,
      achievedOfferedRate: kit.round1(load.achievedOfferedRate),
      writerMs: kit.round1(load.writerMs),
      throughput: kit.round1(load.throughput),
      meanBatch: kit.round1(load.meanBatch),
      commitToAckMs: Object.fromEntries(Object.entries(load.commitToAckMs).map(([k, v]) => [k, kit.round1(v)])),
      createdToSentMs: Object.fromEntries(Object.entries(load.createdToSentMs).map(([k, v]) => [k, kit.round1(v)])),
    },
  });
  return !pass && ENFORCE_TARGET ? 3 : 0;
}

kit.runMain(main);
