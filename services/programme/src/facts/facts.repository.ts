import { runSql, type SqlRunner } from '@aeo/persistence';
import * as sql from './facts.queries';

export type FactParams = sql.IInsertFactParams;
/** What an application-side event states about its certification process (other columns kept). */
export type ProcessChange = Omit<sql.IFoldProcessParams, 'extensionsUsed'> & { extensionsUsed?: boolean };

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
