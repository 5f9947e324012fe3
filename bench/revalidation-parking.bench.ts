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
 * Env (defaults): BENCH_WORKFLOWS (10000), BENCH_BASELINE (1000), BENCH_CONCURRENCY (32 starts in
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

const serverPid = () => {
  const file = join(testEnv.repoRoot, '.local', 'run', 'temporal.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
};
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

async function main(): Promise<number> {
  const startedAt = new Date();
  const namespace = testEnv.temporalNamespace;
  const connection = await Connection.connect({ address: testEnv.temporalAddress });
  kit.onCleanup('client connection', () => connection.close());
  const client = new Client({ connection, namespace });
  const queue = `bench-revalidation-${RUN}`;
  const baselineQueue = `bench-revalidation-baseline-${RUN}`;
  // Bounded by terminateQueue itself; the step's own bound only adds a margin for its last calls.
  const cleanupBoundMs = CLEANUP_TIMEOUT_S * 1000 + 30_000;
  kit.onCleanup('terminate the parked workflows', () => terminateQueue(client, queue), cleanupBoundMs);
  kit.onCleanup('terminate the baseline workflows', () => terminateQueue(client, baselineQueue), cleanupBoundMs);

  const server0 = { rssMb: rssOf(serverPid()), storeMb: storeSize(), ...(await health(connection, namespace)) };
  console.log(
    `[bench] Temporal at ${testEnv.temporalAddress}/${namespace}: server RSS ${kit.fmt(server0.rssMb)} MB, store ${kit.fmt(server0.storeMb, 1)} MB`,
  );

  // Baseline: the server accepting starts, no worker involved.
  console.log(`[bench] baseline: ${BASELINE} starts on a queue no worker polls`);
  const baseline = await startAll(client, baselineQueue, `bench-${RUN}-baseline`, BASELINE);
  await terminateQueue(client, baselineQueue);

  // The worker, as the orchestrating worker runs in production (its bundle built first).
  const bundle = await bundleWorkflows();
  const nativeConnection = await NativeConnection.connect({ address: testEnv.temporalAddress });
  kit.onCleanup('worker connection', () => nativeConnection.close());
  const worker: Worker = await createOrchestratingWorker(
    { namespace, taskQueue: queue, maxConcurrentWorkflowTaskExecutions: 20, maxCachedWorkflows: MAX_CACHED },
    nativeConnection,
    bundle,
  );
  const running = worker.run();
  kit.onCleanup('worker', async () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running.catch(() => undefined);
  });
  global.gc?.();
  const memory0 = process.memoryUsage();

  console.log(`[bench] parking ${WORKFLOWS} revalidation workflows (${CONCURRENCY} starts in flight)`);
  const parkStarted = performance.now();
  const starts = await startAll(client, queue, `bench-${RUN}`, WORKFLOWS);
  const parkedQuery = `TaskQueue = '${queue}' AND AeoStage = 'monitoring'`;
  let parked = 0;
  await kit.pollUntil(
    () => `${WORKFLOWS} parked (${parked} so far)`,
    async () => {
      parked = (await client.workflow.count(parkedQuery)).count;
      return parked >= WORKFLOWS;
    },
    1000,
    PARK_TIMEOUT_S * 1000,
  );
  const parkSeconds = (performance.now() - parkStarted) / 1000;
  const parkedPerSecond = WORKFLOWS / parkSeconds;
  const memory1 = process.memoryUsage();
  const status = worker.getStatus();
  // Give the server a moment, then look at it with everything parked.
  await kit.sleep(2000);
  const server1 = {
    rssMb: rssOf(serverPid()),
    storeMb: storeSize(),
    ...(await kit.withTimeout(health(connection, namespace), 30_000, 'server health')),
  };
  // Sample one parked workflow: it waits on its timer, in monitoring.
  const sample = await client.workflow.getHandle(`bench-${RUN}-0`).describe();

  const ratio = parkedPerSecond / baseline.perSecond;
  kit.printTable([
    ['measure', 'value'],
    ['baseline: starts accepted by the server (no worker)', `${kit.fmt(baseline.perSecond)} /s`],
    ['starts accepted while the worker parks them', `${kit.fmt(starts.perSecond)} /s`],
    [
      `parked (first task done, on its timer): ${WORKFLOWS}`,
      `${kit.fmt(parkedPerSecond)} /s in ${kit.fmt(parkSeconds, 1)} s`,
    ],
    ['ratio parked / baseline', kit.fmt(ratio, 3)],
    ['worker RSS before → after', `${kit.fmt(memory0.rss / MB)} → ${kit.fmt(memory1.rss / MB)} MB`],
    ['worker heap used before → after', `${kit.fmt(memory0.heapUsed / MB)} → ${kit.fmt(memory1.heapUsed / MB)} MB`],
    ['worker cached workflows', String(status.numCachedWorkflows)],
    ['server RSS before → after', `${kit.fmt(server0.rssMb)} → ${kit.fmt(server1.rssMb)} MB`],
    ['SQLite store before → after', `${kit.fmt(server0.storeMb, 1)} → ${kit.fmt(server1.storeMb, 1)} MB`],
    [
      'server health check / describe namespace',
      `${server1.serving ? 'SERVING' : 'NOT SERVING'}, ${kit.fmt(server1.healthCheckMs, 1)} ms / ${kit.fmt(server1.describeNamespaceMs, 1)} ms (before: ${kit.fmt(server0.healthCheckMs, 1)} / ${kit.fmt(server0.describeNamespaceMs, 1)})`,
    ],
    ['sample workflow', `${sample.status.name}, ${sample.historyLength} history events`],
  ]);

  kit.writeResults(RESULTS_PATH, 'revalidation-parking', startedAt, {
    settings: {
      workflows: WORKFLOWS,
      baseline: BASELINE,
      concurrency: CONCURRENCY,
      maxCachedWorkflows: MAX_CACHED,
    },
    baseline: { startsPerSecond: kit.round1(baseline.perSecond) },
    parking: {
      startsPerSecond: kit.round1(starts.perSecond),
      parkedPerSecond: kit.round1(parkedPerSecond),
      seconds: kit.round1(parkSeconds),
      ratio: Number(ratio.toFixed(3)),
    },
    worker: {
      rssMbBefore: kit.round1(memory0.rss / MB),
      rssMbAfter: kit.round1(memory1.rss / MB),
      heapUsedMbAfter: kit.round1(memory1.heapUsed / MB),
      cachedWorkflows: status.numCachedWorkflows,
    },
    server: { before: server0, after: server1 },
    sample: { status: sample.status.name, historyLength: sample.historyLength },
  });
  return server1.serving ? 0 : 2;
}

kit.runMain(main);
