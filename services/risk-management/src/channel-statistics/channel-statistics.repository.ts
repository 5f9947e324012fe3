import { z } from 'zod';
import { CHANNELS, statusType } from '@aeo/contracts';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  countDecisionsByAeoAndChannel as byAeoAndChannel,
  countDecisionsWithoutFacts as withoutFacts,
} from './channel-statistics.queries';

// The decisions' CHECK-constrained columns, narrowed.
const channel = z.enum(CHANNELS);
const aeoStatusType = statusType.nullable();

export interface ChannelCount {
  /** The AEO status type in force for the declarations; null: none. */
  aeo: z.infer<typeof aeoStatusType>;
  channel: z.infer<typeof channel>;
  n: number;
}

/** Decisions on declarations lodged from `from` to `to` (whole UTC days, whatever the session's time zone), by AEO status type and channel; `region` null = all. */
export async function countDecisionsByAeoAndChannel(
  runner: SqlRunner,
  from: string,
  to: string,
  region: string | null,
): Promise<ChannelCount[]> {
  const rows = await runSql(byAeoAndChannel, { from, to, region }, runner);
  return rows.map((row) => ({ aeo: aeoStatusType.parse(row.aeo), channel: channel.parse(row.channel), n: row.n }));
}

/**
 * Decisions made from `from` to `to` without the facts (made before migration 340): they belong to
 * no region and have no lodgement time.
 */
export async function countDecisionsWithoutFacts(runner: SqlRunner, from: string, to: string): Promise<number> {
  return (await runSqlOne(withoutFacts, { from, to }, runner))?.n ?? 0;
}
