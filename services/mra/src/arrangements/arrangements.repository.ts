import type { EntityManager } from 'typeorm';
import type { MraTerms } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner, type StepHistoryEntry, stepHistoryEntry } from '@aeo/persistence';
import type { ComparisonEntry } from '@aeo/workflows';
import {
  type IFindArrangementResult,
  findArrangement as findOne,
  findOpenArrangementOfCountry,
  insertArrangement as insertOne,
  insertArrangementRecord as insertRecord,
  latestComparison,
  listArrangementRecords,
  listArrangements as listAll,
  listPhaseChanges,
  lockArrangement as lockOne,
  lockPartnerCountry,
  updateArrangementAfterStep,
} from './arrangements.queries';

/** A mutual recognition arrangement with one partner customs administration. */
export interface Arrangement {
  id: string;
  /** ISO 3166-1 alpha-2 code of the partner country. */
  partnerCountry: string;
  partnerAdministration: string;
  title: string;
  /** The phase (MRA_PHASES; rows written before the workflow may hold older names). */
  phase: string;
  /** Calendar date (YYYY-MM-DD) the arrangement was signed; null before. */
  signedOn: string | null;
  /** The signed terms; null before signing. */
  terms: MraTerms | null;
  /** The next periodic review while operational (kept while suspended). */
  reviewDueAt: Date | null;
  reviewIntervalMonths: number;
  reminderDaysBefore: number[];
  /** While suspended: the phase a resumption returns to. */
  suspendedFrom: string | null;
  createdAt: Date;
}

/** One phase change of an arrangement (its creation has no `from`). */
export interface PhaseChange {
  from: string | null;
  to: string;
  step: string;
  by: string;
  at: Date;
  reason: string | null;
}

/** A step recorded on an arrangement, with its content. */
export interface ArrangementRecord extends StepHistoryEntry {
  seq: number;
}

function toArrangement(row: IFindArrangementResult): Arrangement {
  return {
    ...camelRow(row),
    title: row.title ?? `AEO mutual recognition arrangement with ${row.partner_administration}`,
    terms: row.terms as MraTerms | null,
  };
}

/** Every arrangement, or those of one partner country, by country and newest first. */
export async function listArrangements(runner: SqlRunner, partnerCountry?: string): Promise<Arrangement[]> {
  return (await runSql(listAll, { partnerCountry: partnerCountry ?? null }, runner)).map(toArrangement);
}

export async function findArrangement(runner: SqlRunner, id: string): Promise<Arrangement | undefined> {
  return runSqlOne(findOne, { id }, runner, toArrangement);
}

/** The arrangement, locked until the transaction ends. */
export async function lockArrangement(manager: EntityManager, id: string): Promise<Arrangement | undefined> {
  return runSqlOne(lockOne, { id }, manager, toArrangement);
}

/** The open (not terminated) arrangement with a partner country, if any; creations for one country wait on each other. */
export async function lockOpenArrangementOfCountry(
  manager: EntityManager,
  partnerCountry: string,
): Promise<{ id: string; title: string | null; phase: string } | undefined> {
  await runSql(lockPartnerCountry, { partnerCountry }, manager);
  return runSqlOne(findOpenArrangementOfCountry, { partnerCountry }, manager);
}

export async function insertArrangement(
  manager: EntityManager,
  arrangement: Pick<
    Arrangement,
    'id' | 'partnerCountry' | 'partnerAdministration' | 'title' | 'reviewIntervalMonths' | 'reminderDaysBefore'
  > & { createdBy: string },
): Promise<void> {
  await runSql(insertOne, arrangement, manager);
}

/** The arrangement's row after a step (every lifecycle column, as the step left it). */
export async function updateArrangement(
  manager: EntityManager,
  arrangement: Pick<
    Arrangement,
    | 'id'
    | 'phase'
    | 'terms'
    | 'signedOn'
    | 'reviewDueAt'
    | 'suspendedFrom'
    | 'reviewIntervalMonths'
    | 'reminderDaysBefore'
  >,
): Promise<void> {
  await runSql(
    updateArrangementAfterStep,
    { ...arrangement, terms: arrangement.terms === null ? null : JSON.stringify(arrangement.terms) },
    manager,
  );
}

/** Records a step under its key; false when the key was recorded already (a retried activity). */
export async function insertArrangementRecord(
  manager: EntityManager,
  record: {
    arrangementId: string;
    recordKey: string;
    step: string;
    fromPhase: string | null;
    toPhase: string;
    summary: string;
    details: unknown;
    recordedBy: string;
    recordedAt: Date;
  },
): Promise<boolean> {
  const inserted = await runSqlOne(insertRecord, { ...record, details: JSON.stringify(record.details ?? {}) }, manager);
  return inserted !== undefined;
}

/** The phase history of each of the arrangements, oldest first. */
export async function phaseHistories(runner: SqlRunner, arrangementIds: string[]): Promise<Map<string, PhaseChange[]>> {
  const histories = new Map<string, PhaseChange[]>(arrangementIds.map((id) => [id, []]));
  if (arrangementIds.length === 0) return histories;
  for (const row of await runSql(listPhaseChanges, { arrangementIds }, runner)) {
    histories.get(row.arrangement_id)?.push({
      from: row.from_phase,
      to: row.to_phase,
      step: row.step,
      by: row.recorded_by,
      at: row.recorded_at,
      reason: row.reason,
    });
  }
  return histories;
}

export async function arrangementRecords(runner: SqlRunner, arrangementId: string): Promise<ArrangementRecord[]> {
  return (await runSql(listArrangementRecords, { arrangementId }, runner)).map((row) => ({
    seq: Number(row.seq),
    ...stepHistoryEntry(row),
  }));
}

/** The latest programme comparison recorded (each recording is the whole mapping). */
export async function findLatestComparison(
  runner: SqlRunner,
  arrangementId: string,
): Promise<{ entries: ComparisonEntry[]; by: string; at: Date } | undefined> {
  const row = await runSqlOne(latestComparison, { arrangementId }, runner);
  if (!row) return undefined;
  const details = row.details as { entries?: ComparisonEntry[] };
  return { entries: details.entries ?? [], by: row.recorded_by, at: row.recorded_at };
}
