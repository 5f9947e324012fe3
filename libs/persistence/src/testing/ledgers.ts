import { runSql, runSqlCounted, runSqlOne, type SqlRunner } from '../typed-sql';
import {
  countIdleTransactions,
  deleteAuditEntries,
  editAuditEntries,
  findAuditEntries,
  findHumanStepsOf,
} from './ledgers.queries';

// What the persistence tests read of the audit log and the human-steps ledger, and the edits the audit log must refuse.

export const auditEntries = (runner: SqlRunner) => runSql(findAuditEntries, undefined, runner);

export const tryToEditAuditLog = (runner: SqlRunner, reason: string) =>
  runSqlCounted(editAuditEntries, { reason }, runner);

export const tryToDeleteAuditLog = (runner: SqlRunner) => runSqlCounted(deleteAuditEntries, undefined, runner);

/** The ledger rows of one subject, oldest first. */
export const humanStepsOf = (runner: SqlRunner, subjectId: string) => runSql(findHumanStepsOf, { subjectId }, runner);

/** Other sessions of this database idle inside a transaction. */
export const idleTransactions = async (runner: SqlRunner): Promise<number> =>
  (await runSqlOne(countIdleTransactions, undefined, runner))?.n ?? 0;
