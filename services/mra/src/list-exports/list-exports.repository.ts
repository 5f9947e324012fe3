import type { EntityManager } from 'typeorm';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import * as sql from './list-exports.queries';

export type ArrangementRow = sql.IFindArrangementForExportResult;
export type ExportRow = sql.ILatestExportResult;

export const findArrangementForExport = (runner: SqlRunner, id: string) =>
  runSqlOne(sql.findArrangementForExport, { id }, runner);
export const operationalArrangements = async (runner: SqlRunner) =>
  (await runSql(sql.operationalArrangements, undefined, runner)).map((row) => row.id);
/** Serialises the exports of one arrangement (until the transaction ends). */
export const lockExportsOfArrangement = (manager: EntityManager, arrangementId: string) =>
  runSql(sql.lockExportsOfArrangement, { arrangementId }, manager);
export const latestExport = (runner: SqlRunner, arrangementId: string) =>
  runSqlOne(sql.latestExport, { arrangementId }, runner);
export const findExport = (runner: SqlRunner, arrangementId: string, version: number) =>
  runSqlOne(sql.findExport, { arrangementId, version }, runner);
export const insertExport = (manager: EntityManager, params: sql.IInsertExportParams) =>
  runSqlOne(sql.insertExport, params, manager) as Promise<ExportRow>;
export const findPublicKey = (runner: SqlRunner, kid: string) => runSqlOne(sql.findPublicKey, { kid }, runner);
/** The key withdrawn now; undefined when it is unknown or was withdrawn before. */
export const withdrawPublicKey = (manager: EntityManager, params: sql.IWithdrawPublicKeyParams) =>
  runSqlOne(sql.withdrawPublicKey, params, manager);
