import { z } from 'zod';
import { statusType } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import type { ApplicationQueueItem } from './work-queue.response';
import { ACTS_NEXT, DEADLINE_KINDS, type DeadlineKind, OPEN_STATUSES, type QueueSort } from './work-queue';
import { listApplicationQueue, type IListApplicationQueueResult } from './work-queue.queries';

export interface ApplicationQueueFilter extends PageRequest<QueueSort> {
  /** The region asked for, or the caller's own (regional staff: `regionFilterOf`). */
  region?: string;
  status?: (typeof OPEN_STATUSES)[number];
  deadlineKind?: DeadlineKind;
  statusType?: string;
  /** Start of the operator's name or taxpayer id, any case. */
  q?: string;
  overdue?: boolean;
  /** The IANA zone whose calendar days `daysLeft` counts (PROGRAMME_TIME_ZONE). */
  timeZone: string;
}

const openStatus = z.enum(OPEN_STATUSES);
const deadlineKind = z.enum(DEADLINE_KINDS);

function toItem(row: IListApplicationQueueResult): ApplicationQueueItem {
  const kind = deadlineKind.parse(row.deadline_kind);
  return {
    applicationId: row.id,
    operatorId: row.operator_id,
    operatorName: row.operator_name,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    statusType: statusType.parse(row.status_type),
    status: openStatus.parse(row.status),
    submittedAt: row.submitted_at,
    deadline: { kind, dueAt: row.due_at, daysLeft: row.days_left, overdue: row.overdue },
    actsNext: [...ACTS_NEXT[kind]],
  };
}

/** A page of the open applications with their pending step's deadline, and how many there are. */
export function readApplicationQueue(
  runner: SqlRunner,
  filter: ApplicationQueueFilter,
): Promise<Page<ApplicationQueueItem>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) => runSql(listApplicationQueue, { ...params, ...window }, runner),
    toItem,
  );
}
