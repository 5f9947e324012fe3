/**
 * The pilot benefits test over a year of declarations at Mongolian volume: `GET
 * /v1/pilots/{id}/benefits-test` (what the final report runs too) of the programme service, run as a
 * real process on a fresh database (Kafka pointed at a closed port, so no consumer works meanwhile),
 * for a pilot of BENCH_COMPANIES certified companies measured as of its four milestones and now.
 * `declaration_benefit_facts` is seeded with generate_series: BENCH_DECLARATIONS over 2025 from
 * BENCH_TRADERS traders, a few large and many small. Compared, in the same run, with the smallest
 * read the test stands on: a plain `count(*)` of one pilot company's rows, on PostgreSQL. Then each
 * query of `benefits-test.sql` that reads the facts, under `EXPLAIN (ANALYZE, BUFFERS)` with the
 * parameters the answer shows (its windows, bands and comparable traders): time, buffers, plan.
 *
 * BENCH_SQL_REVISION=<git revision> explains that revision's `benefits-test.sql` too (e.g. 9cc8334,
 * before the comparable set was bounded), with the same parameters: with the benefits test's indexes
 * (migration 1764300001580), then without them (dropped: the schema before that migration).
 *
 *   node -r ./tools/register.js bench/pilot-benefits-test.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_DECLARATIONS (1000000), BENCH_TRADERS (3000), BENCH_COMPANIES (20), BENCH_ROUNDS (5:
 *   the test and the baseline alternate), BENCH_SQL_REVISION (none), BENCH_PHASE_TIMEOUT_MS (600000, bounds
 *   every call), BENCH_RESULTS, DATABASE_URL.
 * Results: tables on stdout and JSON (with the plans) in bench/results/pilot-benefits-test.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ROLES } from '@aeo/auth';
import { bearer, createTestDatabase, startServiceProcess, testEnv } from '@aeo/testing';
import type { RunningProcess, TestDatabase } from '@aeo/testing';
import * as kit from './lib/bench-kit';

const DECLARATIONS = kit.intEnv('BENCH_DECLARATIONS', 1_000_000);
const TRADERS = kit.intEnv('BENCH_TRADERS', 3000);
const COMPANIES = kit.intEnv('BENCH_COMPANIES', 20);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 5);
const PHASE_TIMEOUT_MS = kit.intEnv('BENCH_PHASE_TIMEOUT_MS', 600_000);
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'pilot-benefits-test.json'));

const YEAR_START = '2025-01-01T00:00:00Z';
/** The benefits test's indexes (migration 1764300001580), dropped for the second measurement. */
const INDEXES = [
  'declaration_benefit_facts_trader',
  'declaration_benefit_facts_region_decided',
  'declaration_benefit_facts_aeo_traders',
];
const PILOT_ID = '00000000-0000-4000-8000-00000000b001';
/** Pilot company k is trader FIRST_COMPANY + STEP·k (a middle-sized trader), certified 9·k days after 1 March. */
const FIRST_COMPANY = 200;
const STEP = 7;
/** The largest traders are AEOs all year. */
const AEO_TRADERS = 40;

/**
 * A year of declarations lodged evenly over 2025 (table order follows time, as the fold writes it).
 * Declaration i's trader is ⌊TRADERS·u²⌋ for a hash u in [0, 1): trader 0 lodges about 1.8% of all
 * (18,318 of a million), the trader in the middle about 240 a year (0.7 of the mean). A trader lodges in its own region (Ulaanbaatar
 * the busiest). One in fifty has no channel decision yet. AEOs (the largest traders, and each pilot
 * company after its certification) get a fifth of the others' control rates, and priority when
 * controlled.
 */
const SEED_DECLARATIONS = `
INSERT INTO declaration_benefit_facts (declaration_id, declaration_event_id, lodged_at, region, customs_office,
  trader_taxpayer_id, customs_value, currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type,
  benefits, priority)
SELECT 'BENCH-' || i, md5('lodged' || i), at, region, region || '-01', (1000000 + t)::text, value, 'MNT',
  CASE WHEN decided THEN md5('decided' || i) END, CASE WHEN decided THEN gen_random_uuid() END,
  CASE WHEN decided THEN at + (30 + (hashint4(i * 3) & 2147483647) % 3600) * interval '1 second' END,
  CASE WHEN decided THEN channel END, CASE WHEN decided THEN aeo END,
  CASE WHEN NOT decided THEN NULL WHEN aeo IS NULL THEN '{}'::text[] ELSE ARRAY['aeo-risk-score-reduction'] END,
  CASE WHEN decided THEN aeo IS NOT NULL AND channel <> 'green' END
FROM (
  SELECT i, at, t, region, value, decided, aeo,
    CASE WHEN draw < (CASE WHEN aeo IS NULL THEN 0.03 ELSE 0.006 END) THEN 'red'
      WHEN draw < (CASE WHEN aeo IS NULL THEN 0.13 ELSE 0.026 END) THEN 'yellow' ELSE 'green' END AS channel
  FROM (
    SELECT i, at, t,
      (ARRAY['ULAANBAATAR','ULAANBAATAR','ULAANBAATAR','DARKHAN','ERDENET','ZAMYN_UUD','SELENGE','UMNUGOVI','DORNOGOVI'])[1 + t % 9] AS region,
      round((100000 + (hashint4(i) & 2147483647) % 900000000)::numeric, 2) AS value,
      i % 50 <> 0 AS decided,
      CASE WHEN t < ${AEO_TRADERS} THEN 'AEOS'
        WHEN t >= ${FIRST_COMPANY} AND (t - ${FIRST_COMPANY}) % ${STEP} = 0 AND (t - ${FIRST_COMPANY}) / ${STEP} < $3
          AND at >= timestamptz '2025-03-01T00:00:00Z' + ((t - ${FIRST_COMPANY}) / ${STEP}) * interval '9 days' THEN 'AEOC'
      END AS aeo,
      ((hashint4(i * 7 + 1) & 2147483647) % 100000) / 100000.0 AS draw
    FROM (
      SELECT i, $2::timestamptz + (i::float8 / $1) * interval '365 days' AS at,
        floor($4 * power(((hashint4(i * 5 + 2) & 2147483647)::float8 / 2147483648.0), 2))::int AS t
      FROM generate_series(1, $1) AS i
    ) drawn
  ) raw
) s`;

/** The pilot: four milestones in 2025, COMPANIES accepted companies each granted AEOC (at its certification above); $2: their operator ids. */
const SEED_PILOT = [
  `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
   VALUES ('${PILOT_ID}', 'BENCH', 'Benefits test bench', 'running', '2025-01-01', '2026-06-30', $1, 'bench')`,
  `INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, created_by)
   SELECT gen_random_uuid(), '${PILOT_ID}', 'Milestone ' || m, 'companies', due, 'bench', 'bench'
   FROM unnest(ARRAY['2025-04-30', '2025-06-30', '2025-09-30', '2025-12-15']::date[]) WITH ORDINALITY AS d(due, m)`,
  `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
   VALUES ('00000000-0000-4000-8000-00000000b002', '${PILOT_ID}', 1, 'bench', '{}', '[]', $1, 'bench', now())`,
  `INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason,
     chosen_by, chosen_at, updated_at)
   SELECT '${PILOT_ID}', (1000000 + t)::text, 'accepted',
     (ARRAY['ULAANBAATAR','ULAANBAATAR','ULAANBAATAR','DARKHAN','ERDENET','ZAMYN_UUD','SELENGE','UMNUGOVI','DORNOGOVI'])[1 + t % 9],
     ($2::uuid[])[k + 1], '00000000-0000-4000-8000-00000000b002', k + 1, 'volume', 'bench', now(), now()
   FROM generate_series(0, $1 - 1) AS k, LATERAL (SELECT ${FIRST_COMPANY} + ${STEP} * k AS t) c`,
  `INSERT INTO certification_grants (authorisation_number, event_id, operator_id, region, status_type, decided_at)
   SELECT 'MN-AEOC-BENCH-' || k, md5('granted' || k), ($2::uuid[])[k + 1], 'ULAANBAATAR', 'AEOC',
     timestamptz '2025-03-01T00:00:00Z' + k * interval '9 days'
   FROM generate_series(0, $1 - 1) AS k`,
];

/** The typed SQL file's queries by name, with their named parameters turned positional (as pgtyped runs them). */
function queriesOf(sql: string): Map<string, { text: string; names: string[] }> {
  const queries = new Map<string, { text: string; names: string[] }>();
  for (const [, name, body] of sql.matchAll(/\/\* @name (\w+) \*\/([\s\S]*?)(?=\/\* @name|$)/g)) {
    const names: string[] = [];
    const text = body!
      .split('\n')
      .filter((line) => !line.trim().startsWith('--'))
      .join('\n')
      .trim()
      .replace(/;$/, '')
      // pgtyped's nullability marks on column aliases ("ordinal!"): the runtime drops them from the rows.
      .replace(/"(\w+)[!?]"/g, '"$1"')
      .replace(/(?<!:):(\w+)!?/g, (_, parameter: string) => {
        if (!names.includes(parameter)) names.push(parameter);
        return `$${names.indexOf(parameter) + 1}`;
      });
    queries.set(name!, { text, names });
  }
  return queries;
}

const SQL_PATH = 'services/programme/src/pilots/benefits-test/benefits-test.sql';

/** The parameters of the reads of the facts, from an answer (what the service asked, as it answers it). */
interface Answer {
  measurements: {
    companies: {
      taxpayerId: string;
      region: string;
      before: { from: string; to: string } | null;
      after: { from: string; to: string; declarations: number } | null;
      peers: { from: string; to: string; volumeBand: { min: number; max: number }; maxTraders?: number } | null;
    }[];
  }[];
}

interface Explained {
  query: string;
  rows: number;
  executionMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  plan: string;
}

async function explain(client: Client, query: string, text: string, values: unknown[]): Promise<Explained> {
  const run = (options: string) =>
    kit.withTimeout(client.query(`EXPLAIN (${options}) ${text}`, values), PHASE_TIMEOUT_MS, `explain ${query}`);
  const {
    rows: [{ 'QUERY PLAN': json }],
  } = (await run('ANALYZE, BUFFERS, FORMAT JSON')) as unknown as {
    rows: [{ 'QUERY PLAN': [{ Plan: Record<string, number>; 'Execution Time': number; 'Planning Time': number }] }];
  };
  const plan = (await run('ANALYZE, BUFFERS, COSTS OFF')).rows.map((row) => row['QUERY PLAN'] as string).join('\n');
  return {
    query,
    rows: json[0].Plan['Actual Rows']!,
    executionMs: json[0]['Execution Time'],
    planningMs: json[0]['Planning Time'],
    sharedHit: json[0].Plan['Shared Hit Blocks']!,
    sharedRead: json[0].Plan['Shared Read Blocks']!,
    plan,
  };
}

/** Each facts query of `sql` explained with the parameters of `answer`: the companies' own windows, the comparable search, the comparable traders' windows. */
async function explainQueries(client: Client, sql: string, answer: Answer, label: string): Promise<Explained[]> {
  const queries = queriesOf(sql);
  const run = async (name: string, parameters: Record<string, unknown>) => {
    const { text, names } = queries.get(name)!;
    return { text, values: names.map((parameter) => parameters[parameter]) };
  };
  const companies = answer.measurements.flatMap((measurement) => measurement.companies.filter((c) => c.after));
  const windows = companies.flatMap((c) => [
    { taxpayerId: c.taxpayerId, region: '', ...c.before! },
    { taxpayerId: c.taxpayerId, region: '', ...c.after! },
  ]);
  const own = await run('WindowFigures', {
    ordinals: windows.map((_, index) => index),
    taxpayerIds: windows.map((w) => w.taxpayerId),
    regions: windows.map((w) => w.region),
    froms: windows.map((w) => w.from),
    tos: windows.map((w) => w.to),
  });
  const comparable = await run('ComparableTraders', {
    regions: companies.map((c) => c.region),
    froms: companies.map((c) => c.peers!.from),
    tos: companies.map((c) => c.peers!.to),
    minVolumes: companies.map((c) => c.peers!.volumeBand.min),
    maxVolumes: companies.map((c) => c.peers!.volumeBand.max),
    companyVolumes: companies.map((c) => c.after!.declarations),
    maxTraders: companies[0]?.peers!.maxTraders ?? 0,
  });
  const { rows: traders } = (await client.query(comparable.text, comparable.values)) as {
    rows: { ordinal: number; taxpayer_id: string }[];
  };
  const peers = await run('WindowFigures', {
    ordinals: traders.map((t) => t.ordinal),
    taxpayerIds: traders.map((t) => t.taxpayer_id),
    regions: traders.map((t) => companies[t.ordinal - 1]!.region),
    froms: traders.map((t) => companies[t.ordinal - 1]!.peers!.from),
    tos: traders.map((t) => companies[t.ordinal - 1]!.peers!.to),
  });
  const explained = [
    await explain(client, 'WindowFigures (own)', own.text, own.values),
    await explain(client, 'ComparableTraders', comparable.text, comparable.values),
    await explain(client, `WindowFigures (${traders.length} comparable)`, peers.text, peers.values),
  ];
  kit.printTable([
    [`${label}: EXPLAIN ANALYZE`, 'rows', 'exec ms', 'plan ms', 'shared hit', 'shared read'],
    ...explained.map((e) => [
      e.query,
      String(e.rows),
      kit.fmt(e.executionMs, 2),
      kit.fmt(e.planningMs, 2),
      String(e.sharedHit),
      String(e.sharedRead),
    ]),
  ]);
  return explained;
}

async function timeEach(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    kit.checkAbort();
    const started = performance.now();
    await kit.withTimeout(call(), PHASE_TIMEOUT_MS, 'a timed call');
    ms.push(performance.now() - started);
  }
  return ms;
}

const REVISION = process.env['BENCH_SQL_REVISION'];

/** One schema's measurement: the test against the baseline, then its queries explained. */
async function measure(label: string, service: RunningProcess, client: Client) {
  const token = bearer({ sub: 'bench-policy', roles: [ROLES.policyUnit] });
  const company = String(1000000 + FIRST_COMPANY);
  const baseline = () =>
    client.query(`SELECT count(*) FROM declaration_benefit_facts WHERE trader_taxpayer_id = $1`, [company]);
  const benefitsTest = async () => {
    const response = await fetch(`${service.url}/v1/pilots/${PILOT_ID}/benefits-test`, {
      headers: { authorization: token },
      signal: AbortSignal.timeout(PHASE_TIMEOUT_MS),
    });
    if (!response.ok)
      throw new Error(
        `benefits-test: ${response.status} ${await response.text()}\n${service
          .logs()
          .split('\n')
          .filter((line) => !line.includes('"kafka"'))
          .slice(-20)
          .join('\n')}`,
      );
    return (await response.json()) as Answer;
  };
  // Warm-up (plans, caches), and the answer whose parameters the queries are explained with.
  await baseline();
  const answer = await kit.withTimeout(benefitsTest(), PHASE_TIMEOUT_MS, 'benefits test');
  const timings = { baseline: [] as number[], benefitsTest: [] as number[] };
  for (const { kind } of kit.alternatingRounds(ROUNDS, ['baseline', 'benefitsTest'] as const))
    timings[kind].push(...(await timeEach(1, kind === 'baseline' ? baseline : benefitsTest)));
  const last = answer.measurements.at(-1)!;
  const peers = last.companies.flatMap((c) =>
    c.peers ? [c.peers as unknown as { traders: number; declarations: number }] : [],
  );
  const shape = {
    measurements: answer.measurements.length,
    certified: last.companies.filter((c) => c.after).length,
    peerTraders: peers.reduce((sum, p) => sum + p.traders, 0),
    peerDeclarations: peers.reduce((sum, p) => sum + p.declarations, 0),
    peerTradersMax: Math.max(0, ...peers.map((p) => p.traders)),
  };
  const medians = { baseline: kit.median(timings.baseline)!, benefitsTest: kit.median(timings.benefitsTest)! };
  console.log(
    `\n[bench] ${label}: benefits test ${kit.fmt(medians.benefitsTest, 1)} ms (median of ${ROUNDS}), baseline count(*) ${kit.fmt(
      medians.baseline,
      2,
    )} ms, ratio ${kit.fmt(medians.benefitsTest / medians.baseline, 1)}; now: ${JSON.stringify(shape)}`,
  );
  const explained = await explainQueries(client, readFileSync(join(testEnv.repoRoot, SQL_PATH), 'utf8'), answer, label);
  return { answer, timings, medians, ratio: medians.benefitsTest / medians.baseline, shape, explained };
}

/** BENCH_SQL_REVISION's queries explained with the parameters of `answer`. */
const explainRevision = (client: Client, answer: Answer, label: string) =>
  explainQueries(
    client,
    execFileSync('git', ['show', `${REVISION}:${SQL_PATH}`], { cwd: testEnv.repoRoot, encoding: 'utf8' }),
    answer,
    `${label}, the SQL of ${REVISION}`,
  );

async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] pilot benefits test: ${DECLARATIONS} declarations of ${TRADERS} traders over 2025, ${COMPANIES} pilot companies, ${ROUNDS} rounds`,
  );
  const database: TestDatabase = await createTestDatabase('bench_benefits_test');
  kit.onCleanup('drop database', () => database.drop());
  // Kafka at a closed port: the consumers stay out of the measurement (the facts are seeded directly).
  const service: RunningProcess = await startServiceProcess('programme', {
    databaseUrl: database.url,
    env: { KAFKA_BROKERS: '127.0.0.1:1', LOG_LEVEL: 'error', DEVIATION_EVALUATION_INTERVAL_S: '0' },
    readyTimeoutMs: 120_000,
  });
  kit.onCleanup('stop the service', () => service.stop());
  const client = new Client({ connectionString: database.url });
  await client.connect();
  kit.onCleanup('disconnect', () => client.end());
  const timed = async (what: string, sql: string, parameters: unknown[] = []) => {
    kit.checkAbort();
    const started = performance.now();
    await kit.withTimeout(client.query(sql, parameters), PHASE_TIMEOUT_MS, what);
    console.log(`[bench] ${what} in ${kit.fmt(performance.now() - started)} ms`);
  };
  await timed('seeded the declarations', SEED_DECLARATIONS, [DECLARATIONS, YEAR_START, COMPANIES, TRADERS]);
  const operators = Array.from({ length: COMPANIES }, () => randomUUID());
  for (const sql of SEED_PILOT)
    await timed(
      'seeded the pilot',
      sql,
      sql.includes('$2') ? [COMPANIES, operators] : sql.includes('$1') ? [COMPANIES] : [],
    );
  await timed('vacuumed and analysed', 'VACUUM ANALYZE');
  const {
    rows: [{ traders, largest }],
  } = (await client.query(
    `SELECT count(*)::int AS traders, max(n)::int AS largest
     FROM (SELECT count(*) AS n FROM declaration_benefit_facts GROUP BY trader_taxpayer_id) t`,
  )) as unknown as { rows: [{ traders: number; largest: number }] };
  console.log(`[bench] ${traders} traders lodged; the largest ${largest} declarations`);

  const { answer, ...withIndexes } = await measure('with the benefits test indexes', service, client);
  const revisionWithIndexes = REVISION ? await explainRevision(client, answer, 'with the indexes') : undefined;
  // Without the indexes, as before migration 1764300001580: that revision's queries only (this
  // revision's are written for the indexes, and the service's statement timeout stops them).
  for (const index of INDEXES) await timed(`dropped ${index}`, `DROP INDEX ${index}`);
  await timed('analysed', 'ANALYZE declaration_benefit_facts');
  const revisionWithoutIndexes = REVISION ? await explainRevision(client, answer, 'without the indexes') : undefined;
  const total = (explained: Explained[] | undefined) =>
    explained
      ? kit.fmt(
          explained.reduce((sum, e) => sum + e.executionMs, 0),
          1,
        )
      : '-';
  kit.printTable([
    ['', 'benefits test p50 ms', 'count(*) p50 ms', 'ratio', 'its facts queries, EXPLAIN ANALYZE ms'],
    [
      'this revision, with the indexes',
      kit.fmt(withIndexes.medians.benefitsTest, 1),
      kit.fmt(withIndexes.medians.baseline, 2),
      kit.fmt(withIndexes.ratio, 1),
      total(withIndexes.explained),
    ],
    [`${REVISION ?? '(BENCH_SQL_REVISION)'}'s queries, with the indexes`, '-', '-', '-', total(revisionWithIndexes)],
    [`${REVISION ?? '(BENCH_SQL_REVISION)'}'s queries, without them`, '-', '-', '-', total(revisionWithoutIndexes)],
  ]);
  kit.writeResults(RESULTS_PATH, 'pilot-benefits-test', startedAt, {
    config: { declarations: DECLARATIONS, traders: TRADERS, companies: COMPANIES, rounds: ROUNDS, revision: REVISION },
    seeded: { traders, largest },
    withIndexes,
    revisionWithIndexes,
    revisionWithoutIndexes,
  });
  return 0;
}

kit.runMain(main);
