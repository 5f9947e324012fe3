import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrlFor, kafkaSecurityFrom, loadConfig } from '@aeo/config';
import {
  createKafka,
  openKafkaAdmin,
  positionOf,
  recordsBehind,
  type KafkaAdminReader,
  type PartitionRange,
} from '@aeo/messaging';
import { programmeEnvSchema, SERVICE_NAME } from '../config';
import { DEAD_LETTERS_CONSUMER, deadLetterTopics } from '../facts/dead-letters.consumer';
import { KPI_FACT_TOPICS, KPI_FACTS_CONSUMER } from '../facts/kpi-facts.consumer';
import { BENEFIT_FACT_TOPICS, BENEFIT_FACTS_CONSUMER } from '../benefit/benefit-facts.consumer';
import { HeldBackDeadLetters, RecomputeModule } from './recompute.module';
import { dayStart } from '../kpis/periods';
import { compareFacts, compareKpis, type KpiDifference } from './kpi-comparison';

/**
 * `npm run programme:recompute [-- --region R ... --from D --to D --keep --json --timeout-seconds N]`: rebuilds
 * every KPI from the topics and compares it with the live figures (`--from`, `--to`: days of PROGRAMME_TIME_ZONE).
 *
 * The fold alone (`RecomputeModule`: the migrations and the consumers; no activity worker, outbox
 * relay, threshold seeding, evaluator or report schedule, and no dead letter sent again) is booted on a fresh database (created next to the live one, so the
 * database user needs CREATEDB) under a fresh consumer group, which folds the application,
 * certification, validation and notification topics, the platform's `.dlq` topics (and the declaration and risk
 * topics) from their start; once it has reached the topics' ends as
 * they were when the recompute began, every KPI is computed per week, month and quarter, nationally,
 * per region and per status type, from both stores, and the differences are printed, with the
 * events only one store has. What the topics no longer hold (past their retention) cannot be
 * rebuilt: those events show as live-only facts, and the figures they feed differ.
 * The fresh database is dropped at the end, also on SIGINT or SIGTERM (unless `--keep`).
 * Exit code 0 when the figures agree, 1 when some differ, 2 when the recompute failed or was stopped.
 */

export interface RecomputeResult {
  compared: number;
  differences: KpiDifference[];
  liveOnlyFacts: number;
  recomputedOnlyFacts: number;
  /** Events the live consumer had not folded yet when the comparison ran. */
  liveLag: number;
}

interface GroupTopics {
  group: string;
  topics: readonly string[];
}

/**
 * The service's consumers the recompute waits for, each from its topics' start to their ends, with
 * the dead letters' consumer of the `.dlq` topics the broker has: the topics as the consumers read
 * them, under `prefix` (`KAFKA_TOPIC_PREFIX`; a test's own copies).
 */
export const consumersOf = async (admin: KafkaAdminReader, prefix: string): Promise<GroupTopics[]> => [
  { group: KPI_FACTS_CONSUMER, topics: KPI_FACT_TOPICS.map((topic) => prefix + topic) },
  { group: BENEFIT_FACTS_CONSUMER, topics: BENEFIT_FACT_TOPICS.map((topic) => prefix + topic) },
  { group: DEAD_LETTERS_CONSUMER, topics: deadLetterTopics(await admin.listTopics(), prefix) },
];

type Offsets = Map<string, PartitionRange>;

/** How often a long fold logs how far it still has to go. */
const PROGRESS_EVERY_MS = 15_000;
const key = (topic: string, partition: number) => `${topic}/${partition}`;

/** Each partition's log start and end as the recompute begins. */
async function topicEnds(admin: KafkaAdminReader, consumers: GroupTopics[]): Promise<Offsets> {
  const ends: Offsets = new Map();
  for (const topic of new Set(consumers.flatMap((consumer) => consumer.topics)))
    for (const partition of await admin.topicOffsets(topic))
      ends.set(key(topic, partition.partition), { low: BigInt(partition.low), high: BigInt(partition.high) });
  return ends;
}

interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  committed: bigint;
  end: bigint;
}

/** The partitions of `ends` the consumers (under the group suffix) have not committed to their end yet. */
async function lagsOf(
  admin: KafkaAdminReader,
  consumers: GroupTopics[],
  suffix: string,
  ends: Offsets,
): Promise<PartitionLag[]> {
  const lags: PartitionLag[] = [];
  for (const { group, topics } of consumers) {
    if (topics.length === 0) continue;
    for (const { topic, partitions } of await admin.groupOffsets(group + suffix, topics))
      for (const { partition, offset } of partitions) {
        const range = ends.get(key(topic, partition)) ?? { low: 0n, high: 0n };
        if (recordsBehind(offset, range) > 0n)
          lags.push({ group: group + suffix, topic, partition, committed: positionOf(offset, range), end: range.high });
      }
  }
  return lags;
}

const total = (lags: readonly PartitionLag[]) => lags.reduce((sum, lag) => sum + (lag.end - lag.committed), 0n);

/** Where the fold stands: the lagging partitions, each with its consumer group and offsets (at most 12). */
const describeLags = (lags: readonly PartitionLag[]) =>
  lags
    .slice(0, 12)
    .map((lag) => `${lag.group} ${lag.topic}/${lag.partition} at ${lag.committed} of ${lag.end}`)
    .join('; ') + (lags.length > 12 ? `; and ${lags.length - 12} more partitions` : '');

async function onServer(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function recompute(options: {
  regions?: string[];
  range?: { from: Date; to: Date };
  keep?: boolean;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<RecomputeResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const config = loadConfig(programmeEnvSchema);
  const liveUrl = databaseUrlFor(SERVICE_NAME);
  const tag = randomBytes(4).toString('hex');
  const freshUrl = new URL(liveUrl);
  freshUrl.pathname = `/aeo_programme_recompute_${tag}`;
  const freshName = freshUrl.pathname.slice(1);
  const kafka = createKafka({
    clientId: `aeo-programme-recompute-${tag}`,
    brokers: config.KAFKA_BROKERS,
    ...kafkaSecurityFrom(config),
  });
  const admin = await openKafkaAdmin(kafka);
  const live = new DataSource({ type: 'postgres', url: liveUrl });
  await live.initialize();
  await onServer(liveUrl, `CREATE DATABASE ${freshName}`);
  log(`[recompute] folding the topics from their start into ${freshName}`);
  // RecomputeModule.fold() reads the configuration when called: point it at the fresh database and group first.
  const suffix = `${config.KAFKA_GROUP_SUFFIX}.recompute-${tag}`;
  process.env['PROGRAMME_DATABASE_URL'] = freshUrl.toString();
  process.env['KAFKA_GROUP_SUFFIX'] = suffix;
  const dropFresh = () => onServer(liveUrl, `DROP DATABASE IF EXISTS ${freshName} WITH (FORCE)`);
  // Interrupted (Ctrl-C, a stopped job): the fresh database goes too, unless --keep.
  let lastLags: PartitionLag[] = [];
  const interrupted = (signal: NodeJS.Signals) => {
    log(`[recompute] ${signal}: stopping${options.keep ? '' : `, dropping ${freshName}`}`);
    if (lastLags.length > 0) log(`[recompute] still to fold when stopped: ${describeLags(lastLags)}`);
    void (options.keep ? Promise.resolve() : dropFresh())
      .catch((error: unknown) => log(`[recompute] could not drop ${freshName}: ${String(error)}`))
      .finally(() => process.exit(2));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let app: INestApplicationContext | undefined;
  try {
    // Only the fold: no activity worker, outbox relay, threshold seeding, evaluator or report schedule.
    app = await NestFactory.createApplicationContext(RecomputeModule.fold(), {
      logger: ['error', 'warn'],
    });
    const consumers = await consumersOf(admin, config.KAFKA_TOPIC_PREFIX);
    const ends = await topicEnds(admin, consumers);
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let reportedAt = Date.now();
    for (let lags = (lastLags = await lagsOf(admin, consumers, suffix, ends)); lags.length > 0;) {
      if (Date.now() > deadline)
        throw new Error(
          `the recompute still had ${total(lags)} events to fold when it timed out: ${describeLags(lags)}`,
        );
      // Long folds show progress (to stderr; --json keeps stdout to the result).
      if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
        log(`[recompute] ${total(lags)} events still to fold in ${lags.length} partitions`);
        reportedAt = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      lags = lastLags = await lagsOf(admin, consumers, suffix, ends);
    }
    const liveLag = Number(total(await lagsOf(admin, consumers, config.KAFKA_GROUP_SUFFIX, ends)));
    if (liveLag > 0)
      log(`[recompute] the live consumer has ${liveLag} events still to fold: figures may differ by those`);
    const heldBack = app.get(HeldBackDeadLetters).messages;
    if (heldBack > 0) log(`[recompute] ${heldBack} events the fold refused were not sent to the .dlq topics again`);
    const recomputed = app.get<DataSource>(getDataSourceToken());
    const { compared, differences } = await compareKpis(live, recomputed, {
      regions: options.regions,
      range: options.range,
      timeZone: config.PROGRAMME_TIME_ZONE,
    });
    const facts = await compareFacts(live, recomputed, { regions: options.regions });
    return {
      compared,
      differences,
      liveOnlyFacts: facts.liveOnly.length,
      recomputedOnlyFacts: facts.recomputedOnly.length,
      liveLag,
    };
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await app?.close();
    await live.destroy();
    await admin.close();
    if (!options.keep) await dropFresh();
  }
}

/**
 * `--from` and `--to` (dates, to exclusive): both or neither, days of `zone` (PROGRAMME_TIME_ZONE,
 * as the KPI API's `from` and `to`): in Asia/Ulaanbaatar `--from 2026-04-01` is 2026-03-31T16:00Z.
 */
export function rangeOf(
  from: string | undefined,
  to: string | undefined,
  zone: string,
): { from: Date; to: Date } | undefined {
  if (from === undefined && to === undefined) return undefined;
  const day = (text: string | undefined, name: string) => {
    // A day that is not in the calendar (2026-02-30) is refused, not rolled over into the next month.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '') || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text)
      throw new Error(`--${name} must be a date (YYYY-MM-DD) given with --${name === 'from' ? 'to' : 'from'}`);
    return dayStart(text!, zone);
  };
  const range = { from: day(from, 'from'), to: day(to, 'to') };
  if (range.from >= range.to) throw new Error('--to must be after --from');
  return range;
}

const show = (figure: KpiDifference['live']) => (figure ? `${figure.value} (n=${figure.sample})` : 'none');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      region: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'timeout-seconds': { type: 'string', default: '600' },
    },
  });
  const timeoutSeconds = Number(values['timeout-seconds']);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1)
    throw new Error('--timeout-seconds must be a whole number of seconds');
  const result = await recompute({
    regions: values.region,
    range: rangeOf(values.from, values.to, loadConfig(programmeEnvSchema).PROGRAMME_TIME_ZONE),
    keep: values.keep,
    timeoutMs: timeoutSeconds * 1000,
  });
  for (const d of result.differences)
    console.log(
      `${d.kpiId} ${d.period} region=${d.region ?? 'all'} statusType=${d.statusType ?? 'all'}: live ${show(d.live)}, recomputed ${show(d.recomputed)}`,
    );
  console.log(
    values.json
      ? JSON.stringify(result)
      : `[recompute] ${result.compared} figures compared, ${result.differences.length} differ; facts only live: ${result.liveOnlyFacts}, only recomputed: ${result.recomputedOnlyFacts}`,
  );
  process.exitCode = result.differences.length > 0 ? 1 : 0;
}

if (require.main === module)
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  });
