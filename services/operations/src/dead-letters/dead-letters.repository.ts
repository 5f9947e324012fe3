import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { headerListFromStored } from '@aeo/messaging';
import { type DeadLetterRow, type HeaderList, unstorableRowOf } from './dead-letter-record';
import {
  countDeadLetters,
  findDeadLetter,
  type IListDeadLettersResult,
  insertDeadLetter,
  listDeadLetters,
  lockDeadLetter,
  settleDeadLetter,
} from './dead-letters.queries';

export const DEAD_LETTER_STATES = ['new', 'replayed', 'discarded'] as const;
export type DeadLetterState = (typeof DEAD_LETTER_STATES)[number];

/** A dead letter as listed (without its bytes). */
export interface DeadLetter {
  id: string;
  dlqTopic: string;
  dlqPartition: number;
  dlqOffset: string;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  consumer: string | null;
  reason: string;
  deadLetteredAt: Date;
  receivedAt: Date;
  state: DeadLetterState;
  /** The CloudEvents headers `ce_type`, `ce_id` and `ce_subject`, when the record has them. */
  eventType: string | null;
  eventId: string | null;
  eventSubject: string | null;
  payloadBytes: number;
  settledAt: Date | null;
  settledBy: string | null;
  settleReason: string | null;
  /** The outbox event that republished it. */
  replayEventId: string | null;
}

/** A dead letter with the record it holds. */
export interface StoredDeadLetter extends DeadLetter {
  recordKey: Buffer | null;
  payload: Buffer | null;
  headers: HeaderList;
}

export interface DeadLetterFilter {
  originalTopic?: string;
  consumer?: string;
  state?: DeadLetterState;
}

const headerText = (headers: HeaderList, name: string) =>
  headers
    .find(([key]) => key === name)?.[1]
    .toString('utf8')
    .slice(0, 200) ?? null;

function deadLetterOf(row: IListDeadLettersResult): DeadLetter & { headers: HeaderList } {
  const headers = headerListFromStored(row.headers);
  return {
    id: row.id,
    dlqTopic: row.dlq_topic,
    dlqPartition: row.dlq_partition,
    dlqOffset: row.dlq_offset,
    originalTopic: row.original_topic,
    originalPartition: row.original_partition,
    originalOffset: row.original_offset,
    consumer: row.consumer,
    reason: row.reason,
    deadLetteredAt: row.dead_lettered_at,
    receivedAt: row.received_at,
    state: z.enum(DEAD_LETTER_STATES).parse(row.state),
    eventType: headerText(headers, 'ce_type'),
    eventId: headerText(headers, 'ce_id'),
    eventSubject: headerText(headers, 'ce_subject'),
    payloadBytes: row.payload_bytes ?? 0,
    settledAt: row.settled_at,
    settledBy: row.settled_by,
    settleReason: row.settle_reason,
    replayEventId: row.replay_outbox_id,
    headers,
  };
}

/**
 * PostgreSQL's refusals of a value (SQLSTATE classes 22, data exception, and 54, a limit exceeded):
 * the same row is refused every time, unlike a lost connection or a timeout.
 */
const refusesTheRow = (error: unknown) => /^(22|54)/.test(String((error as { code?: unknown }).code ?? ''));

/**
 * Stores a batch of dead letters of one partition, each once (by topic, partition and offset): how
 * many were new, and how many of those PostgreSQL refused as they were and were stored as
 * placeholders (unstorableRowOf), each under a savepoint of the batch's transaction.
 */
export async function storeDeadLetters(
  manager: EntityManager,
  rows: DeadLetterRow[],
): Promise<{ stored: number; unstorable: number }> {
  let stored = 0;
  let unstorable = 0;
  for (const row of rows) {
    await manager.query('SAVEPOINT dead_letter');
    try {
      stored += (await runSql(insertDeadLetter, row, manager)).length;
    } catch (error) {
      if (!refusesTheRow(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT dead_letter');
      const placeholder = (await runSql(insertDeadLetter, unstorableRowOf(row, error), manager)).length;
      stored += placeholder;
      unstorable += placeholder;
    }
    await manager.query('RELEASE SAVEPOINT dead_letter');
  }
  return { stored, unstorable };
}

/** A page of dead letters, newest first, and how many match. */
export async function pageOfDeadLetters(
  runner: SqlRunner,
  filter: DeadLetterFilter,
  window: { limit: number; offset: number },
): Promise<{ items: DeadLetter[]; total: number }> {
  const params = {
    originalTopic: filter.originalTopic ?? null,
    consumer: filter.consumer ?? null,
    state: filter.state ?? null,
  };
  const [rows, count] = await Promise.all([
    runSql(listDeadLetters, { ...params, ...window }, runner),
    runSqlOne(countDeadLetters, params, runner),
  ]);
  return {
    items: rows.map((row) => {
      const { headers: _headers, ...listed } = deadLetterOf(row);
      return listed;
    }),
    total: count?.total ?? 0,
  };
}

export async function storedDeadLetter(runner: SqlRunner, id: string): Promise<StoredDeadLetter | undefined> {
  const row = await runSqlOne(findDeadLetter, { id }, runner);
  return row && { ...deadLetterOf(row), recordKey: row.record_key, payload: row.payload };
}

/** Locks a dead letter for a decision (until the transaction ends); false when there is none. */
export async function lockedDeadLetter(manager: EntityManager, id: string): Promise<boolean> {
  return (await runSql(lockDeadLetter, { id }, manager)).length > 0;
}

/** Marks a new dead letter replayed or discarded; false when it was not new. */
export async function settle(
  manager: EntityManager,
  id: string,
  settlement: {
    state: Exclude<DeadLetterState, 'new'>;
    settledBy: string;
    reason: string;
    replayOutboxId: string | null;
  },
): Promise<boolean> {
  return (await runSql(settleDeadLetter, { id, ...settlement }, manager)).length > 0;
}
