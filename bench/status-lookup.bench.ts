/**
 * AEO status look-ups per second (`GET /v1/aeo-status/:taxpayerId`, the platform's hottest path)
 * against a bare Node `http` server returning a constant JSON body of the same size, both as
 * separate processes on this machine, driven by the same autocannon settings in the same run
 * (the machine is noisy, so the ratio service/bare is the figure to watch, not the absolute rates).
 *
 *   node -r ./tools/register.js bench/status-lookup.bench.ts      (from the repo root)
 *
 * Env (defaults): BENCH_CONNECTIONS (50), BENCH_DURATION_S (10 per round), BENCH_ROUNDS (3),
 *   BENCH_WARMUP_S (3), BENCH_TAXPAYERS (10000 ids requested at random), BENCH_AEO_SHARE (0.6 of
 *   them have an aeo_status row), BENCH_PIPELINING (1), BENCH_TARGET_RATIO (0.6, issue 18),
 *   BENCH_ENFORCE_TARGET (1 = exit 3 below target), BENCH_RESULTS, DATABASE_URL.
 * Results: a table on stdout and JSON in bench/results/status-lookup.json (git-ignored).
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { ROLES } from '@aeo/auth';
import { bearer, createTestDatabase, startServiceProcess } from '@aeo/testing';
import type { RunningProcess, TestDatabase } from '@aeo/testing';
import * as kit from './lib/bench-kit';

const CONNECTIONS = kit.intEnv('BENCH_CONNECTIONS', 50);
const DURATION_S = kit.intEnv('BENCH_DURATION_S', 10);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 3);
const WARMUP_S = kit.intEnv('BENCH_WARMUP_S', 3);
const TAXPAYERS = kit.intEnv('BENCH_TAXPAYERS', 10_000);
const AEO_SHARE = Number(process.env['BENCH_AEO_SHARE'] ?? '0.6');
const PIPELINING = kit.intEnv('BENCH_PIPELINING', 1);
const TARGET_RATIO = Number(process.env['BENCH_TARGET_RATIO'] ?? '0.6');
const ENFORCE_TARGET = process.env['BENCH_ENFORCE_TARGET'] === '1';
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'status-lookup.json'));

interface Run {
  kind: 'bare' | 'service';
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
}

// ------------------------------------------------------------------------------------------------
// the baseline: a bare Node http server in its own process, answering a constant body
// ------------------------------------------------------------------------------------------------
const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BARE_BODY);
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => process.stdout.write('PORT ' + server.address().port + '\\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

async function startBare(body: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['-e', BARE_SERVER], {
    env: { ...process.env, BARE_BODY: body },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await kit.pollUntil(
      () => `the bare server to listen (${output})`,
      async () => /PORT \d+/.test(output) || child.exitCode !== null,
      20,
      15_000,
    );
    if (child.exitCode !== null) throw new Error(`bare server exited: ${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${/PORT (\d+)/.exec(output)![1]}`, stop };
}

// ------------------------------------------------------------------------------------------------
// seeding: aeo_status rows for a share of the taxpayers; the others are unknown (aeo: false)
// ------------------------------------------------------------------------------------------------
function taxpayerIds(): string[] {
  return Array.from({ length: TAXPAYERS }, (_, i) => String(5_000_000 + ((i * 7919) % 4_999_999)));
}

async function seedStatuses(databaseUrl: string, ids: string[]): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const known = ids.filter((_, i) => (i * 0.618_033_988_75) % 1 < AEO_SHARE);
    const types = ['AEOF', 'AEOS', 'AEOC'];
    const statuses = ['granted', 'granted', 'granted', 'granted', 'granted', 'granted', 'suspended', 'revoked'];
    for (let offset = 0; offset < known.length; offset += 2000) {
      const chunk = known.slice(offset, offset + 2000);
      await client.query(
        `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, updated_at, last_event_at)
         SELECT t.id, t.op, 'MN-AEO-BENCH-' || t.id, t.type, t.status, CASE WHEN t.status = 'suspended' THEN 'security' END, now() - interval '30 days', true, now(), now()
           FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[]) AS t(id, op, type, status)`,
        [
          chunk,
          chunk.map(() => randomUUID()),
          chunk.map((_, i) => types[(offset + i) % 3]),
          chunk.map((_, i) => statuses[(offset + i) % statuses.length]),
        ],
      );
    }
    await client.query('ANALYZE aeo_status');
    return known.length;
  } finally {
    await client.end();
  }
}

/** Waits until the inbox stops growing for 2 s and the outbox is drained; returns the inbox size. */
async function waitForIdleConsumers(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let last = -1;
    let stableSince = Date.now();
    let inbox = 0;
    await kit.pollUntil(
      () => `the service's consumers to go idle (inbox ${inbox})`,
      async () => {
        const { rows } = await client.query(
          `SELECT (SELECT count(*)::int FROM inbox) AS inbox, (SELECT count(*)::int FROM outbox WHERE sent_at IS NULL) AS pending`,
        );
        inbox = rows[0].inbox;
        if (inbox !== last || rows[0].pending > 0) {
          last = inbox;
          stableSince = Date.now();
        }
        return Date.now() - stableSince >= 2000;
      },
      250,
      300_000,
    );
    return inbox;
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------------
// load
// ------------------------------------------------------------------------------------------------
async function load(
  kind: Run['kind'],
  url: string,
  label: string,
  paths: string[],
  authorization: string,
  seconds: number,
): Promise<Run> {
  kit.checkAbort();
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    pipelining: PIPELINING,
    duration: seconds,
    timeout: 10,
    headers: { authorization, accept: 'application/json' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }),
      },
    ],
  });
  const result = await kit.withTimeout(instance, (seconds + 30) * 1000, `autocannon ${kind} ${label}`);
  const requests = result.requests.total;
  return {
    kind,
    label,
    requests,
    rps: requests / (result.duration || seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: requests ? result.throughput.total / requests : 0,
  };
}

// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
async function main(): Promise<number> {
  const startedAt = new Date();
  console.log(
    `[bench] status look-up: ${CONNECTIONS} connections, pipelining ${PIPELINING}, ${DURATION_S} s x ${ROUNDS} rounds (+${WARMUP_S} s warm-up each side), ${TAXPAYERS} taxpayers (${AEO_SHARE * 100}% with a status row)`,
  );

  // --- setup: the service as a real process on a throw-away database, then the seed ---
  const database: TestDatabase = await createTestDatabase('bench_status');
  kit.onCleanup(`drop database ${database.name}`, () => database.drop());
  kit.checkAbort();
  const service: RunningProcess = await startServiceProcess('risk-management', {
    databaseUrl: database.url,
    env: { LOG_LEVEL: 'warn' },
    readyTimeoutMs: 120_000,
  });
  kit.onCleanup('stop risk-management', () => service.stop());
  const ids = taxpayerIds();
  const seeded = await seedStatuses(database.url, ids);
  const paths = ids.map((id) => `/v1/aeo-status/${id}`);
  const authorization = bearer({ sub: 'border-bench', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });

  // A real answer of the service (an AEO) is the bare server's constant body, so sizes match.
  const probe = await fetch(`${service.url}${paths[0]}`, { headers: { authorization } });
  const body = await probe.text();
  if (!probe.ok) throw new Error(`look-up probe failed: ${probe.status} ${body}\n${service.logs().slice(-2000)}`);
  const unknownProbe = await (
    await fetch(`${service.url}/v1/aeo-status/9999999`, { headers: { authorization } })
  ).text();
  console.log(
    `[bench] seeded ${seeded} aeo_status rows; ${service.name} at ${service.url}; sample answer (${Buffer.byteLength(body)} B): ${body}; unknown: ${unknownProbe}`,
  );
  const bare = await startBare(body);
  kit.onCleanup('stop bare server', () => bare.stop());

  // The fresh service first catches up with the topics' backlog (declarations, certification
  // events): a one-off that is not the look-up's cost, so the load starts once it is done.
  const caughtUp = await waitForIdleConsumers(database.url);
  console.log(`[bench] the service's consumers caught up with ${caughtUp} backlog events before the load`);

  // --- warm-up (JIT, connections, the service's cache) ---
  console.log('[bench] warm-up...');
  await load('bare', bare.url, 'warm-up', paths, authorization, WARMUP_S);
  await load('service', service.url, 'warm-up', paths, authorization, WARMUP_S);

  // --- alternating rounds ---
  const runs: Run[] = [];
  for (const { round, kind } of kit.alternatingRounds(ROUNDS, ['bare', 'service'] as const)) {
    const run = await load(
      kind,
      kind === 'bare' ? bare.url : service.url,
      `round ${round}`,
      paths,
      authorization,
      DURATION_S,
    );
    runs.push(run);
    console.log(
      `[bench] round ${round} ${kind.padEnd(7)} ${kit.fmt(run.rps).padStart(7)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  max ${run.max} ms  (${run.requests} requests, ${run.errors} errors, ${run.non2xx} non-2xx, ${kit.fmt(run.bytesPerResponse)} B/response)`,
    );
    if (run.errors || run.non2xx)
      throw new Error(
        `${kind} round ${round}: ${run.errors} errors and ${run.non2xx} non-2xx responses\n${service.logs().slice(-2000)}`,
      );
    await kit.sleep(1000);
  }

  // --- summary ---
  const of = (kind: Run['kind']) => runs.filter((r) => r.kind === kind);
  const m = (kind: Run['kind'], key: 'rps' | 'p50' | 'p90' | 'p99' | 'max') => kit.median(of(kind).map((r) => r[key]));
  const ratio = m('service', 'rps') / m('bare', 'rps');
  const perRound = of('service').map((s, i) => s.rps / of('bare')[i].rps);
  const pass = ratio >= TARGET_RATIO;
  kit.printTable([
    ['summary (medians)', 'bare http', 'service'],
    ['req/s', kit.fmt(m('bare', 'rps')), kit.fmt(m('service', 'rps'))],
    ['p50 ms', kit.fmt(m('bare', 'p50'), 1), kit.fmt(m('service', 'p50'), 1)],
    ['p90 ms', kit.fmt(m('bare', 'p90'), 1), kit.fmt(m('service', 'p90'), 1)],
    ['p99 ms', kit.fmt(m('bare', 'p99'), 1), kit.fmt(m('service', 'p99'), 1)],
    ['max ms', kit.fmt(m('bare', 'max'), 1), kit.fmt(m('service', 'max'), 1)],
    ['ratio service/bare (req/s)', '', kit.fmt(ratio, 3)],
    ['per-round ratios', '', perRound.map((x) => x.toFixed(3)).join(' ')],
    [`target ratio >= ${TARGET_RATIO}`, '', pass ? 'PASS' : 'BELOW TARGET'],
  ]);

  kit.writeResults(RESULTS_PATH, 'status-lookup', startedAt, {
    config: {
      connections: CONNECTIONS,
      pipelining: PIPELINING,
      durationS: DURATION_S,
      rounds: ROUNDS,
      warmupS: WARMUP_S,
      taxpayers: TAXPAYERS,
      aeoRows: seeded,
      targetRatio: TARGET_RATIO,
      responseBytes: Buffer.byteLength(body),
    },
    runs: runs.map((r) => ({ ...r, rps: kit.round1(r.rps), bytesPerResponse: kit.round1(r.bytesPerResponse) })),
    summary: {
      bare: { rps: kit.round1(m('bare', 'rps')), p50: m('bare', 'p50'), p90: m('bare', 'p90'), p99: m('bare', 'p99') },
      service: {
        rps: kit.round1(m('service', 'rps')),
        p50: m('service', 'p50'),
        p90: m('service', 'p90'),
        p99: m('service', 'p99'),
      },
      ratio: kit.round3(ratio),
      perRoundRatios: perRound.map(kit.round3),
      pass,
    },
  });
  return !pass && ENFORCE_TARGET ? 3 : 0;
}

kit.runMain(main);
