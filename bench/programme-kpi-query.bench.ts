/**
 * KPI query latency over a year of events at Mongolian volume: the programme service, run as a
 * real process on a fresh database, answering `GET /v1/kpis/{kpiId}` (the KPI API and its values
 * function) for the benefit KPIs and a certification KPI, per month (12 months) and per quarter
 * (4 quarters), nationally and for a region; compared, in the same run, with the smallest round
 * trips the API stands on: `SELECT 1` on the same PostgreSQL, and `GET /health/live` of the same
 * service. The year is seeded straight into the service's tables with generate_series (about a
 * million declarations with their decisions, their daily roll-up built from them by one GROUP BY,
 * and a year of applications with their grants), not through Kafka: the fold is the other
 * benchmark's subject (`programme-kpi-fold.bench.ts`).
 *
 *   node -r ./tools/register.js bench/programme-kpi-query.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_DECLARATIONS (1000000), BENCH_APPLICATIONS (1000), BENCH_QUERIES (40 per
 *   KPI, period and scope), BENCH_TARGET_P99_MS (50), BENCH_ENFORCE_TARGET (1 = exit 3 above
 *   target), BENCH_PHASE_TIMEOUT_MS (600000), BENCH_RESULTS, DATABASE_URL, KAFKA_BROKERS.
 * Results: a table on stdout and JSON in bench/results/programme-kpi-query.json (git-ignored).
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ROLES } from '@aeo/auth';
import { bearer, createTestDatabase, startServiceProcess } from '@aeo/testing';
import type { RunningProcess, TestDatabase } from '@aeo/testing';
import * as kit from './lib/bench-kit';

const DECLARATIONS = kit.intEnv('BENCH_DECLARATIONS', 1_000_000);
const APPLICATIONS = kit.intEnv('BENCH_APPLICATIONS', 1000);
const QUERIES = kit.intEnv('BENCH_QUERIES', 40);
const TARGET_P99_MS = Number(process.env['BENCH_TARGET_P99_MS'] ?? '50');
const ENFORCE_TARGET = process.env['BENCH_ENFORCE_TARGET'] === '1';
const PHASE_TIMEOUT_MS = kit.intEnv('BENCH_PHASE_TIMEOUT_MS', 600_000);
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'programme-kpi-query.json'));

/** The year measured: 2025, whole months and quarters. */
const YEAR_START = '2025-01-01T00:00:00Z';
const REGIONS = ['ULAANBAATAR', 'DARKHAN', 'ERDENET', 'ZAMYN_UUD', 'SELENGE', 'UMNUGOVI', 'DORNOGOVI'];
const BENEFIT_KPIS = [
  'aeo-declaration-share',
  'aeo-customs-value-share',
  'aeo-documentary-control-rate',
  'other-physical-control-rate',
  'aeo-benefit-received',
];
const CERTIFICATION_KPI = 'certification-time-median';

// ------------------------------------------------------------------------------------------------
// setup: a year straight into the tables
// ------------------------------------------------------------------------------------------------
/**
 * A year of declarations spread evenly over 2025 and the regions (Ulaanbaatar the busiest), one
 * in five an AEO's (AEOC, AEOS, AEOF in turn), channels from a hash of the number: about 10%
 * documentary and 3% physical for the others, a fifth of that for AEOs; controlled AEO
 * declarations get priority. Then the roll-up, from the rows by the same rules as the fold.
 */
const SEED_DECLARATIONS = `
INSERT INTO declaration_benefit_facts (declaration_id, declaration_event_id, lodged_at, region, customs_office,
  trader_taxpayer_id, customs_value, currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type,
  benefits, priority)
SELECT 'BENCH-' || i, md5('lodged' || i), at, region, region || '-01', (1000000 + i % 20000)::text, value, 'MNT',
  md5('decided' || i), gen_random_uuid(), at + interval '2 seconds', channel, aeo,
  CASE WHEN aeo IS NULL THEN '{}'::text[] ELSE ARRAY['aeo-risk-score-reduction'] END, aeo IS NOT NULL AND channel <> 'green'
FROM (
  SELECT i, at, region, value, aeo,
    CASE WHEN draw < (CASE WHEN aeo IS NULL THEN 0.03 ELSE 0.006 END) THEN 'red'
      WHEN draw < (CASE WHEN aeo IS NULL THEN 0.13 ELSE 0.026 END) THEN 'yellow' ELSE 'green' END AS channel
  FROM (
    SELECT i,
      $2::timestamptz + (i::float8 / $1) * interval '365 days' AS at,
      (ARRAY['ULAANBAATAR','ULAANBAATAR','ULAANBAATAR','DARKHAN','ERDENET','ZAMYN_UUD','SELENGE','UMNUGOVI','DORNOGOVI'])[1 + i % 9] AS region,
      round((100000 + (hashint4(i) & 2147483647) % 900000000)::numeric, 2) AS value,
      CASE WHEN i % 5 = 0 THEN (ARRAY['AEOC','AEOS','AEOF'])[1 + (i / 5) % 3] END AS aeo,
      ((hashint4(i * 7 + 1) & 2147483647) % 100000) / 100000.0 AS draw
    FROM generate_series(1, $1) AS i
  ) raw
) s`;
const SEED_ROLLUP = `
INSERT INTO declaration_benefit_daily (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
SELECT date_trunc('day', lodged_at, 'UTC'), region, COALESCE(aeo_status_type, 'none'), count(*), sum(customs_value),
  count(*) FILTER (WHERE channel = 'yellow'), count(*) FILTER (WHERE channel = 'red'),
  count(*) FILTER (WHERE aeo_status_type IS NOT NULL AND (channel = 'green' OR priority))
FROM declaration_benefit_facts GROUP BY 1, 2, 3`;
/** Applications over the year: submitted, accepted 10 days later, decided 40 to 140 days after submission; one in five refused. */
const SEED_APPLICATIONS = `
WITH a AS (
  SELECT i, gen_random_uuid() AS application_id, gen_random_uuid() AS operator_id,
    (ARRAY['ULAANBAATAR','DARKHAN','ERDENET','ZAMYN_UUD','SELENGE','UMNUGOVI','DORNOGOVI'])[1 + i % 7] AS region,
    (ARRAY['AEOC','AEOS','AEOF'])[1 + i % 3] AS status_type,
    $2::timestamptz + (i::float8 / $1) * interval '300 days' AS submitted_at,
    (40 + i % 100) * interval '1 day' AS takes
  FROM generate_series(1, $1) AS i
), processes AS (
  INSERT INTO certification_processes (application_id, operator_id, region, status_type, submitted_at, accepted_at,
    deemed_acceptance, decision_deadline, extensions_used, report_submitted_at, refused_at)
  SELECT application_id, operator_id, region, status_type, submitted_at, submitted_at + interval '10 days', false,
    submitted_at + interval '130 days', false, submitted_at + takes - interval '15 days',
    CASE WHEN i % 5 = 0 THEN submitted_at + takes END
  FROM a
)
INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)
SELECT 'MN-AEO-BENCH-' || i, md5('granted' || i), operator_id, region, status_type, submitted_at + takes
FROM a WHERE i % 5 <> 0`;

async function seed(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const timed = async (what: string, sql: string, parameters: unknown[] = []) => {
      const started = performance.now();
      const { rowCount } = await kit.withTimeout(client.query(sql, parameters), PHASE_TIMEOUT_MS, what);
      console.log(`[bench] seeded ${what}: ${rowCount} rows in ${kit.fmt(performance.now() - started)} ms`);
      return rowCount ?? 0;
    };
    const declarations = await timed('declarations with their decisions', SEED_DECLARATIONS, [
      DECLARATIONS,
      YEAR_START,
    ]);
    const rollup = await timed('the daily roll-up', SEED_ROLLUP);
    const grants = await timed('applications and grants', SEED_APPLICATIONS, [APPLICATIONS, YEAR_START]);
    await client.query('ANALYZE');
    return { declarations, rollupRows: rollup, grants };
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------------
// measuring
// ------------------------------------------------------------------------------------------------
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1]!,
  };
};

async function timeEach(n: number, call: () => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    kit.checkAbort();
    const started = performance.now();
    await call();
    ms.push(performance.now() - started);
  }
  return ms;
}

async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] programme KPI query: ${DECLARATIONS} declarations, ${APPLICATIONS} applications over 2025, ${QUERIES} queries per KPI, period and scope`,
  );
  const database: TestDatabase = await createTestDatabase('bench_programme_query');
  kit.onCleanup('drop database', () => database.drop());
  // Kafka at a closed port: the consumers stay out of the measurement (the store is seeded directly).
  const service: RunningProcess = await startServiceProcess('programme', {
    databaseUrl: database.url,
    env: {
      KAFKA_BROKERS: '127.0.0.1:1',
      LOG_LEVEL: 'error',
      DEVIATION_EVALUATION_INTERVAL_S: '0',
    },
    readyTimeoutMs: 120_000,
  });
  kit.onCleanup('stop the service', () => service.stop());
  const seeded = await seed(database.url);

  const token = bearer({ sub: 'bench-policy', roles: [ROLES.policyUnit] });
  const get = async (path: string) => {
    const response = await fetch(`${service.url}${path}`, { headers: { authorization: token } });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  const queries = [
    { period: 'month', range: 'from=2025-01-01&to=2026-01-01' },
    { period: 'quarter', range: 'from=2025-01-01&to=2026-01-01' },
  ].flatMap(({ period, range }) => ['', `&region=${REGIONS[1]}`].map((scope) => `period=${period}&${range}${scope}`));
  // Warm-up: every query once (plans, caches), and a figure to show.
  for (const kpi of [...BENEFIT_KPIS, CERTIFICATION_KPI]) for (const q of queries) await get(`/v1/kpis/${kpi}?${q}`);
  const sample = (await (
    await fetch(`${service.url}/v1/kpis/aeo-declaration-share?period=quarter&from=2025-01-01&to=2026-01-01`, {
      headers: { authorization: token },
    })
  ).json()) as { values: { period: string; value: number; sample: number }[] };
  const shown = sample.values.map((v) => [v.period, kit.round3(v.value), v.sample]);
  console.log(`[bench] aeo-declaration-share per quarter: ${JSON.stringify(shown)}`);

  const client = new Client({ connectionString: database.url });
  await client.connect();
  kit.onCleanup('disconnect', () => client.end());
  // The SQL each KPI runs, as GET /v1/kpis documents it: run straight on PostgreSQL, it shows how
  // much of an answer is the database's and how much the HTTP stack's.
  const definitions = (await (await fetch(`${service.url}/v1/kpis`, { headers: { authorization: token } })).json()) as {
    id: string;
    sql: string;
  }[];
  const sqlOf = (id: string) => definitions.find((kpi) => kpi.id === id)!.sql;
  const sqlParameters = (period: string, region: string | null) => [
    period,
    '2025-01-01T00:00:00Z',
    '2026-01-01T00:00:00Z',
    region,
    null,
  ];
  const rounds: Record<string, number[]> = {
    selectOne: [],
    health: [],
    benefitSql: [],
    benefit: [],
    certification: [],
  };
  for (let round = 0; round < QUERIES; round++) {
    rounds.selectOne!.push(...(await timeEach(4, async () => void (await client.query('SELECT 1')))));
    rounds.health!.push(...(await timeEach(4, () => get('/health/live'))));
    for (const kpi of BENEFIT_KPIS)
      for (const period of ['month', 'quarter'])
        for (const region of [null, REGIONS[1]!])
          rounds.benefitSql!.push(
            ...(await timeEach(1, async () => void (await client.query(sqlOf(kpi), sqlParameters(period, region))))),
          );
    for (const kpi of BENEFIT_KPIS)
      for (const q of queries) rounds.benefit!.push(...(await timeEach(1, () => get(`/v1/kpis/${kpi}?${q}`))));
    for (const q of queries)
      rounds.certification!.push(...(await timeEach(1, () => get(`/v1/kpis/${CERTIFICATION_KPI}?${q}`))));
  }
  const figures = Object.fromEntries(Object.entries(rounds).map(([name, ms]) => [name, summary(ms)]));
  const kpiP99 = Math.max(figures['benefit']!.p99, figures['certification']!.p99);
  const pass = kpiP99 < TARGET_P99_MS;
  const row = (label: string, s: ReturnType<typeof summary>) => [
    label,
    String(s.n),
    kit.fmt(s.p50, 2),
    kit.fmt(s.p99, 2),
    kit.fmt(s.max, 2),
  ];
  console.log(
    `\n${kit.table([
      ['round trip (ms)', 'n', 'p50', 'p99', 'max'],
      row('baseline: SELECT 1 (pg)', figures['selectOne']!),
      row('baseline: GET /health/live', figures['health']!),
      row('benefit KPIs: their SQL alone (pg)', figures['benefitSql']!),
      row(`benefit KPIs (${BENEFIT_KPIS.length}), month/quarter, national/region`, figures['benefit']!),
      row(`${CERTIFICATION_KPI}, month/quarter, national/region`, figures['certification']!),
    ])}\n\nKPI p99 ${kit.fmt(kpiP99, 2)} ms (${kit.fmt(kpiP99 / figures['health']!.p99, 1)}x the health round trip's p99, ${kit.fmt(
      kpiP99 / figures['selectOne']!.p99,
      1,
    )}x SELECT 1's); target < ${TARGET_P99_MS} ms: ${pass ? 'PASS' : 'ABOVE TARGET'}`,
  );
  kit.writeResults(RESULTS_PATH, 'programme-kpi-query', startedAt, {
    config: { declarations: DECLARATIONS, applications: APPLICATIONS, queries: QUERIES, targetP99Ms: TARGET_P99_MS },
    seeded,
    figures,
    summary: { kpiP99Ms: kit.round1(kpiP99), pass },
  });
  return !pass && ENFORCE_TARGET ? 3 : 0;
}

kit.runMain(main);
