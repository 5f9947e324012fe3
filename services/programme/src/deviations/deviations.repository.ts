import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { DEVIATION_OUTCOMES, type DeviationOutcome } from '@aeo/contracts';
import {
  camelRow,
  closeSession,
  runSql,
  runSqlOne,
  type SqlRunner,
  type StepHistoryEntry,
  stepHistoryEntry,
} from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import { DEVIATION_PHASES, type DeviationThreshold, type ImprovementAction } from '@aeo/workflows';
import {
  type IFindCaseResult,
  type IListCasePageResult,
  type IListCaseRecordsResult,
  findCase,
  insertCase as insertOne,
  insertCaseRecord as insertRecord,
  listCaseRecords,
  listCasePage,
  listCases as listAll,
  listEvaluatedValues,
  listFollowedCases,
  listUnrecordedCases,
  lockCase as lockOne,
  lockCasesOfKey,
  noteRepeatedCrossing as noteCrossing,
  saveEvaluatedValue,
  tryLockEvaluation,
  unlockEvaluation,
  updateCaseAfterStep,
} from './deviations.queries';

const phase = z.enum(DEVIATION_PHASES);
const outcome = z.enum(DEVIATION_OUTCOMES);

/** A deviation case as its workflow's steps left it (`caseId` is the workflow id). */
export interface DeviationCase {
  caseId: string;
  kpiId: string;
  /** `national` or a region's code. */
  scope: string;
  statusType: string | null;
  period: string;
  /** The value that opened the case. */
  value: number;
  threshold: DeviationThreshold;
  phase: (typeof DEVIATION_PHASES)[number];
  rootCause: string | null;
  owner: string | null;
  actions: ImprovementAction[];
  outcome: DeviationOutcome | null;
  /** The latest value measured for the case's own period or a later one. */
  latestValue: number | null;
  /** How many times the evaluator found the case's KPI, scope and period across its threshold. */
  crossings: number;
  openedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** One step recorded on a case, numbered by its workflow. */
export type DeviationRecord = { sequence: number } & StepHistoryEntry<string>;

const toCase = (row: IFindCaseResult): DeviationCase => ({
  ...camelRow(row),
  threshold: row.threshold as unknown as DeviationThreshold,
  phase: phase.parse(row.phase),
  actions: row.actions as unknown as ImprovementAction[],
  outcome: row.outcome === null ? null : outcome.parse(row.outcome),
});

const toRecord = (row: IListCaseRecordsResult): DeviationRecord => ({
  sequence: row.sequence,
  ...stepHistoryEntry(row),
});

export async function listCases(
  runner: SqlRunner,
  filter: { phase: string | null; kpiId: string | null; scope: string | null; limit: number },
): Promise<DeviationCase[]> {
  return (await runSql(listAll, filter, runner)).map(toCase);
}

/** The sorts of the paged list of cases (`GET /v1/deviation-cases`). */
export const DEVIATION_CASE_SORTS = ['openedAt', 'updatedAt', 'period'] as const;
export type DeviationCaseSort = (typeof DEVIATION_CASE_SORTS)[number];

/** A page of the cases with the whole list's total. */
export async function deviationCasePage(
  runner: SqlRunner,
  filter: { phase: string | null; kpiId: string | null; scope: string | null } & PageRequest<DeviationCaseSort>,
): Promise<Page<DeviationCase>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) => runSql(listCasePage, { ...params, ...window }, runner),
    ({ total: _total, ...row }: IListCasePageResult) => toCase(row),
  );
}

export async function findDeviationCase(runner: SqlRunner, caseId: string): Promise<DeviationCase | undefined> {
  return runSqlOne(findCase, { caseId }, runner, toCase);
}

export async function caseRecords(runner: SqlRunner, caseId: string): Promise<DeviationRecord[]> {
  return (await runSql(listCaseRecords, { caseId }, runner)).map(toRecord);
}

/** What a case is opened with (its workflow's input). */
export type CaseOpening = Pick<
  DeviationCase,
  'caseId' | 'kpiId' | 'scope' | 'statusType' | 'period' | 'value' | 'threshold'
>;

/**
 * The case's row at its opening: the evaluator claims it before starting the workflow, the
 * workflow's opening finds it; false when it exists (claimed before, or a retried opening).
 */
export async function insertCase(manager: EntityManager, opening: CaseOpening & { at: Date }): Promise<boolean> {
  return (
    (await runSqlOne(insertOne, { ...opening, threshold: JSON.stringify(opening.threshold) }, manager)) !== undefined
  );
}

/**
 * The cases of a KPI, scope and period, locked, oldest first: the standing one (not dismissed: at
 * most one, migration 1630) and the dismissed ones, each with whether its workflow recorded
 * anything yet (a case claimed whose workflow never recorded its opening is still to be started).
 */
export async function lockKeyCases(
  manager: EntityManager,
  key: Pick<CaseOpening, 'kpiId' | 'scope' | 'statusType' | 'period'>,
): Promise<{ caseId: string; dismissed: boolean; recorded: boolean }[]> {
  return (await runSql(lockCasesOfKey, key, manager)).map((row) => ({
    caseId: row.case_id,
    dismissed: row.outcome === 'dismissed',
    recorded: row.recorded === true,
  }));
}

/** The cases claimed whose workflow has not recorded its opening (never started, or the start was lost). */
export async function unrecordedCases(runner: SqlRunner): Promise<CaseOpening[]> {
  return (await runSql(listUnrecordedCases, undefined, runner)).map((row) => ({
    ...camelRow(row),
    threshold: row.threshold as unknown as DeviationThreshold,
  }));
}

/** The case, locked until the transaction ends. */
export async function lockCase(manager: EntityManager, caseId: string): Promise<DeviationCase | undefined> {
  return runSqlOne(lockOne, { caseId }, manager, toCase);
}

/** Records a step under its number; false when the number was recorded already (a retried activity). */
export async function insertCaseRecord(
  manager: EntityManager,
  record: { caseId: string; sequence: number } & Omit<DeviationRecord, 'sequence'>,
): Promise<boolean> {
  const inserted = await runSqlOne(
    insertRecord,
    {
      caseId: record.caseId,
      sequence: record.sequence,
      step: record.step,
      fromPhase: record.from,
      toPhase: record.to,
      summary: record.summary,
      details: JSON.stringify(record.details ?? {}),
      recordedBy: record.by,
      recordedAt: record.at,
    },
    manager,
  );
  return inserted !== undefined;
}

/** The case's row after a step. */
export async function updateCase(
  manager: EntityManager,
  after: Pick<DeviationCase, 'caseId' | 'phase' | 'rootCause' | 'owner' | 'actions' | 'outcome' | 'latestValue'> & {
    at: Date;
  },
): Promise<void> {
  await runSql(updateCaseAfterStep, { ...after, actions: JSON.stringify(after.actions) }, manager);
}

/** A crossing found again for a case's KPI, scope and period; false when the case has no row here. */
export async function noteRepeatedCrossing(manager: EntityManager, caseId: string, value: number): Promise<boolean> {
  return (await runSqlOne(noteCrossing, { caseId, value }, manager)) !== undefined;
}

/** An open case the evaluator feeds with later periods' values. */
export type FollowedCase = Pick<DeviationCase, 'caseId' | 'kpiId' | 'scope' | 'statusType' | 'period' | 'threshold'>;

/** The open cases of a KPI. */
export async function followedCases(runner: SqlRunner, kpiId: string): Promise<FollowedCase[]> {
  return (await runSql(listFollowedCases, { kpiId }, runner)).map((row) => ({
    ...camelRow(row),
    threshold: row.threshold as unknown as DeviationThreshold,
  }));
}

/**
 * The regions a KPI source relation has rows of (the evaluator's regional scopes for the KPIs
 * computed over it). The relation is a KPI definition's own constant, never input.
 */
export async function measuredRegions(runner: SqlRunner, relation: string): Promise<string[]> {
  const rows = (await runner.query(
    `SELECT DISTINCT region FROM ${relation} WHERE region IS NOT NULL ORDER BY region`,
  )) as { region: string }[];
  return rows.map((row) => row.region);
}

/** The evaluation key: KPI, scope, status type ('' for all) and period. */
export const evaluationKey = (kpiId: string, scope: string, statusType: string | null, period: string) =>
  `${kpiId}|${scope}|${statusType ?? ''}|${period}`;

/** The values (and threshold versions) the evaluator acted on for a KPI's periods, by evaluation key. */
export async function evaluatedValues(
  runner: SqlRunner,
  kpiId: string,
  periods: string[],
): Promise<Map<string, { value: number; thresholdVersion: number }>> {
  const rows = await runSql(listEvaluatedValues, { kpiId, periods }, runner);
  return new Map(
    rows.map((row) => [
      evaluationKey(row.kpi_id, row.scope, row.status_type || null, row.period),
      { value: row.value, thresholdVersion: row.threshold_version },
    ]),
  );
}

export async function saveEvaluation(
  runner: SqlRunner,
  evaluation: {
    kpiId: string;
    scope: string;
    statusType: string | null;
    period: string;
    value: number;
    thresholdVersion: number;
  },
): Promise<void> {
  await runSql(saveEvaluatedValue, { ...evaluation, statusType: evaluation.statusType ?? '' }, runner);
}

/**
 * Runs `evaluation` while this instance holds the evaluation's session lock (one evaluation at a
 * time across the service's instances, so one crossing is never started twice); undefined when
 * another instance holds it.
 */
export async function whileEvaluating<T>(dataSource: DataSource, evaluation: () => Promise<T>): Promise<T | undefined> {
  const session = dataSource.createQueryRunner();
  await session.connect();
  let closed = false;
  try {
    const lock = await runSqlOne(tryLockEvaluation, undefined, session);
    if (!lock?.locked) return undefined;
    try {
      return await evaluation();
    } finally {
      try {
        await runSql(unlockEvaluation, undefined, session);
      } catch (error) {
        // The lock may still be held: the connection is closed (the lock goes with it), never pooled.
        closed = true;
        await closeSession(session, error);
      }
    }
  } finally {
    if (!closed) await session.release();
  }
}
