import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  findChangelogPosition as findPosition,
  findChangelogPositions as findPositions,
  findStoredDeclarations as storedDeclarations,
  lockChangelogPosition as lockPosition,
  storeChangelogPosition as storePosition,
} from './decision-changelog.queries';

/** How far the write-behind has stored a changelog partition. */
export interface ChangelogPosition {
  /** Its records below this offset are stored. */
  nextOffset: bigint;
  /** The last decider transaction on the partition whose records are all stored (null: none yet). */
  sequenceUpTo: number | null;
}

/** The position of a changelog partition, its row locked until the caller's transaction ends (created at 0). */
export async function lockChangelogPosition(runner: SqlRunner, topic: string, partition: number): Promise<bigint> {
  const rows = await runSql(lockPosition, { topic, partition }, runner);
  return BigInt(rows[0]!.next_offset);
}

export async function storeChangelogPosition(
  runner: SqlRunner,
  topic: string,
  partition: number,
  nextOffset: bigint,
  sequenceUpTo: number | null,
): Promise<void> {
  await runSql(
    storePosition,
    {
      topic,
      partition,
      nextOffset: String(nextOffset),
      sequenceUpTo: sequenceUpTo === null ? null : String(sequenceUpTo),
    },
    runner,
  );
}

/** Which of these declarations have a decision stored already. */
export async function findStoredDeclarations(
  runner: SqlRunner,
  declarationIds: readonly string[],
): Promise<Set<string>> {
  if (declarationIds.length === 0) return new Set();
  const rows = await runSql(storedDeclarations, { declarationIds: [...declarationIds] }, runner);
  return new Set(rows.map((row) => row.declaration_id));
}

/** Where the write-behind stands on several partitions of a changelog (absent: nothing stored of it yet). */
export async function findChangelogPositions(
  runner: SqlRunner,
  topic: string,
  partitions: readonly number[],
): Promise<Map<number, ChangelogPosition>> {
  if (partitions.length === 0) return new Map();
  const rows = await runSql(findPositions, { topic, partitions: [...partitions] }, runner);
  return new Map(
    rows.map((row) => [
      row.partition,
      {
        nextOffset: BigInt(row.next_offset),
        sequenceUpTo: row.sequence_up_to === null ? null : Number(row.sequence_up_to),
      },
    ]),
  );
}

/** Where the write-behind stands on a changelog partition; null before it stored anything of it. */
export async function findChangelogPosition(
  runner: SqlRunner,
  topic: string,
  partition: number,
): Promise<ChangelogPosition | null> {
  const row = await runSqlOne(findPosition, { topic, partition }, runner);
  return row
    ? {
        nextOffset: BigInt(row.next_offset),
        sequenceUpTo: row.sequence_up_to === null ? null : Number(row.sequence_up_to),
      }
    : null;
}
