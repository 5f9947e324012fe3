/**
 * Events folded into KPIs per second: the programme service, run as a real process on a fresh
 * database and consumer groups, folding the declaration, channel decision and certification
 * events from the topics' start (its consumers `programme.kpi-facts` and
 * `programme.benefit-facts`), compared with a kafkajs consumer on the same topics, in the same
 * run, that only decodes each record (CloudEvents headers, JSON) and validates its data against
 * the contract's schema. The machine is noisy, so the ratio is the figure to watch.
 *
 *   node -r ./tools/register.js bench/programme-kpi-fold.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_DECLARATIONS (5000 declarations, each with its channel decision; they stay
 *   on the shared topics for their retention, 7 days, and every fresh consumer group reads them),
 *   BENCH_APPLICATIONS (500 applications: submitted, accepted and granted, 1500 events),
 *   BENCH_ROUNDS (2), BENCH_SEED (random, printed), BENCH_TRADERS (500), BENCH_AEO (50 traders
 *   whose decisions carry AEO benefits), BENCH_CONCURRENCY (3 = the service's
 *   partitionsConsumedConcurrently), BENCH_TARGET_RATIO (0.5), BENCH_ENFORCE_TARGET (1 = exit 3
 *   below target), BENCH_PHASE_TIMEOUT_MS (300000: every wait is bounded by it; with the shared topics
 *   past a million records on a loaded machine the fold needs 900000 or more), BENCH_RESULTS,
 *   DATABASE_URL, KAFKA_BROKERS.
 * Last figures (bench/README.md, "the pipelined fold"): 0.465 (12,643 against 27,177 events/s,
 *   medians of 3 rounds over 431,960 records, load 2-3, 2026-12-01 21:59; 0.379 before the fold was
 *   pipelined, 0.357 at 19:11); the target 0.5 is not met. The service is timed from ready (the
 *   records then left to fold); the rate from its first fold is reported beside it.
 * Results: a table on stdout and JSON in bench/results/programme-kpi-fold.json (git-ignored).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Partitioners } from 'kafkajs';
import type { Admin, Kafka, KafkaMessage } from 'kafkajs';
import { Client } from 'pg';
import {
  ApplicationAccepted,
  ApplicationSubmitted,
  AuthorisationGranted,
  ChannelDecided,
  DeclarationLodged,
  TOPIC_NAMES,
  findEventDefinition,
  fromKafkaRecord,
  toKafkaRecord,
  type EventDefinition,
  type EventEnvelope,
} from '@aeo/contracts';
import { createTestDatabase, startProcess, testEnv, testKafka, uniqueName } from '@aeo/testing';
import type { RunningProcess } from '@aeo/testing';
import { recordsBehind, type PartitionRange } from '@aeo/messaging';
import { TrafficModel } from '@aeo/traffic';
import * as kit from './lib/bench-kit';

const DECLARATIONS = kit.intEnv('BENCH_DECLARATIONS', 5000);
const APPLICATIONS = kit.intEnv('BENCH_APPLICATIONS', 500, 0);
const { ROUNDS, SEED, TRADERS, AEO, CONCURRENCY, TARGET_RATIO, ENFORCE_TARGET, PHASE_TIMEOUT_MS } =
  kit.trafficBenchOptions({ aeo: 50 });
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'programme-kpi-fold.json'));

/**
 * The programme's KPI consumers and their topics (services/programme/src/facts/kpi-facts.consumer.ts,
 * services/programme/src/benefit/benefit-facts.consumer.ts; a benchmark may not import a service).
 */
const CONSUMERS = [
  {
    group: 'programme.kpi-facts',
    topics: [
      TOPIC_NAMES.applicationEvents,
      TOPIC_NAMES.certificationEvents,
      TOPIC_NAMES.validationEvents,
      TOPIC_NAMES.notificationEvents,
    ],
  },
  { group: 'programme.benefit-facts', topics: [TOPIC_NAMES.declarationEvents, TOPIC_NAMES.riskEvents] },
];
const TOPICS = [...new Set(CONSUMERS.flatMap((consumer) => consumer.topics))];

type Ends = Map<string, PartitionRange>;
const key = (topic: string, partition: number) => `${topic}/${partition}`;

function envelope<E extends EventDefinition>(
  definition: E,
  subject: string,
  data: unknown,
  time: string,
): EventEnvelope {
  // Parsed against the contract: the bench's events must be valid (its applications lacked taxpayerId
  // once, and every one of them was dead-lettered instead of folded).
  const valid = definition.schema.parse(data);
  return { id: randomUUID(), type: definition.type, source: '/bench/programme-kpi-fold', subject, time, data: valid };
}

// ------------------------------------------------------------------------------------------------
// setup: declarations with their decisions, and certification events
// ------------------------------------------------------------------------------------------------
async function produceTraffic(kafka: Kafka): Promise<number> {
  const model = new TrafficModel({ seed: SEED, traders: TRADERS, days: 365, until: new Date() });
  const aeos = new Set(
    [...model.traders]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, AEO)
      .map((trader) => trader.taxpayerId),
  );
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    idempotent: true,
  });
  await producer.connect();
  let produced = 0;
  const send = async (topic: string, records: { event: EventEnvelope; key: string }[]) => {
    await producer.send({ topic, acks: -1, messages: records.map((r) => toKafkaRecord(r.event, r.key)) });
    produced += records.length;
  };
  try {
    for (let done = 0; done < DECLARATIONS; done += 500) {
      kit.checkAbort();
      const chunk = Array.from({ length: Math.min(500, DECLARATIONS - done) }, () => model.nextDeclaration());
      await send(
        TOPIC_NAMES.declarationEvents,
        chunk.map((data) => ({
          event: envelope(DeclarationLodged, data.declarationId, data, data.lodgedAt),
          key: data.traderTaxpayerId,
        })),
      );
      await send(
        TOPIC_NAMES.riskEvents,
        chunk.map((data, index) => {
          const aeo = aeos.has(data.traderTaxpayerId);
          const channel = index % 10 === 0 ? 'yellow' : index % 33 === 0 ? 'red' : 'green';
          const basis = 'AEOF authorisation MN-AEO-BENCH';
          const decision = {
            decisionId: randomUUID(),
            declarationId: data.declarationId,
            traderTaxpayerId: data.traderTaxpayerId,
            channel,
            riskScore: 20,
            firedRules: channel === 'green' ? [] : [{ rule: 'random-selection', channel, reason: 'bench' }],
            benefitsApplied: aeo
              ? [
                  { benefit: 'aeo-risk-score-reduction', basis },
                  { benefit: 'aeo-reduced-documentary-controls', basis },
                  { benefit: 'aeo-reduced-physical-inspection', basis },
                ]
              : [],
            randomSelection: { draw: 0.5, rate: 0.1, selected: channel !== 'green' },
            priority: aeo && channel !== 'green',
            priorNotice: aeo && channel !== 'green',
            modelVersion: 'bench',
            decidedAt: data.lodgedAt,
          };
          return {
            event: envelope(ChannelDecided, data.declarationId, decision, data.lodgedAt),
            key: data.traderTaxpayerId,
          };
        }),
      );
    }
    const regions = [...new Set(model.traders.map((trader) => trader.homeOffice.region))];
    for (let done = 0; done < APPLICATIONS; done += 100) {
      const applications = Array.from({ length: Math.min(100, APPLICATIONS - done) }, (_, i) => ({
        applicationId: randomUUID(),
        operatorId: randomUUID(),
        taxpayerId: `9${SEED}${done + i}`.slice(0, 32),
        region: regions[(done + i) % regions.length]!,
        statusType: (['AEOC', 'AEOS', 'AEOF'] as const)[(done + i) % 3],
        day: new Date(Date.now() - ((done + i) % 300) * 86_400_000),
      }));
      const at = (day: Date, plus: number) => new Date(day.getTime() + plus * 86_400_000).toISOString();
      await send(
        TOPIC_NAMES.applicationEvents,
        applications.flatMap((a) => [
          {
            event: envelope(
              ApplicationSubmitted,
              a.applicationId,
              {
                applicationId: a.applicationId,
                operatorId: a.operatorId,
                taxpayerId: a.taxpayerId,
                region: a.region,
                statusType: a.statusType,
                operatorName: 'Bench LLC',
                contactEmail: 'bench@example.mn',
                contactLanguage: 'en',
                consentToMraSharing: false,
                submittedAt: at(a.day, 0),
                acceptanceDeadline: at(a.day, 30),
              },
              at(a.day, 0),
            ),
            key: a.operatorId,
          },
          {
            event: envelope(
              ApplicationAccepted,
              a.applicationId,
              {
                applicationId: a.applicationId,
                operatorId: a.operatorId,
                taxpayerId: a.taxpayerId,
                region: a.region,
                statusType: a.statusType,
                acceptedAt: at(a.day, 10),
                deemed: false,
                decidedBy: 'bench-officer',
                decisionDeadline: at(a.day, 130),
              },
              at(a.day, 10),
            ),
            key: a.operatorId,
          },
        ]),
      );
      await send(
        TOPIC_NAMES.certificationEvents,
        applications.map((a) => ({
          event: envelope(
            AuthorisationGranted,
            a.taxpayerId,
            {
              authorisationNumber: `MN-AEO-BENCH-${SEED}-${randomBytes(4).toString('hex')}`,
              operatorId: a.operatorId,
              taxpayerId: a.taxpayerId,
              region: a.region,
              statusType: a.statusType,
              consentToMraSharing: false,
              decidedAt: at(a.day, 60),
              effectiveFrom: at(a.day, 65),
              revalidationDue: at(a.day, 1155),
            },
            at(a.day, 60),
          ),
          key: a.operatorId,
        })),
      );
    }
    return produced;
  } finally {
    await producer.disconnect();
  }
}

async function endOffsets(admin: Admin): Promise<Ends> {
  const ends: Ends = new Map();
  for (const topic of TOPICS)
    for (const p of await admin.fetchTopicOffsets(topic))
      ends.set(key(topic, p.partition), { low: BigInt(p.low), high: BigInt(p.high) });
  return ends;
}

async function recordsUpTo(admin: Admin, ends: Ends): Promise<number> {
  let total = 0;
  for (const topic of TOPICS)
    for (const p of await admin.fetchTopicOffsets(topic))
      total += Number((ends.get(key(topic, p.partition))?.high ?? 0n) - BigInt(p.low));
  return total;
}

// ------------------------------------------------------------------------------------------------
// the baseline: decode and validate every record, nothing else
// ------------------------------------------------------------------------------------------------
interface Measured {
  records: number;
  /** first batch (baseline) or first folded event (service) -> the end offsets reached */
  steadyMs: number;
  /** connect (baseline) or ready (service) -> the end offsets reached */
  ms: number;
  /** events per second: from the first batch (baseline); from ready, of the records then still to fold (service) */
  rate: number;
}

async function decodeAndValidate(kafka: Kafka, ends: Ends, label: string): Promise<Measured & { invalid: number }> {
  const groupId = uniqueName(`bench-programme-decode-${label}`);
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 10_000,
    heartbeatInterval: 2000,
    rebalanceTimeout: 15_000,
  });
  // Partitions with records still held (an expired partition has none to wait for).
  const pending = new Set([...ends].filter(([, range]) => range.high > range.low).map(([k]) => k));
  let records = 0;
  let invalid = 0;
  let firstBatchAt: number | undefined;
  let doneAt: number | undefined;
  const start = performance.now();
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: TOPICS, fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: CONCURRENCY,
      eachBatch: async ({ batch }) => {
        firstBatchAt ??= performance.now();
        const partitionKey = key(batch.topic, batch.partition);
        const end = Number(ends.get(partitionKey)?.high ?? 0n);
        for (const message of batch.messages as KafkaMessage[]) {
          if (Number(message.offset) >= end) break;
          records += 1;
          try {
            const event = fromKafkaRecord(message as never);
            const definition = findEventDefinition(event.type);
            if (!definition || !definition.schema.safeParse(event.data).success) invalid += 1;
          } catch {
            invalid += 1;
          }
          if (Number(message.offset) >= end - 1 && pending.delete(partitionKey) && pending.size === 0)
            doneAt = performance.now();
        }
      },
    });
    if (pending.size === 0) doneAt = performance.now();
    await kit.pollUntil(
      () => `${label}: the decoder to reach the end offsets (${records} so far)`,
      async () => doneAt !== undefined,
      2,
      PHASE_TIMEOUT_MS,
    );
  } finally {
    await kit.withTimeout(consumer.disconnect(), 30_000, 'decoder disconnect').catch(() => undefined);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  const steadyMs = doneAt! - (firstBatchAt ?? start);
  return { records, invalid, ms: doneAt! - start, steadyMs, rate: (records * 1000) / steadyMs };
}

// ------------------------------------------------------------------------------------------------
// the programme service as a real process
// ------------------------------------------------------------------------------------------------
async function lag(admin: Admin, suffix: string, ends: Ends): Promise<number> {
  let behind = 0;
  for (const { group, topics } of CONSUMERS)
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: group + suffix, topics }))
      for (const { partition, offset } of partitions) {
        // From the log start: records past their retention are no lag.
        behind += Number(recordsBehind(offset, ends.get(key(topic, partition)) ?? { low: 0n, high: 0n }));
      }
  return behind;
}

async function runService(
  kafka: Kafka,
  admin: Admin,
  ends: Ends,
  records: number,
  label: string,
): Promise<Measured & { folded: number; behindAtReady: number; firstFoldRate: number }> {
  const database = await createTestDatabase('bench_programme_fold');
  const suffix = `.${uniqueName('bench')}`;
  let service: RunningProcess | undefined;
  const client = new Client({ connectionString: database.url });
  try {
    service = await startProcess({
      name: 'programme',
      entry: 'services/programme/src/main.ts',
      env: {
        PROGRAMME_DATABASE_URL: database.url,
        KAFKA_GROUP_SUFFIX: suffix,
        LOG_LEVEL: 'warn',
        DEVIATION_EVALUATION_INTERVAL_S: '0',
      },
      readyTimeoutMs: 120_000,
    });
    // The service folds from the moment its consumers join, while it still boots (its Temporal
    // worker, schedules and sweeps share the event loop with the fold): the rate is taken from ready
    // on, of the records still to fold then (committed offsets), as the baseline's is from its
    // first batch; the rate from the first fold is reported beside it.
    const readyAt = performance.now();
    const behindAtReady = await lag(admin, suffix, ends);
    const steadyFrom = performance.now();
    await client.connect();
    let behind = behindAtReady;
    await kit.pollUntil(
      () =>
        `${label}: the service's consumers to reach the end offsets (${behind} behind)\n${service!.logs().slice(-2000)}`,
      async () => (behind = await lag(admin, suffix, ends)) === 0,
      20,
      PHASE_TIMEOUT_MS,
    );
    const doneAt = performance.now();
    // The first fold and the end on the database's clock: the service folds from its boot on.
    // The first fold: the KPI consumer's first inbox row (it folds the application topics from the
    // start too), or the benefit fold's earliest fact (that fold claims no inbox rows: idempotent by key).
    const { rows } = await client.query(
      `WITH firsts AS (
         SELECT min(processed_at) AS at, count(*)::int AS n FROM inbox
         UNION ALL SELECT min(updated_at), count(*)::int FROM declaration_benefit_facts)
       SELECT EXTRACT(EPOCH FROM (clock_timestamp() - min(at))) * 1000 AS steady_ms, sum(n)::int AS folded FROM firsts`,
    );
    const { rows: perConsumer } = await client.query(
      `SELECT consumer, count(*)::int AS events, count(DISTINCT processed_at)::int AS transactions,
         round((EXTRACT(EPOCH FROM (max(processed_at) - min(processed_at))) * 1000)::numeric) AS ms,
         round((EXTRACT(EPOCH FROM (clock_timestamp() - max(processed_at))) * 1000)::numeric) AS last_ms_ago
       FROM inbox GROUP BY consumer
       UNION ALL
       SELECT 'benefit facts (no inbox)', count(*)::int, count(DISTINCT updated_at)::int,
         round((EXTRACT(EPOCH FROM (max(updated_at) - min(updated_at))) * 1000)::numeric),
         round((EXTRACT(EPOCH FROM (clock_timestamp() - max(updated_at))) * 1000)::numeric)
       FROM declaration_benefit_facts ORDER BY 1`,
    );
    console.log(`[bench] ${label}: folded per consumer ${JSON.stringify(perConsumer)}`);
    const warnings = service
      .logs()
      .split('\n')
      .filter((line) => /"level":(40|50|60)/.test(line) && !line.includes('dead-lettered'));
    if (warnings.length)
      console.error(
        `[bench] ${label}: the service logged ${warnings.length} warnings/errors, e.g. ${warnings[0]!.slice(0, 600)}`,
      );
    const steadyMs = Number(rows[0].steady_ms);
    if (behindAtReady < records / 2)
      console.error(
        `[bench] ${label}: only ${behindAtReady} of ${records} records were left to fold at ready; give the topics more records (BENCH_DECLARATIONS)`,
      );
    return {
      records,
      folded: rows[0].folded,
      ms: doneAt - readyAt,
      steadyMs,
      behindAtReady,
      rate: (behindAtReady * 1000) / (doneAt - steadyFrom),
      firstFoldRate: (records * 1000) / steadyMs,
    };
  } finally {
    await client.end().catch(() => undefined);
    await service?.stop();
    await admin.deleteGroups(CONSUMERS.map((c) => c.group + suffix)).catch(() => undefined);
    await database.drop();
  }
}

// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] programme KPI fold: ${DECLARATIONS} declarations + decisions, ${APPLICATIONS} applications (3 events each), seed ${SEED}, rounds ${ROUNDS}`,
  );
  console.log(`[bench] PostgreSQL ${new URL(testEnv.databaseUrl).host}, Kafka ${testEnv.kafkaBrokers.join(',')}`);
  const kafka = testKafka('aeo-bench-programme-fold');
  const admin = kafka.admin();
  await admin.connect();
  kit.onCleanup('disconnect admin', () => admin.disconnect());

  const produced = await produceTraffic(kafka);
  const ends = await endOffsets(admin);
  const records = await recordsUpTo(admin, ends);
  console.log(
    `[bench] produced ${produced} events; the topics hold ${records} records (${records - produced} older backlog)`,
  );
  const warm = await decodeAndValidate(kafka, ends, 'warm-up');
  console.log(`[bench] warm-up: ${warm.records} records decoded, ${warm.invalid} unknown or invalid`);

  const baselines: Measured[] = [];
  const services: (Measured & { folded: number; behindAtReady: number; firstFoldRate: number })[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const kind of round % 2 === 1 ? (['baseline', 'service'] as const) : (['service', 'baseline'] as const)) {
      kit.checkAbort();
      if (kind === 'baseline') {
        const r = await decodeAndValidate(kafka, ends, `round${round}`);
        baselines.push(r);
        console.log(
          `[bench] round ${round} decode+validate ${kit.fmt(r.rate)} events/s (${r.records} in ${kit.fmt(r.steadyMs)} ms from the first batch; ${kit.fmt(r.ms)} ms from connect)`,
        );
      } else {
        const r = await runService(kafka, admin, ends, records, `round ${round}`);
        services.push(r);
        console.log(
          `[bench] round ${round} programme       ${kit.fmt(r.rate)} events/s (${r.behindAtReady} left at ready, folded in ${kit.fmt(r.ms)} ms; from the first fold ${kit.fmt(r.firstFoldRate)} events/s: ${r.records} in ${kit.fmt(r.steadyMs)} ms; ${r.folded} inbox rows and declarations)`,
        );
      }
      await kit.sleep(500);
    }
  }

  const baselineRate = kit.median(baselines.map((r) => r.rate));
  const serviceRate = kit.median(services.map((r) => r.rate));
  const firstFoldRate = kit.median(services.map((r) => r.firstFoldRate));
  const ratio = serviceRate / baselineRate;
  const pass = ratio >= TARGET_RATIO;
  console.log(
    `\n${kit.table([
      ['summary (medians)', 'value'],
      ['records read (incl. older backlog)', String(records)],
      ['decode + validate only, events/s', kit.fmt(baselineRate)],
      ['programme KPI fold (from ready), events/s', kit.fmt(serviceRate)],
      ['ratio fold/decode', kit.fmt(ratio, 3)],
      ['programme KPI fold (from the first fold, boot included), events/s', kit.fmt(firstFoldRate)],
      ['ratio from the first fold', kit.fmt(firstFoldRate / baselineRate, 3)],
      [`target ratio >= ${TARGET_RATIO}`, pass ? 'PASS' : 'BELOW TARGET'],
    ])}`,
  );
  kit.writeResults(RESULTS_PATH, 'programme-kpi-fold', startedAt, {
    config: {
      declarations: DECLARATIONS,
      applications: APPLICATIONS,
      rounds: ROUNDS,
      seed: SEED,
      traders: TRADERS,
      aeo: AEO,
      concurrency: CONCURRENCY,
      targetRatio: TARGET_RATIO,
    },
    records,
    baselines: baselines.map((r) => ({ ...r, ms: kit.round1(r.ms), steadyMs: kit.round1(r.steadyMs) })),
    services: services.map((r) => ({ ...r, ms: kit.round1(r.ms), steadyMs: kit.round1(r.steadyMs) })),
    summary: {
      baselineEventsPerSecond: kit.round1(baselineRate),
      foldEventsPerSecond: kit.round1(serviceRate),
      foldFromFirstFoldEventsPerSecond: kit.round1(firstFoldRate),
      ratio: kit.round3(ratio),
      pass,
    },
  });
  return !pass && ENFORCE_TARGET ? 3 : 0;
}

kit.runMain(main);
