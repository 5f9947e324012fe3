/**
 * The messaging tests' own data access: the probe consumer's effects (table from
 * `CreateProbeEffects1764300000001`), and what the tests read of the outbox and inbox.
 */
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  countInboxEntries,
  countProbeEffects,
  findOutboxSentAt,
  findProbeEffects,
  recordProbeEffect,
  recordProbeEffects,
} from './probe-effects.queries';

export interface ProbeEffect {
  probeId: string;
  sequence: number;
  eventId: string;
}

/** A test consumer's effect, in its handler's transaction. */
export async function recordEffect(runner: SqlRunner, effect: ProbeEffect): Promise<void> {
  await runSql(recordProbeEffect, effect, runner);
}

/** A test consumer's effects of a batch, in their order. */
export async function recordEffects(runner: SqlRunner, effects: readonly ProbeEffect[]): Promise<void> {
  await runSql(
    recordProbeEffects,
    {
      probeIds: effects.map((e) => e.probeId),
      sequences: effects.map((e) => e.sequence),
      eventIds: effects.map((e) => e.eventId),
    },
    runner,
  );
}

/** Every effect recorded, in the order they were. */
export async function effectsRecorded(runner: SqlRunner): Promise<ProbeEffect[]> {
  return (await runSql(findProbeEffects, undefined, runner)).map((row) => ({
    probeId: row.probe_id,
    sequence: row.sequence,
    eventId: row.event_id,
  }));
}

/** How many effects were recorded (of one event, when named). */
export async function countEffects(runner: SqlRunner, eventId?: string): Promise<number> {
  return (await runSqlOne(countProbeEffects, { eventId: eventId ?? null }, runner))?.n ?? 0;
}

/** When an outbox row was marked sent (null while pending); undefined when there is no such row. */
export async function outboxSentAt(runner: SqlRunner, id: string): Promise<Date | null | undefined> {
  return (await runSqlOne(findOutboxSentAt, { id }, runner))?.sent_at;
}

/** Inbox rows whose event id matches one of the LIKE patterns. */
export async function countInbox(runner: SqlRunner, patterns: readonly string[]): Promise<number> {
  return (await runSqlOne(countInboxEntries, { patterns: [...patterns] }, runner))?.n ?? 0;
}

/**
 * The pipelined consumer tests' settings: batches of a few records (2 KiB a partition's fetch, 10
 * events a run), six batches under way, two partitions' work at once.
 */
export const PIPELINED_PROBE_TUNING = {
  maxBatchSize: 10,
  maxBatchesInFlight: 6,
  partitionsConsumedConcurrently: 2,
  maxBytesPerPartition: 2048,
} as const;

/** Each event's effect, its partition as the probe id (`p0`, `p1`), in the run's order. */
export async function recordPartitionEffects(
  runner: SqlRunner,
  events: readonly { id: string; partition: number; data: { sequence: number } }[],
): Promise<void> {
  await recordEffects(
    runner,
    events.map((event) => ({ probeId: `p${event.partition}`, sequence: event.data.sequence, eventId: event.id })),
  );
}
