import { z } from 'zod';
import { camelRow, runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  type AuthorisationBase,
  type RegisterStatus,
  registerStatus,
  toAuthorisation,
} from '../register/register.repository';
import {
  completeRevalidationCycle,
  findInForceAuthorisationOfTaxpayer,
  findLifecycleAuthorisation,
  findRevalidationRequest,
  insertLifecycleHistory,
  insertReportedChange,
  insertRevalidationRequest,
  listInForceAuthorisationNumbers,
  listReportedChanges,
  lockLifecycleAuthorisation,
  markEnded,
  markReinstated,
  markSuspended,
  mergeRevalidationSelfAssessment,
  noteActivityRecord,
  setRevalidationCycle,
  type IFindLifecycleAuthorisationResult,
} from './lifecycle.queries';

const suspendedScope = z.enum(['whole', 'security']).nullable();

/** An authorisation as the lifecycle code reads it, with the programme version of its application. */
export interface LifecycleAuthorisation extends AuthorisationBase {
  suspendedScope: 'whole' | 'security' | null;
  revalidationCycle: number;
  programmeVersion: number | null;
}

function toLifecycleAuthorisation(row: IFindLifecycleAuthorisationResult): LifecycleAuthorisation {
  return { ...toAuthorisation(row), suspendedScope: suspendedScope.parse(row.suspended_scope) };
}

export async function findAuthorisation(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<LifecycleAuthorisation | undefined> {
  return runSqlOne(findLifecycleAuthorisation, { authorisationNumber }, runner, toLifecycleAuthorisation);
}

/** The authorisation, locked for the rest of the transaction. */
export async function lockAuthorisation(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<LifecycleAuthorisation | undefined> {
  return runSqlOne(lockLifecycleAuthorisation, { authorisationNumber }, runner, toLifecycleAuthorisation);
}

/** The authorisation in force (granted or suspended) of a company, if any. */
export async function findInForceByTaxpayer(
  runner: SqlRunner,
  taxpayerId: string,
): Promise<LifecycleAuthorisation | undefined> {
  return runSqlOne(findInForceAuthorisationOfTaxpayer, { taxpayerId }, runner, toLifecycleAuthorisation);
}

/** A page of the authorisations in force, by number after `after`. */
export async function listInForceAfter(
  runner: SqlRunner,
  after: string,
  limit: number,
): Promise<{ authorisationNumber: string; status: RegisterStatus }[]> {
  const rows = await runSql(listInForceAuthorisationNumbers, { after, limit }, runner);
  return rows.map((r) => ({ authorisationNumber: r.authorisation_number, status: registerStatus.parse(r.status) }));
}

export async function setAuthorisationRevalidationCycle(
  runner: SqlRunner,
  authorisationNumber: string,
  cycle: number,
): Promise<void> {
  await runSql(setRevalidationCycle, { authorisationNumber, cycle }, runner);
}

/** A confirmed revalidation: the next due date, the conditions and the next cycle. */
export async function completeAuthorisationRevalidation(
  runner: SqlRunner,
  authorisationNumber: string,
  change: { revalidationDue: string; conditions: string[]; cycle: number },
): Promise<void> {
  await runSql(
    completeRevalidationCycle,
    {
      authorisationNumber,
      revalidationDue: change.revalidationDue,
      conditions: JSON.stringify(change.conditions),
      cycle: change.cycle,
    },
    runner,
  );
}

export async function markAuthorisationSuspended(
  runner: SqlRunner,
  authorisationNumber: string,
  scope: 'whole' | 'security',
): Promise<void> {
  await runSql(markSuspended, { authorisationNumber, scope }, runner);
}

export async function markAuthorisationReinstated(
  runner: SqlRunner,
  authorisationNumber: string,
  revalidationDue: string,
): Promise<void> {
  await runSql(markReinstated, { authorisationNumber, revalidationDue }, runner);
}

/** Revoked or surrendered from `endedAt`. */
export async function markAuthorisationEnded(
  runner: SqlRunner,
  authorisationNumber: string,
  status: 'revoked' | 'surrendered',
  endedAt: string,
): Promise<void> {
  await runSql(markEnded, { authorisationNumber, status, endedAt }, runner);
}

/** Notes that an activity took effect (its key); false when it was noted before, so a retry changes nothing. */
export async function noteActivityOnce(
  runner: SqlRunner,
  authorisationNumber: string,
  recordKey: string,
): Promise<boolean> {
  return runSqlChanged(noteActivityRecord, { recordKey, authorisationNumber }, runner);
}

export async function insertHistoryEntry(
  runner: SqlRunner,
  entry: {
    authorisationNumber: string;
    change: string;
    status: RegisterStatus;
    changedBy: string;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await runSql(insertLifecycleHistory, { ...entry, details: JSON.stringify(entry.details) }, runner);
}

/**
 * Records a regional office's revalidation request once per request id: 'recorded', 'repeated'
 * (the same id for this authorisation) or 'other-authorisation' (the id was used for another one).
 */
export async function recordRevalidationRequest(
  runner: SqlRunner,
  request: { requestId: string; authorisationNumber: string; reason: string; siteVisit: boolean; requestedBy: string },
): Promise<'recorded' | 'repeated' | 'other-authorisation'> {
  const inserted = await runSql(insertRevalidationRequest, request, runner);
  if (inserted.length > 0) return 'recorded';
  const existing = await runSqlOne(findRevalidationRequest, { requestId: request.requestId }, runner);
  return existing?.authorisation_number === request.authorisationNumber ? 'repeated' : 'other-authorisation';
}

export async function insertReportedChangeOf(
  runner: SqlRunner,
  change: {
    id: string;
    authorisationNumber: string;
    kind: string;
    description: string;
    effectiveDate: string;
    siteVisit: boolean;
    reportedBy: string;
    reportedAt: string;
  },
): Promise<void> {
  await runSql(insertReportedChange, change, runner);
}

/** Newest first. */
export async function listReportedChangesOf(runner: SqlRunner, authorisationNumber: string) {
  const rows = await runSql(listReportedChanges, { authorisationNumber }, runner);
  return rows.map(({ id, ...row }) => ({ changeId: id, ...camelRow(row), reportedAt: row.reported_at.toISOString() }));
}

/** Adds the answers to the cycle's revalidation self-assessment (a question answered again takes the new answer). */
export async function mergeRevalidationAnswers(
  runner: SqlRunner,
  authorisationNumber: string,
  cycle: number,
  answers: Record<string, unknown>,
  submittedBy: string,
): Promise<void> {
  await runSql(
    mergeRevalidationSelfAssessment,
    { authorisationNumber, cycle, answers: JSON.stringify(answers), submittedBy },
    runner,
  );
}
