import type { EntityManager } from 'typeorm';
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
