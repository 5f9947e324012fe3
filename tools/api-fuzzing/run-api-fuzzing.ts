/**
 * API fuzzing: schemathesis (property-based tests generated from each service's OpenAPI document)
 * against every HTTP service, started here on free ports (never the 3001–3007 of `npm start`),
 * each on a throw-away database seeded through the public APIs and dropped afterwards.
 *
 *   node -r ./tools/register.js tools/api-fuzzing/run-api-fuzzing.ts [service ...]
 *
 * Isolation from the local platform and from other tests: Kafka is pointed at a closed port (the
 * services keep their events in the outbox, so nothing reaches the shared topics), Temporal is the
 * shared server in a namespace of its own (`aeo-api-fuzzing`, so no activity task of another test
 * is taken), email at a closed port. Checks: no server error, responses, status codes and content
 * types as documented. Results: .local/test-results/api-fuzzing/<service>.xml (JUnit) and .txt
 * (schemathesis' whole output; the console shows it only for a failing service),
 * and api-fuzzing.json (counts for the test summary). Exit 1 on any failure.
 * Knobs: FUZZ_MAX_EXAMPLES (default 12), FUZZ_SEED (default fixed), FUZZ_WORKERS (default 1: Python
 * before 3.12 can fail parsing in parallel threads, "AST constructor recursion depth mismatch").
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createTestDatabase,
  ensureTemporalNamespace,
  freePort,
  RunningProcess,
  startServiceProcess,
  TestDatabase,
  testEnv,
} from '@aeo/testing';
import { fuzzTokens } from './fuzz-tokens';
import { seedThroughApis } from './seed';

const SCHEMATHESIS_VERSION = '4.32.5';
const VENV = join(testEnv.repoRoot, '.local', 'tools', `schemathesis-${SCHEMATHESIS_VERSION}`);
const RESULTS = join(testEnv.repoRoot, '.local', 'test-results', 'api-fuzzing');
const NAMESPACE = 'aeo-api-fuzzing';
/** The ports of `npm start` (deploy/local/platform.sh): never used here. */
const PLATFORM_PORTS = new Set([3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009]);
const SERVICES = [
  'applications',
  'validation',
  'risk-management',
  'mra',
  'notifications',
  'programme',
  'operations',
] as const;
type Service = (typeof SERVICES)[number];
const CHECKS = 'not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance';

const log = (message: string) => console.log(`[api-fuzzing] ${message}`);

/** The pinned schemathesis in its own virtual environment, installed once. */
function ensureSchemathesis(): string {
  const st = join(VENV, 'bin', 'st');
  if (existsSync(st)) return st;
  log(`installing schemathesis ${SCHEMATHESIS_VERSION} into ${VENV}`);
  for (const [command, args] of [
    ['python3', ['-m', 'venv', VENV]],
    [join(VENV, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ] as const) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (Python 3.10+ with venv is needed)`);
  }
  return st;
}

/** A port nothing listens on: the services treat it as a broker or mail server that is down. */
async function closedPort(): Promise<number> {
  const port = await freePort();
  return PLATFORM_PORTS.has(port) ? closedPort() : port;
}

async function startService(
  service: Service,
  database: TestDatabase,
  env: Record<string, string>,
): Promise<RunningProcess> {
  const running = await startServiceProcess(service, { databaseUrl: database.url, env, readyTimeoutMs: 120_000 });
  if (PLATFORM_PORTS.has(running.port)) {
    await running.stop();
    throw new Error(`${service} got port ${running.port}, one of npm start's; run again`);
  }
  return running;
}

/** Runs schemathesis against one service; resolves with its exit code. */
function fuzz(st: string, service: Service, url: string, tokens: Record<string, string>): Promise<number> {
  const args = [
    `--config-file=${join(__dirname, 'schemathesis.toml')}`,
    'run',
    `${url}/docs/openapi.json`,
    `--checks=${CHECKS}`,
    `--max-examples=${process.env['FUZZ_MAX_EXAMPLES'] ?? '12'}`,
    `--seed=${process.env['FUZZ_SEED'] ?? '20261130'}`,
    `--workers=${process.env['FUZZ_WORKERS'] ?? '1'}`,
    '--phases=examples,coverage,fuzzing',
    '--generation-database=none',
    '--generation-with-security-parameters=false',
    '--request-timeout=30',
    '--suppress-health-check=all',
    '--no-color',
    '--report=junit',
    `--report-junit-path=${join(RESULTS, `${service}.xml`)}`,
  ];
  const output: Buffer[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(st, args, {
      cwd: RESULTS,
      env: {
        ...process.env,
        SCHEMATHESIS_HOOKS: 'schemathesis_hooks',
        PYTHONPATH: __dirname,
        AEO_FUZZ_TOKENS: JSON.stringify(tokens),
        AEO_FUZZ_SEED: process.env['FUZZ_SEED'] ?? 'aeo',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The whole output goes to <service>.txt; the console gets one line, or everything on a failure.
    const keep = (chunk: Buffer) => output.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      // The results folder may have been emptied meanwhile (a test run starting); never leave the services running for that.
      const text = Buffer.concat(output).toString('utf8');
      try {
        mkdirSync(RESULTS, { recursive: true });
        writeFileSync(join(RESULTS, `${service}.txt`), text);
      } catch (error) {
        console.error(`[api-fuzzing] could not keep the output of ${service}: ${(error as Error).message}`);
      }
      if (code === 0) log(`${service}: ${/Test cases:\s*\n?\s*([^\n]+)/.exec(text)?.[1]?.trim() ?? 'passed'}`);
      else process.stdout.write(text);
      resolve(code ?? 1);
    });
  });
}

/** Test cases and failures from the JUnit reports (one test case per operation). */
function countResults(
  services: readonly Service[],
  exitCodes: Map<Service, number>,
): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const service of services) {
    const path = join(RESULTS, `${service}.xml`);
    if (!existsSync(path)) {
      failed++;
      continue;
    }
    const xml = readFileSync(path, 'utf8');
    for (const testCase of xml.match(/<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g) ?? []) {
      if (/<(failure|error)\b/.test(testCase)) failed++;
      else if (/<skipped\b/.test(testCase)) skipped++;
      else passed++;
    }
    // A run that failed without recording a failed operation (crash, bad schema) still counts.
    if (exitCodes.get(service) !== 0 && !/<(failure|error)\b/.test(xml)) failed++;
  }
  return { passed, failed, skipped };
}

async function main(): Promise<void> {
  const selected = (process.argv.slice(2).length ? process.argv.slice(2) : SERVICES) as Service[];
  const unknown = selected.filter((service) => !SERVICES.includes(service));
  if (unknown.length) throw new Error(`unknown service(s) ${unknown.join(', ')}; choose from ${SERVICES.join(', ')}`);
  mkdirSync(RESULTS, { recursive: true });
  const st = ensureSchemathesis();
  await ensureTemporalNamespace(NAMESPACE);
  const env = {
    NODE_ENV: 'test',
    KAFKA_BROKERS: `127.0.0.1:${await closedPort()}`,
    TEMPORAL_NAMESPACE: NAMESPACE,
    SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`,
    REVALIDATION_WATCHDOG_CRON: '',
    // No worker answers a workflow step here, so each one waits for its deadline (half the lease)
    // and answers 503: 10 s keeps that deadline (5 s) well inside the fuzzer's 30 s read timeout
    // (at the default 60 s the two were equal and a slow machine timed out instead).
    IDEMPOTENCY_KEY_LEASE_S: '10',
  };
  const databases = new Map<Service, TestDatabase>();
  const running = new Map<Service, RunningProcess>();
  const exitCodes = new Map<Service, number>();
  try {
    for (const service of SERVICES) databases.set(service, await createTestDatabase(`fuzz_${service}`));
    // Every service runs (the seed needs several), only the selected ones are fuzzed.
    await Promise.all(
      SERVICES.map(async (service) => running.set(service, await startService(service, databases.get(service)!, env))),
    );
    const url = (service: Service) => running.get(service)!.url;
    const tokens = fuzzTokens();
    await seedThroughApis(
      { applications: url('applications'), validation: url('validation'), notifications: url('notifications') },
      tokens,
    );
    log('seeded; fuzzing');
    for (const service of selected) {
      log(`${service} at ${url(service)}`);
      exitCodes.set(service, await fuzz(st, service, url(service), tokens.bearer));
    }
  } finally {
    await Promise.all([...running.values()].map((service) => service.stop()));
    await Promise.all([...databases.values()].map((database) => database.drop()));
  }
  const counts = countResults(selected, exitCodes);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, '..', 'api-fuzzing.json'), `${JSON.stringify(counts)}\n`);
  log(`${counts.passed} operations passed, ${counts.failed} failed (reports in ${RESULTS})`);
  process.exit(counts.failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[api-fuzzing] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
