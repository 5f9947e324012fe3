import { z } from 'zod';
import { statusType } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import { CASE_PURPOSES } from '../validation-cases/validation-case';
import type { CaseQueueItem } from './case-queue.response';
import type { CaseQueueSort } from './case-queue';
import { listCaseQueue, type IListCaseQueueResult } from './case-queue.queries';

export interface CaseQueueFilter extends PageRequest<CaseQueueSort> {
  /** The region asked for, or the caller's own (regional staff: `regionFilterOf`). */
  region?: string;
  /** The assigned validator's sub. */
  validator?: string;
  purpose?: (typeof CASE_PURPOSES)[number];
  statusType?: string;
  /** Start of the taxpayer id, any case. */
  q?: string;
  overdue?: boolean;
  /** The IANA zone whose calendar days `daysLeft` counts (PROGRAMME_TIME_ZONE). */
  timeZone: string;
}

const casePurpose = z.enum(CASE_PURPOSES);

function toItem(row: IListCaseQueueResult): CaseQueueItem {
  return {
    caseId: row.id,
    applicationId: row.application_id,
    operatorId: row.operator_id,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    statusType: statusType.nullable().parse(row.status_type),
    purpose: casePurpose.parse(row.purpose),
    authorisationNumber: row.authorisation_number,
    cycle: row.cycle,
    assignedValidator: row.assigned_validator,
    openedAt: row.opened_at,
    deadline: { kind: 'report', dueAt: row.due_at, daysLeft: row.days_left, overdue: row.overdue },
  };
}

/** A page of the open cases with their report's due date, and how many there are. */
export function readCaseQueue(runner: SqlRunner, filter: CaseQueueFilter): Promise<Page<CaseQueueItem>> {
  const { page, pageSize, ...params } = filter;
  return readPage({ page, pageSize }, (window) => runSql(listCaseQueue, { ...params, ...window }, runner), toItem);
}
