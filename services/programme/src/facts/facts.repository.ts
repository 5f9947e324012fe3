import { runSql, type SqlRunner } from '@aeo/persistence';
import * as sql from './facts.queries';

export type FactParams = sql.IInsertFactParams;
/** What an application-side event states about its certification process (other columns kept). */
export type ProcessChange = Omit<sql.IFoldProcessParams, 'extensionsUsed'> & { extensionsUsed?: boolean };
export type RevalidationCycleChange = sql.IFoldRevalidationCycleParams;
export type ValidationCaseChange = sql.IFoldValidationCaseParams;

/** The event as a fact (once: a fact already recorded is left as it is). */
export const insertFact = async (runner: SqlRunner, fact: FactParams): Promise<void> => {
  await runSql(sql.insertFact, fact, runner);
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
