import type { EntityManager, QueryRunner } from 'typeorm';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import * as sql from './reports.queries';

export type ReportRow = sql.IListReportsResult;

/** The new report; undefined when the schedule already made this quarter's (the durable guard). */
export const insertReport = (manager: EntityManager, params: sql.IInsertReportParams) =>
  runSqlOne(sql.insertReport, params, manager);
export const scheduledReportOf = (runner: SqlRunner, quarter: string) =>
  runSqlOne(sql.scheduledReportOf, { quarter }, runner);
export const insertRendering = (manager: EntityManager, params: sql.IInsertRenderingParams) =>
  runSql(sql.insertRendering, params, manager);
export const listReports = (runner: SqlRunner, params: { quarter?: string; limit: number }) =>
  runSql(sql.listReports, { id: null, quarter: params.quarter ?? null, limit: String(params.limit) }, runner);
export const findReport = (runner: SqlRunner, id: string) =>
  runSqlOne(sql.listReports, { id, quarter: null, limit: '1' }, runner);
export const findRendering = (runner: SqlRunner, params: sql.IFindRenderingParams) =>
  runSqlOne(sql.findRendering, params, runner);

/**
 * The advisory lock space of on-demand report production (a key per quarter and languages; the
 * outbox's is 0x0a30b0).
 */
export const PRODUCTION_LOCK_SPACE = 0x0a30c1;
/** Takes the production lock of `key` on this session, if no other session holds it. */
export const tryLockReportProduction = (session: QueryRunner, key: string) =>
  runSqlOne(sql.tryLockReportProduction, { lockSpace: PRODUCTION_LOCK_SPACE, key }, session);
export const unlockReportProduction = (session: QueryRunner, key: string) =>
  runSqlOne(sql.unlockReportProduction, { lockSpace: PRODUCTION_LOCK_SPACE, key }, session);
