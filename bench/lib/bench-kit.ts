import { randomBytes } from 'node:crypto';
/**
 * Small helpers shared by the benchmarks (not a benchmark itself: bench/run.sh only runs
 * bench/*.bench.ts). Env parsing, bounded waits, cleanup on failure or Ctrl-C, tables, machine info.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Partitioners, type Admin, type Consumer, type Kafka, type Producer } from 'kafkajs';
import { testEnv, uniqueName } from '@aeo/testing';

export function intEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** A comma-separated list of integers >= 1, e.g. `200,1000`. */
export function intListEnv(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((item) => Number(item.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1))
    throw new Error(`${name} must be a comma-separated list of integers >= 1, got "${raw}"`);
  return values;
}

/** One of `choices` (the first when unset). */
export function choiceEnv<const C extends readonly [string, ...string[]]>(name: string, choices: C): C[number] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return choices[0];
  return choiceEnvValue(name, raw, choices);
}

/** One value of the env variable `name` (e.g. an element of a list), one of `choices`, or an error naming it. */
export function choiceEnvValue<const C extends readonly [string, ...string[]]>(
  name: string,
  raw: string,
  choices: C,
): C[number] {
  if (!choices.includes(raw)) throw new Error(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw;
}

let abortReason: string | undefined;
const cleanups: Array<{ name: string; run: () => Promise<unknown>; timeoutMs: number }> = [];

export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      abortReason = `received ${signal}`;
      console.error(`\n[bench] ${abortReason}: stopping and cleaning up...`);
    });
  }
}

export const aborted = () => abortReason;

export function checkAbort(): void {
  if (abortReason) throw new Error(`aborted: ${abortReason}`);
}

/**
 * Registers a cleanup step; they run in reverse order, each bounded to `timeoutMs` (30 s unless a
 * step that waits for a server, such as terminating thousands of workflows, says more).
 */
export function onCleanup(name: string, run: () => Promise<unknown>, timeoutMs = 30_000): void {
  cleanups.push({ name, run, timeoutMs });
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length) {
    const { name, run, timeoutMs } = cleanups.pop()!;
    try {
      await withTimeout(run(), timeoutMs, `cleanup: ${name}`);
    } catch (error) {
      console.error(`[bench] cleanup "${name}" failed: ${(error as Error).message}`);
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls until probe() is true; bounded by timeoutMs and the abort flag. `intervalMs` may be a
 * function, asked before each wait (e.g. `untilCount`'s: long waits while far from done).
 */
export async function pollUntil(
  what: () => string,
  probe: () => Promise<boolean>,
  intervalMs: number | (() => number),
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await probe())) {
    checkAbort();
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await sleep(typeof intervalMs === 'number' ? intervalMs : intervalMs());
  }
}

/**
 * The wait before the next look at a count rising towards `expected`, counted since `startedAt()`
 * (e.g. the first decision seen: the time before it is no rate): half the time the rate so far
 * says is left, from `minMs` (nothing counted yet, or nearly done) up to `maxMs`. A count of a
 * growing table costs the database more each time: looked at every 25 ms through a run, it took a
 * measurable share of the CPU the benchmark charges to the service.
 */
export function untilCount(
  count: () => number,
  expected: number,
  startedAt: () => number,
  minMs = 25,
  maxMs = 500,
): () => number {
  return () => {
    const done = count();
    const elapsed = performance.now() - startedAt();
    if (done <= 0 || elapsed <= 0) return minMs;
    const leftMs = ((expected - done) * elapsed) / done;
    return Math.max(minMs, Math.min(maxMs, leftMs / 2));
  };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
export const fmt = (x: number | undefined, digits = 0) =>
  x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits);

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map(
      (r, i) =>
        r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ') +
        (i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''),
    )
    .join('\n');
}

/** Prints a table (its first row the header) between blank lines. */
export function printTable(rows: string[][]): void {
  console.log(`\n${table(rows)}\n`);
}

export function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: testEnv.repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

export const machine = () => ({
  hostname: hostname(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: round1(totalmem() / 2 ** 30),
  kernel: release(),
  node: process.version,
});

/** Writes a benchmark's JSON results, with when it ran, at which commit and on which machine, and says where. */
export function writeResults(path: string, benchmark: string, startedAt: Date, body: Record<string, unknown>): void {
  const results = {
    benchmark,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    ...body,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n[bench] results written to ${path}`);
}

/** Runs main(), then the cleanups, then exits with main's code (1 on error, 130 when interrupted). */
export function runMain(main: () => Promise<number>): void {
  installSignalHandlers();
  main()
    .catch((error: Error) => {
      if (abortReason) {
        console.error(`[bench] aborted (${abortReason})`);
        return 130;
      }
      console.error(`[bench] FAILED: ${error.stack ?? error.message}`);
      return 1;
    })
    .then(async (code) => {
      await runCleanups();
      process.exit(code);
    });
}

/**
 * The options every traffic benchmark reads from the environment (rounds, traffic seed, traders
 * and AEOs among them, producer concurrency, the target ratio, whether it is enforced, a phase's
 * time limit), with the benchmark's own defaults for the AEO count.
 */
export function trafficBenchOptions(defaults: { aeo: number }) {
  return {
    ROUNDS: intEnv('BENCH_ROUNDS', 2),
    SEED: intEnv('BENCH_SEED', randomBytes(3).readUIntBE(0, 3) % 1_000_000, 0),
    TRADERS: intEnv('BENCH_TRADERS', 500),
    AEO: intEnv('BENCH_AEO', defaults.aeo, 0),
    CONCURRENCY: intEnv('BENCH_CONCURRENCY', 3),
    TARGET_RATIO: Number(process.env['BENCH_TARGET_RATIO'] ?? '0.5'),
    ENFORCE_TARGET: process.env['BENCH_ENFORCE_TARGET'] === '1',
    PHASE_TIMEOUT_MS: intEnv('BENCH_PHASE_TIMEOUT_MS', 300_000),
  };
}

/** An admin client of the run, connected, disconnected with the cleanups. */
export async function connectedAdmin(kafka: Kafka): Promise<Admin> {
  const admin = kafka.admin();
  await admin.connect();
  onCleanup('disconnect admin', () => admin.disconnect());
  return admin;
}

/** A connected idempotent producer that never creates topics, as the benchmarks send their traffic. */
export async function connectedProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    idempotent: true,
  });
  await producer.connect();
  return producer;
}

/** Consumer session timings that survive a loaded machine (a slow heartbeat is not a lost member). */
const LOADED_MACHINE_SESSION = { sessionTimeout: 10_000, heartbeatInterval: 2000, rebalanceTimeout: 15_000 };

/**
 * A consumer in a group of its own (`<prefix>.<unique>`), with session settings that survive a
 * loaded machine, connected and subscribed to `topics` from their start.
 */
export async function subscribedConsumer(
  kafka: Kafka,
  groupPrefix: string,
  topics: string[],
): Promise<{ groupId: string; consumer: Consumer }> {
  const groupId = uniqueName(groupPrefix);
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, ...LOADED_MACHINE_SESSION });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
  } catch (error) {
    await consumer.disconnect().catch(() => undefined);
    throw error;
  }
  return { groupId, consumer };
}

/**
 * The runs of a comparison: each kind once a round, in the given order in odd rounds and the other
 * way round in even ones, so that no kind always runs first on a noisy machine.
 */
export function alternatingRounds<K extends string>(rounds: number, kinds: readonly K[]): { round: number; kind: K }[] {
  return Array.from({ length: rounds }, (_, i) =>
    (i % 2 === 0 ? kinds : [...kinds].reverse()).map((kind) => ({ round: i + 1, kind })),
  ).flat();
}

/** The traffic options of trafficBenchOptions as a benchmark's results record them. */
export function trafficResultsConfig(options: ReturnType<typeof trafficBenchOptions>) {
  return {
    rounds: options.ROUNDS,
    seed: options.SEED,
    traders: options.TRADERS,
    aeo: options.AEO,
    concurrency: options.CONCURRENCY,
    targetRatio: options.TARGET_RATIO,
  };
}
