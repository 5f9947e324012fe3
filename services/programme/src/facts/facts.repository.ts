import { runSql, type SqlRunner } from '@aeo/persistence';
import * as sql from './facts.queries';

/** A fact's row: what its event states (optional fields null). */
export interface FactRow {
  eventId: string;
  type: string;
  topic: string;
  subject: string;
  occurredAt: string;
  operatorId: string | null;
  region: string | null;
  statusType: string | null;
  applicationId: string | null;
  processId: string | null;
  detail: string | null;
  category: string | null;
}
/** What an application-side event states about its certification process (other columns kept). */
export type ProcessChange = Omit<sql.IFoldProcessParams, 'extensionsUsed'> & { extensionsUsed?: boolean };
export type RevalidationCycleChange = sql.IFoldRevalidationCycleParams;
export type ValidationCaseChange = sql.IFoldValidationCaseParams;

/** The events as facts, in one statement (once each: a fact already recorded is left as it is). */
export const insertFacts = async (runner: SqlRunner, facts: readonly FactRow[]): Promise<void> => {
  if (facts.length === 0) return;
  const rows = facts.map((f) => ({
    event_id: f.eventId,
    type: f.type,
    topic: f.topic,
    subject: f.subject,
    occurred_at: f.occurredAt,
    region: f.region,
    status_type: f.statusType,
    operator_id: f.operatorId,
    application_id: f.applicationId,
    process_id: f.processId,
    detail: f.detail,
    category: f.category,
  }));
  await runSql(sql.insertFacts, { facts: JSON.stringify(rows) }, runner);
};
/** Sets the columns the event states on its application's process row (created when it is the first). */
export const foldProcess = async (runner: SqlRunner, change: ProcessChange): Promise<void> => {
  await runSql(sql.foldProcess, { ...change, extensionsUsed: change.extensionsUsed ?? false }, runner);
};
export const foldGrant = async (runner: SqlRunner, grant: sql.IFoldGrantParams): Promise<void> => {
  await runSql(sql.foldGrant, grant, runner);
};
/** Sets what the event states on a revalidation cycle (its due date, start or completion). */
export const foldRevalidationCycle = async (runner: SqlRunner, change: RevalidationCycleChange): Promise<void> => {
  await runSql(sql.foldRevalidationCycle, change, runner);
};
/** An authorisation revoked or surrendered: the earliest end is kept. */
export const foldAuthorisationEnd = async (runner: SqlRunner, end: sql.IFoldAuthorisationEndParams): Promise<void> => {
  await runSql(sql.foldAuthorisationEnd, end, runner);
};
/** Sets what the event states on a validation case (opened, report, closure). */
export const foldValidationCase = async (runner: SqlRunner, change: ValidationCaseChange): Promise<void> => {
  await runSql(sql.foldValidationCase, change, runner);
};
/**
 * Makes the benefit roll-up's days those of `timeZone` (PROGRAMME_TIME_ZONE): rebuilt from the
 * declarations when it was made in another zone (true), else left as it is.
 */
export const alignBenefitRollupTimeZone = async (runner: SqlRunner, timeZone: string): Promise<boolean> => {
  const [row] = await runSql(sql.alignBenefitRollupTimeZone, { timeZone }, runner);
  return row?.rebuilt === true;
};
/** Whether PostgreSQL knows the time zone `timeZone` (by that exact name, as pg_timezone_names lists it). */
export const isPostgresTimeZone = async (runner: SqlRunner, timeZone: string): Promise<boolean> => {
  const [row] = await runSql(sql.timeZoneKnown, { timeZone }, runner);
  return row?.known === true;
};
/** The time zone the benefit roll-up's days are of (as recorded; read without a lock). */
export const benefitRollupZone = async (runner: SqlRunner): Promise<string | undefined> =>
  (await runSql(sql.benefitRollupZone, undefined, runner))[0]?.time_zone;
/** How long the rest of the transaction waits for a lock (`'2s'`; `'0'`: for as long as it takes). */
export const setBenefitRollupLockTimeout = async (runner: SqlRunner, lockTimeout: string): Promise<void> => {
  await runSql(sql.setBenefitRollupLockTimeout, { lockTimeout }, runner);
};
/** The benefit roll-up's rows and the declarations they count. */
export const benefitRollupSize = async (runner: SqlRunner): Promise<{ rows: number; declarations: string }> => {
  const [row] = await runSql(sql.benefitRollupSize, undefined, runner);
  return { rows: row?.rows ?? 0, declarations: row?.declarations ?? '0' };
};
