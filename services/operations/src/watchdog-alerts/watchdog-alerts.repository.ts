import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { RevalidationWatchdogAlert } from '@aeo/contracts';
import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import {
  acknowledgeWatchdogAlert,
  findWatchdogAlert,
  type IInsertWatchdogAlertParams,
  type IListWatchdogAlertsResult,
  insertWatchdogAlert,
  listWatchdogAlerts,
  lockWatchdogAlert,
} from './watchdog-alerts.queries';

/** What the watchdog found (the event's `problem`). */
export const WATCHDOG_PROBLEMS = RevalidationWatchdogAlert.schema.shape.problem.options;
export type WatchdogProblem = (typeof WATCHDOG_PROBLEMS)[number];
export const WATCHDOG_ALERT_SORTS = ['raisedAt', 'authorisationNumber'] as const;
export type WatchdogAlertSort = (typeof WATCHDOG_ALERT_SORTS)[number];

/** A stored watchdog alert. */
export interface WatchdogAlert {
  id: string;
  eventId: string;
  authorisationNumber: string;
  operatorId: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  problem: WatchdogProblem;
  detail: string;
  /** When the watchdog checked (the event's `checkedAt`). */
  raisedAt: Date;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
}

export interface WatchdogAlertFilter extends PageRequest<WatchdogAlertSort> {
  problem?: WatchdogProblem;
  region?: string;
  acknowledged?: boolean;
}

const problem = z.enum(WATCHDOG_PROBLEMS);

function alertOf(row: Omit<IListWatchdogAlertsResult, 'total'>): WatchdogAlert {
  return {
    id: row.id,
    eventId: row.event_id,
    authorisationNumber: row.authorisation_number,
    operatorId: row.operator_id,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    statusType: row.status_type,
    problem: problem.parse(row.problem),
    detail: row.detail,
    raisedAt: row.raised_at,
    receivedAt: row.received_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgementNote: row.acknowledgement_note,
  };
}

/** Stores an alert once (by its event id); false when it was stored before. */
export async function storeWatchdogAlert(manager: EntityManager, alert: IInsertWatchdogAlertParams): Promise<boolean> {
  return (await runSql(insertWatchdogAlert, alert, manager)).length > 0;
}

/** A page of the alerts with how many match. */
export function pageOfWatchdogAlerts(runner: SqlRunner, filter: WatchdogAlertFilter): Promise<Page<WatchdogAlert>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        listWatchdogAlerts,
        {
          problem: params.problem ?? null,
          region: params.region ?? null,
          acknowledged: params.acknowledged ?? null,
          sort: params.sort,
          order: params.order,
          ...window,
        },
        runner,
      ),
    (row) => alertOf(row),
  );
}

export async function storedWatchdogAlert(runner: SqlRunner, id: string): Promise<WatchdogAlert | undefined> {
  const row = await runSqlOne(findWatchdogAlert, { id }, runner);
  return row && alertOf(row);
}

/** Locks an alert for its acknowledgement (until the transaction ends); false when there is none. */
export async function lockedWatchdogAlert(manager: EntityManager, id: string): Promise<boolean> {
  return (await runSql(lockWatchdogAlert, { id }, manager)).length > 0;
}

/** Marks an alert acknowledged; false when it was acknowledged already. */
export async function acknowledge(
  manager: EntityManager,
  id: string,
  acknowledgement: { acknowledgedBy: string; note: string },
): Promise<boolean> {
  return (await runSql(acknowledgeWatchdogAlert, { id, ...acknowledgement }, manager)).length > 0;
}
