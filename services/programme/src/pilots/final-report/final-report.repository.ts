import type { EntityManager } from 'typeorm';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import * as sql from './final-report.queries';

export type FinalReportRow = sql.IListFinalReportsResult;

export const reportParticipants = (runner: SqlRunner, pilotId: string) =>
  runSql(sql.listReportParticipants, { pilotId }, runner);
/** The deviation cases opened from `from` (inclusive) to `to` (exclusive). */
export const deviationsBetween = (runner: SqlRunner, from: Date, to: Date) =>
  runSql(sql.listDeviationsBetween, { from, to }, runner);
export const findReportPilot = (runner: SqlRunner, pilotId: string) =>
  runSqlOne(sql.findReportPilot, { pilotId }, runner);
export const lockPilotForReport = (manager: EntityManager, pilotId: string) =>
  runSqlOne(sql.lockPilotForReport, { pilotId }, manager);
/** The next report's number, whether one is approved, and the latest report's recommendations. */
export const nextReportSequence = (runner: SqlRunner, pilotId: string) =>
  runSqlOne(sql.nextReportSequence, { pilotId }, runner);
/** The new report; undefined when its number (or the workflow's report) exists already. */
export const insertFinalReport = (manager: EntityManager, params: sql.IInsertFinalReportParams) =>
  runSqlOne(sql.insertFinalReport, params, manager);
export const insertFinalReportRendering = (manager: EntityManager, params: sql.IInsertFinalReportRenderingParams) =>
  runSql(sql.insertFinalReportRendering, params, manager);
/** An ended pilot is `reported` once its first report is stored. */
export const markPilotReported = (manager: EntityManager, pilotId: string, at: Date) =>
  runSqlOne(sql.markPilotReported, { pilotId, at }, manager);
export const listFinalReports = (
  runner: SqlRunner,
  params: { pilotId: string; id?: string; trigger?: 'workflow' | 'on-demand'; limit: number },
) =>
  runSql(
    sql.listFinalReports,
    { pilotId: params.pilotId, id: params.id ?? null, trigger: params.trigger ?? null, limit: String(params.limit) },
    runner,
  );
/** Marks the pilot's latest report approved, unless one is approved already (then undefined). */
export const approveLatestReport = (manager: EntityManager, params: sql.IApproveLatestReportParams) =>
  runSqlOne(sql.approveLatestReport, params, manager);
export const findFinalReportRendering = (runner: SqlRunner, params: sql.IFindFinalReportRenderingParams) =>
  runSqlOne(sql.findFinalReportRendering, params, runner);
