import { runSql, type SqlRunner } from '@aeo/persistence';
import * as sql from './register-replica.queries';

export type HolderParams = sql.IUpsertHolderParams;
export type AuthorisationParams = sql.IUpsertAuthorisationParams;
/** A consenting, covered authorisation with its holder (name and address null when not known yet). */
export type ExportableRow = Omit<sql.IExportableAuthorisationsResult, 'name'> & { name: string | null };

export const upsertHolder = async (runner: SqlRunner, params: HolderParams): Promise<void> => {
  await runSql(sql.upsertHolder, params, runner);
};
export const upsertAuthorisation = async (runner: SqlRunner, params: AuthorisationParams): Promise<void> => {
  await runSql(sql.upsertAuthorisation, params, runner);
};
/**
 * A completed revalidation: the next one falls due on revalidationDue; a suspended authorisation
 * reinstated by it is active again (its status otherwise stays what the register's events made it).
 */
export const recordRevalidation = async (runner: SqlRunner, params: sql.IRecordRevalidationParams): Promise<void> => {
  await runSql(sql.recordRevalidation, params, runner);
};
/** Authorisations of consenting holders of those status types, ended ones only if they ended after endedAfter. */
export const exportableAuthorisations = (runner: SqlRunner, statusTypes: readonly string[], endedAfter: Date) =>
  runSql(sql.exportableAuthorisations, { statusTypes: [...statusTypes], endedAfter }, runner) as Promise<
    ExportableRow[]
  >;
