/**
 * Scale check of the revalidation workflows: parks BENCH_WORKFLOWS (10,000) revalidation
 * workflows on their timers on the local Temporal server (one per authorisation, due in three
 * years, as after a grant) and reports the start rate, how fast the worker parks them (first
 * workflow task done, timer set), the worker's memory, and the server's health and footprint.
 *
 * Baseline, same run: the rate at which the same server accepts starts of the same workflow on a
 * task queue no worker polls (BENCH_BASELINE starts). The ratio parked/s ÷ accepted/s shows what
 * the worker's first task costs on top of the server's own start path.
 *
 *   node -r ./tools/register.js bench/revalidation-parking.bench.ts      (from the repo root)
 *
 * Several servers in one run (issue 21: the PostgreSQL-backed server of the cluster profile against
 * the dev server's rate measured in the same run), parked one after the other, each with its own
 * worker and its workflows terminated before the next; the table has a column per server, with the
 * rate over the dev server's and server, worker and store memory per parked workflow:
 *
 *   bash deploy/local/infra.sh cluster start temporal
 *   BENCH_SERVERS='postgresql=127.0.0.1:17233*100000,dev=127.0.0.1:7233*10000' \
 *     node -r ./tools/register.js bench/revalidation-parking.bench.ts
 *
 * Env (defaults): BENCH_SERVERS (the one server of TEMPORAL_ADDRESS), BENCH_WORKFLOWS (10000: a server's
 *   count unless its BENCH_SERVERS entry names one), BENCH_BASELINE (1000), BENCH_CONCURRENCY (32 starts in
 *   flight), BENCH_MAX_CACHED (250 workflows cached by the worker), BENCH_PARK_TIMEOUT_S (900),
 *   BENCH_CLEANUP_TIMEOUT_S (900), TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, BENCH_RESULTS.
 * Every workflow it starts is terminated at the end, also on failure or Ctrl-C: a batch operation
 * by task queue, the benchmark's own terminations, then a wait until visibility counts none
 * running (bounded by BENCH_CLEANUP_TIMEOUT_S, with progress). Results: a table on stdout, JSON in
 * bench/results/revalidation-parking.json.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { Client as PgClient } from 'pg';
import { testEnv } from '@aeo/testing';
import { RevalidationInput, SEARCH_ATTRIBUTE_KEYS, revalidationWorkflow } from '@aeo/workflows';
import { bundleWorkflows, createOrchestratingWorker } from '@aeo/workflows/bundle';
import * as kit from './lib/bench-kit';
import { terminateRunningOnQueue } from './lib/temporal-cleanup';

const WORKFLOWS = kit.intEnv('BENCH_WORKFLOWS', 10_000);
const BASELINE = kit.intEnv('BENCH_BASELINE', 1_000);
const CONCURRENCY = kit.intEnv('BENCH_CONCURRENCY', 32);
const PARK_TIMEOUT_S = kit.intEnv('BENCH_PARK_TIMEOUT_S', 900);
const CLEANUP_TIMEOUT_S = kit.intEnv('BENCH_CLEANUP_TIMEOUT_S', 900);
/** As the orchestrating worker's default (WORKER_MAX_CACHED_WORKFLOWS). */
const MAX_CACHED = kit.intEnv('BENCH_MAX_CACHED', 250, 0);
const RESULTS_PATH = resolve(process.env['BENCH_RESULTS'] ?? join(__dirname, 'results', 'revalidation-parking.json'));
const RUN = randomBytes(3).toString('hex');
const DAY_MS = 86_400_000;
const MB = 2 ** 20;

/** The PostgreSQL-backed server's databases (deploy/local/cluster/cluster.sh CT_DB, CT_VISIBILITY_DB). */
const CLUSTER_DATABASES = ['temporal_cluster', 'temporal_cluster_visibility'];
const rssOf = (pid: number | undefined) => {
  if (!pid) return undefined;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : undefined;
  } catch {
    return undefined;
  }
};
const storeSize = () => {
  const db = join(testEnv.repoRoot, '.local', 'data', 'temporal', 'temporal.db');
  return [db, `${db}-wal`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0) / MB;
};

/** Server health: the gRPC health check and a namespace description, each timed. */
async function health(connection: Connection, namespace: string) {
  const t0 = performance.now();
  const check = await connection.healthService.check({});
  const t1 = performance.now();
  await connection.workflowService.describeNamespace({ namespace });
  const t2 = performance.now();
  return { serving: check.status === 1, healthCheckMs: kit.round1(t1 - t0), describeNamespaceMs: kit.round1(t2 - t1) };
}

function input(n: number, now: number): RevalidationInput {
  const id = String(n).padStart(6, '0');
  return {
    authorisationNumber: `BENCH-${RUN}-${id}`,
    applicationId: `00000000-0000-4000-8000-${RUN}${id}`,
    operatorId: `00000000-0000-4000-9000-${RUN}${id}`,
    taxpayerId: `9${id}`,
    region: 'ULAANBAATAR',
    statusType: 'AEOF',
    // Spread over the next three years, as grants are over time.
    nextDueAt: new Date(now + 365 * DAY_MS + (n % 730) * DAY_MS).toISOString(),
  };
}

/** Workflows started so far, by task queue (the cleanup waits until visibility lists them all). */
const startedOn = new Map<string, number>();

/**
 * Starts `count` workflows with at most CONCURRENCY in flight; returns the accepted rate. The first
 * failure stops every lane before it is thrown, so no start races the cleanup.
 */
async function startAll(
  client: Client,
  taskQueue: string,
  prefix: string,
  count: number,
): Promise<{ seconds: number; perSecond: number }> {
  const now = Date.now();
  let next = 0;
  const started = performance.now();
  let lastReport = started;
  let failed = false;
  const lane = async () => {
    while (next < count && !failed) {
      kit.checkAbort();
      const n = next++;
      const args = input(n, now);
      await client.workflow.start(revalidationWorkflow, {
        taskQueue,
        workflowId: `${prefix}-${n}`,
        args: [args],
        typedSearchAttributes: [
          { key: SEARCH_ATTRIBUTE_KEYS.authorisationNumber, value: args.authorisationNumber },
          // The workflow sets "monitoring" in its first task: that is how parked ones are counted.
          { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'starting' },
        ],
      });
      startedOn.set(taskQueue, (startedOn.get(taskQueue) ?? 0) + 1);
      if (performance.now() - lastReport > 5000) {
        lastReport = performance.now();
        console.log(`[bench]   ${prefix}: ${next}/${count} started`);
      }
    }
  };
  const lanes = await Promise.allSettled(
    Array.from({ length: CONCURRENCY }, () =>
      lane().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
  if (failure) throw failure.reason;
  const seconds = (performance.now() - started) / 1000;
  return { seconds, perSecond: count / seconds };
}

/** Every workflow of the queue terminated, waited for until visibility counts none running. */
const terminateQueue = (client: Client, taskQueue: string) =>
  terminateRunningOnQueue(client, taskQueue, {
    reason: 'benchmark cleanup',
    concurrency: CONCURRENCY,
    timeoutMs: CLEANUP_TIMEOUT_S * 1000,
    started: startedOn.get(taskQueue),
  });

/** A Temporal server of the run: where it listens, its process and its store. */
interface Server {
  label: string;
  address: string;
  namespace: string;
  workflows: number;
  pid: () => number | undefined;
  storeMb: () => Promise<number | undefined>;
}

/** The dev server's SQLite files, or the PostgreSQL-backed server's two databases. */
const pidFrom = (file: string) => () => (existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined);
async function postgresStoreMb(): Promise<number | undefined> {
  const client = new PgClient({ connectionString: testEnv.databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ bytes: string }>(
      `SELECT coalesce(sum(pg_database_size(datname)), 0)::text AS bytes FROM pg_database WHERE datname = ANY($1)`,
      [CLUSTER_DATABASES],
    );
    return Number(rows[0].bytes) / MB;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * BENCH_SERVERS: `label=host:port[*workflows]`, comma-separated, parked one after the other in
 * this order; a label `dev` is the dev server (its pid and SQLite store under .local), any other
 * the PostgreSQL-backed server of the cluster profile (.local/run/cluster-temporal.pid, databases
 * temporal_cluster and temporal_cluster_visibility). Without it, the one server of TEMPORAL_ADDRESS.
 */
function serversOfRun(): Server[] {
  const spec = process.env['BENCH_SERVERS'];
  const run = join(testEnv.repoRoot, '.local', 'run');
  const dev = (label: string, address: string, workflows: number): Server => ({
    label,
    address,
    namespace: testEnv.temporalNamespace,
    workflows,
    pid: pidFrom(join(run, 'temporal.pid')),
    storeMb: async () => storeSize(),
  });
  if (!spec) return [dev('dev', testEnv.temporalAddress, WORKFLOWS)];
  return spec.split(',').map((entry) => {
    const match = /^([a-z][a-z0-9-]*)=([^\s=*]+:\d+)(?:\*(\d+))?$/.exec(entry.trim());
    if (!match) throw new Error(`BENCH_SERVERS: '${entry}' is not label=host:port[*workflows]`);
    const [, label, address, count] = match;
    const workflows = count ? Number(count) : WORKFLOWS;
    if (label === 'dev') return dev(label, address, workflows);
    return {
      label,
      address,
      namespace: 'default',
      workflows,
      pid: pidFrom(join(run, 'cluster-temporal.pid')),
      storeMb: postgresStoreMb,
    };
  });
}

/** What parking on one server measured. */
interface Parking {
  label: string;
  address: string;
  workflows: number;
  baselinePerSecond: number;
  startsPerSecond: number;
  parkedPerSecond: number;
  parkSeconds: number;
  ratio: number;
  worker: { rssMbBefore: number; rssMbAfter: number; heapUsedMbAfter: number; cachedWorkflows: number };
  server: {
    before: Awaited<ReturnType<typeof health>> & { rssMb?: number; storeMb?: number };
    after: Awaited<ReturnType<typeof health>> & { rssMb?: number; storeMb?: number };
  };
  sample: { status: string; historyLength: number };
}

/** Baseline starts, then WORKFLOWS parked by a worker of its own, on one server; everything terminated after. */
async function parkOn(server: Server, bundle: Awaited<ReturnType<typeof bundleWorkflows>>): Promise<Parking> {
  const { namespace, address, label } = server;
  const connection = await Connection.connect({ address });
  kit.onCleanup(`${label}: client connection`, () => connection.close());
  const client = new Client({ connection, namespace });
  const queue = `bench-revalidation-${RUN}-${label}`;
  const baselineQueue = `bench-revalidation-baseline-${RUN}-${label}`;
  // Bounded by terminateQueue itself; the step's own bound only adds a margin for its last calls.
  const cleanupBoundMs = CLEANUP_TIMEOUT_S * 1000 + 30_000;
  kit.onCleanup(`${label}: terminate the parked workflows`, () => terminateQueue(client, queue), cleanupBoundMs);
  kit.onCleanup(
    `${label}: terminate the baseline workflows`,
    () => terminateQueue(client, baselineQueue),
    cleanupBoundMs,
  );

  const server0 = {
    rssMb: rssOf(server.pid()),
    storeMb: await server.storeMb(),
    ...(await health(connection, namespace)),
  };
  console.log(
    `[bench] ${label}: Temporal at ${address}/${namespace}: server RSS ${kit.fmt(server0.rssMb)} MB, store ${kit.fmt(server0.storeMb, 1)} MB`,
  );

  // Baseline: the server accepting starts, no worker involved.
  console.log(`[bench] ${label}: baseline, ${BASELINE} starts on a queue no worker polls`);
  const baseline = await startAll(client, baselineQueue, `bench-${RUN}-${label}-baseline`, BASELINE);
  await terminateQueue(client, baselineQueue);

  // The worker, as the orchestrating worker runs in production.
  const nativeConnection = await NativeConnection.connect({ address });
  const worker: Worker = await createOrchestratingWorker(
    { namespace, taskQueue: queue, maxConcurrentWorkflowTaskExecutions: 20, maxCachedWorkflows: MAX_CACHED },
    nativeConnection,
    bundle,
  );
  const running = worker.run();
  const stopWorker = async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running.catch(() => undefined);
    await nativeConnection.close().catch(() => undefined);
  };
  kit.onCleanup(`${label}: worker`, stopWorker);
  global.gc?.();
  const memory0 = process.memoryUsage();

  const { workflows } = server;
  console.log(`[bench] ${label}: parking ${workflows} revalidation workflows (${CONCURRENCY} starts in flight)`);
  const parkStarted = performance.now();
  const starts = await startAll(client, queue, `bench-${RUN}-${label}`, workflows);
  const parkedQuery = `TaskQueue = '${queue}' AND AeoStage = 'monitoring'`;
  let parked = 0;
  await kit.pollUntil(
    () => `${label}: ${workflows} parked (${parked} so far)`,
    async () => {
      parked = (await client.workflow.count(parkedQuery)).count;
      return parked >= workflows;
    },
    1000,
    PARK_TIMEOUT_S * 1000,
  );
  const parkSeconds = (performance.now() - parkStarted) / 1000;
  const parkedPerSecond = workflows / parkSeconds;
  const memory1 = process.memoryUsage();
  const status = worker.getStatus();
  // Give the server a moment, then look at it with everything parked.
  await kit.sleep(2000);
  const server1 = {
    rssMb: rssOf(server.pid()),
    storeMb: await server.storeMb(),
    ...(await kit.withTimeout(health(connection, namespace), 30_000, `${label}: server health`)),
  };
  // Sample one parked workflow: it waits on its timer, in monitoring.
  const sample = await client.workflow.getHandle(`bench-${RUN}-${label}-0`).describe();
  // The next server's parking runs without this one's worker and workflows.
  await stopWorker();
  await terminateQueue(client, queue);
  return {
    label,
    address,
    workflows,
    baselinePerSecond: baseline.perSecond,
    startsPerSecond: starts.perSecond,
    parkedPerSecond,
    parkSeconds,
    ratio: parkedPerSecond / baseline.perSecond,
    worker: {
      rssMbBefore: kit.round1(memory0.rss / MB),
      rssMbAfter: kit.round1(memory1.rss / MB),
      heapUsedMbAfter: kit.round1(memory1.heapUsed / MB),
      cachedWorkflows: status.numCachedWorkflows,
    },
    server: { before: server0, after: server1 },
    sample: { status: sample.status.name, historyLength: sample.historyLength },
  };
}

/** Memory per parked workflow in KB: the growth from before to after over the workflows parked. */
const perWorkflowKb = (beforeMb: number | undefined, afterMb: number | undefined, workflows: number) =>
  beforeMb === undefined || afterMb === undefined ? undefined : ((afterMb - beforeMb) * 1024) / workflows;

async function main(): Promise<number> {
  const startedAt = new Date();
  const servers = serversOfRun();
  // The worker's bundle, as the orchestrating worker's in production, built once for every server.
  const bundle = await bundleWorkflows();
  const runs: Parking[] = [];
  for (const server of servers) runs.push(await parkOn(server, bundle));

  const reference = runs.find((run) => run.label === 'dev') ?? runs[0];
  const rows: string[][] = [['measure', ...runs.map((run) => `${run.label} (${run.address})`)]];
  const row = (name: string, value: (run: Parking) => string) => rows.push([name, ...runs.map(value)]);
  row('baseline: starts accepted by the server (no worker)', (r) => `${kit.fmt(r.baselinePerSecond)} /s`);
  row('starts accepted while the worker parks them', (r) => `${kit.fmt(r.startsPerSecond)} /s`);
  row(
    'parked (first task done, on its timer)',
    (r) => `${r.workflows} at ${kit.fmt(r.parkedPerSecond)} /s in ${kit.fmt(r.parkSeconds, 1)} s`,
  );
  row('ratio parked / own baseline', (r) => kit.fmt(r.ratio, 3));
  row(`ratio parked / ${reference.label}'s parked (same run)`, (r) =>
    kit.fmt(r.parkedPerSecond / reference.parkedPerSecond, 2),
  );
  row('worker RSS before → after', (r) => `${kit.fmt(r.worker.rssMbBefore)} → ${kit.fmt(r.worker.rssMbAfter)} MB`);
  row(
    'worker RSS per parked workflow',
    (r) => `${kit.fmt(perWorkflowKb(r.worker.rssMbBefore, r.worker.rssMbAfter, r.workflows), 2)} KB`,
  );
  row('worker cached workflows', (r) => String(r.worker.cachedWorkflows));
  row('server RSS before → after', (r) => `${kit.fmt(r.server.before.rssMb)} → ${kit.fmt(r.server.after.rssMb)} MB`);
  row(
    'server RSS per parked workflow',
    (r) => `${kit.fmt(perWorkflowKb(r.server.before.rssMb, r.server.after.rssMb, r.workflows), 2)} KB`,
  );
  row(
    'store before → after',
    (r) => `${kit.fmt(r.server.before.storeMb, 1)} → ${kit.fmt(r.server.after.storeMb, 1)} MB`,
  );
  row(
    'store per parked workflow',
    (r) => `${kit.fmt(perWorkflowKb(r.server.before.storeMb, r.server.after.storeMb, r.workflows), 2)} KB`,
  );
  row(
    'server health check / describe namespace (after)',
    (r) =>
      `${r.server.after.serving ? 'SERVING' : 'NOT SERVING'}, ${kit.fmt(r.server.after.healthCheckMs, 1)} / ${kit.fmt(r.server.after.describeNamespaceMs, 1)} ms`,
  );
  row('sample workflow', (r) => `${r.sample.status}, ${r.sample.historyLength} history events`);
  kit.printTable(rows);

  kit.writeResults(RESULTS_PATH, 'revalidation-parking', startedAt, {
    settings: { baseline: BASELINE, concurrency: CONCURRENCY, maxCachedWorkflows: MAX_CACHED },
    reference: reference.label,
    runs: runs.map((run) => ({
      ...run,
      baselinePerSecond: kit.round1(run.baselinePerSecond),
      startsPerSecond: kit.round1(run.startsPerSecond),
      parkedPerSecond: kit.round1(run.parkedPerSecond),
      parkSeconds: kit.round1(run.parkSeconds),
      ratio: Number(run.ratio.toFixed(3)),
      parkedOverReference: Number((run.parkedPerSecond / reference.parkedPerSecond).toFixed(3)),
      perParkedWorkflowKb: {
        worker: perWorkflowKb(run.worker.rssMbBefore, run.worker.rssMbAfter, run.workflows),
        serverRss: perWorkflowKb(run.server.before.rssMb, run.server.after.rssMb, run.workflows),
        store: perWorkflowKb(run.server.before.storeMb, run.server.after.storeMb, run.workflows),
      },
    })),
  });
  return runs.every((run) => run.server.after.serving) ? 0 : 2;
}

kit.runMain(main);
