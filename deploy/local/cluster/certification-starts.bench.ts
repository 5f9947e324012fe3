/**
 * Certification workflows started per second through the API, with the applications service's two
 * instances of the cluster profile against one of them, in the same run (issue 21, item 3).
 *
 * A round files BENCH_APPLICATIONS applications (companies registered, self-assessments answered,
 * submitted: the requests a trader's system sends, three applications a company) through the
 * applications API of one instance, or alternating between the two (as a load balancer would),
 * BENCH_CONCURRENCY companies at a time; the certification workflow of each starts from its
 * `application.submitted` event (certification-starter, consumed by whichever instance holds the
 * partition). A round's rate is its applications over the time from its first request to the
 * moment Temporal's visibility counts all of their certification workflows started. Rounds
 * alternate the sides (one, two, two, one, ...); medians, and the ratio two over one.
 *
 *   bash deploy/local/infra.sh cluster start          # or AEO_CLUSTER_TEMPORAL=dev ... cluster start
 *   eval "$(bash deploy/local/infra.sh cluster env)"
 *   node -r ./tools/register.js deploy/local/cluster/certification-starts.bench.ts
 *
 * It lives beside the fault tests whose fixtures it uses (the cluster profile is not an Nx project;
 * bench/run.sh does not run it: it needs the profile running).
 *
 * Env (defaults): BENCH_APPLICATIONS (150 a round), BENCH_ROUNDS (4), BENCH_CONCURRENCY (12),
 *   BENCH_START_TIMEOUT_S (600: the wait for a round's workflows), BENCH_RESULTS. Every workflow
 *   the benchmark started is terminated at the end, also after a failure or Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client as TemporalClient } from '@temporalio/client';
import {
  FailoverApi,
  instanceUrls,
  submitApplications,
  temporalClient,
  terminateStartedSince,
} from './faults/cluster-fixtures';
import { testEnv } from '@aeo/testing';
import * as kit from '../../../bench/lib/bench-kit';

const APPLICATIONS = kit.intEnv('BENCH_APPLICATIONS', 150);
const ROUNDS = kit.intEnv('BENCH_ROUNDS', 4);
const CONCURRENCY = kit.intEnv('BENCH_CONCURRENCY', 12);
const START_TIMEOUT_S = kit.intEnv('BENCH_START_TIMEOUT_S', 600);
const RESULTS_PATH = resolve(
  process.env['BENCH_RESULTS'] ?? join(testEnv.repoRoot, 'bench', 'results', 'certification-starts.json'),
);

type Side = 'one' | 'two';
interface Round {
  side: Side;
  applications: number;
  submittedSeconds: number;
  startedSeconds: number;
  startsPerSecond: number;
}

/** Certification workflows started since `since` (visibility; it lags the starts by a moment). */
const startedSince = async (temporal: TemporalClient, since: Date) =>
  (await temporal.workflow.count(`WorkflowType = 'certificationWorkflow' AND StartTime >= "${since.toISOString()}"`))
    .count;

async function round(temporal: TemporalClient, side: Side, urls: readonly string[]): Promise<Round> {
  const api = new FailoverApi(side === 'one' ? urls.slice(0, 1) : urls);
  const since = new Date();
  const t0 = performance.now();
  const submitted = await submitApplications(api, APPLICATIONS, { concurrency: CONCURRENCY });
  const submittedSeconds = (performance.now() - t0) / 1000;
  let started = 0;
  await kit.pollUntil(
    () => `${APPLICATIONS} certification workflows started (${started} so far)`,
    async () => (started = await startedSince(temporal, since)) >= submitted.length,
    250,
    START_TIMEOUT_S * 1000,
  );
  const startedSeconds = (performance.now() - t0) / 1000;
  const result = {
    side,
    applications: submitted.length,
    submittedSeconds,
    startedSeconds,
    startsPerSecond: submitted.length / startedSeconds,
  };
  console.log(
    `[bench] ${side === 'one' ? 'one instance ' : 'two instances'}: ${result.applications} submitted in ${kit.fmt(submittedSeconds, 1)} s, all started at ${kit.fmt(startedSeconds, 1)} s: ${kit.fmt(result.startsPerSecond, 2)} starts/s (load ${kit.fmt(loadAverage(), 1)})`,
  );
  return result;
}

const loadAverage = () => loadavg()[0]!;

/** The cluster profile's Temporal (`infra.sh cluster env`, which follows AEO_CLUSTER_TEMPORAL). */
function clusterTemporal(): { address: string; namespace: string } {
  const lines = execFileSync('bash', [join(testEnv.repoRoot, 'deploy/local/infra.sh'), 'cluster', 'env'], {
    encoding: 'utf8',
  });
  const value = (name: string) => new RegExp(`^export ${name}=(.*)$`, 'm').exec(lines)?.[1] ?? '';
  return { address: value('TEMPORAL_ADDRESS'), namespace: value('TEMPORAL_NAMESPACE') };
}

const ready = (url: string) =>
  fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.ok,
    () => false,
  );

async function main(): Promise<number> {
  const startedAt = new Date();
  const urls = instanceUrls('applications');
  if (!(await Promise.all(urls.map(ready))).every(Boolean)) {
    console.log(
      `[bench] skipped: the cluster profile's applications instances (${urls.join(', ')}) are not ready; start it with bash deploy/local/infra.sh cluster start`,
    );
    return 0;
  }
  const cluster = clusterTemporal();
  if (testEnv.temporalAddress !== cluster.address || testEnv.temporalNamespace !== cluster.namespace) {
    console.error(
      `[bench] TEMPORAL_ADDRESS/TEMPORAL_NAMESPACE name ${testEnv.temporalAddress}/${testEnv.temporalNamespace}, the cluster's services use ${cluster.address}/${cluster.namespace}: eval "$(bash deploy/local/infra.sh cluster env)" first`,
    );
    return 2;
  }
  const temporal = await temporalClient();
  kit.onCleanup('Temporal connection', () => temporal.connection.close());
  kit.onCleanup(
    'terminate the benchmark’s workflows',
    () => terminateStartedSince(temporal, startedAt, 600_000),
    630_000,
  );
  console.log(
    `[bench] certification starts through the API: ${ROUNDS} rounds of ${APPLICATIONS} applications, ${CONCURRENCY} companies at a time; applications at ${urls.join(' and ')}`,
  );

  const rounds: Round[] = [];
  for (let n = 0; n < ROUNDS; n++) {
    kit.checkAbort();
    // one, two, two, one, one, two, ...: each side as often first as second.
    const side: Side = Math.floor((n + 1) / 2) % 2 === 0 ? 'one' : 'two';
    rounds.push(await round(temporal, side, urls));
  }

  const of = (side: Side) => rounds.filter((r) => r.side === side).map((r) => r.startsPerSecond);
  const one = kit.median(of('one'));
  const two = kit.median(of('two'));
  kit.printTable([
    ['side', 'rounds', 'starts/s (median)', 'each round'],
    [
      'one instance',
      String(of('one').length),
      kit.fmt(one, 2),
      of('one')
        .map((v) => kit.fmt(v, 2))
        .join(', '),
    ],
    [
      'two instances',
      String(of('two').length),
      kit.fmt(two, 2),
      of('two')
        .map((v) => kit.fmt(v, 2))
        .join(', '),
    ],
    ['ratio two / one', '', kit.fmt(two / one, 2), ''],
  ]);
  kit.writeResults(RESULTS_PATH, 'certification-starts', startedAt, {
    settings: { applications: APPLICATIONS, rounds: ROUNDS, concurrency: CONCURRENCY, urls },
    rounds: rounds.map((r) => ({ ...r, startsPerSecond: Number(r.startsPerSecond.toFixed(3)) })),
    medians: { one: Number(one.toFixed(3)), two: Number(two.toFixed(3)) },
    ratio: Number((two / one).toFixed(3)),
  });
  return 0;
}

kit.runMain(main);
