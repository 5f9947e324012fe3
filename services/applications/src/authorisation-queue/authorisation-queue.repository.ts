import { z } from 'zod';
import { statusType } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import { ENDED_STATUSES, hasEnded } from '../lifecycle/revalidation-due';
import type { AuthorisationQueueItem } from './authorisation-queue.response';
import { type AuthorisationQueueSort, PENDING_KINDS, type PendingKind, REGISTER_STATUSES } from './authorisation-queue';
import { listAuthorisationQueue, type IListAuthorisationQueueResult } from './authorisation-queue.queries';

export interface AuthorisationQueueFilter extends PageRequest<AuthorisationQueueSort> {
  /** The region asked for, or the caller's own (regional staff: `regionFilterOf`). */
  region?: string;
  status?: (typeof REGISTER_STATUSES)[number];
  statusType?: string;
  /** Start of the holder's name, taxpayer id or authorisation number, any case. */
  q?: string;
  pending?: PendingKind;
  toDecide?: boolean;
  /** The IANA zone whose calendar days `daysLeft` counts (PROGRAMME_TIME_ZONE). */
  timeZone: string;
}

const registerStatus = z.enum(REGISTER_STATUSES);
const pendingKind = z.enum(PENDING_KINDS);
const suspendedScope = z.enum(['whole', 'security']).nullable();

function toItem(row: IListAuthorisationQueueResult): AuthorisationQueueItem {
  const status = registerStatus.parse(row.status);
  const now = Date.now();
  return {
    authorisationNumber: row.authorisation_number,
    operatorId: row.operator_id,
    name: row.name,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    statusType: statusType.parse(row.status_type),
    status,
    suspendedScope: suspendedScope.parse(row.suspended_scope),
    decidedAt: row.decided_at,
    effectiveFrom: row.effective_from,
    revalidation: hasEnded(status)
      ? null
      : {
          dueAt: row.revalidation_due,
          daysLeft: row.revalidation_days_left,
          overdue: row.revalidation_due.getTime() < now,
        },
    pending: row.pending_kind
      ? {
          kind: pendingKind.parse(row.pending_kind),
          since: row.pending_since,
          dueAt: row.pending_due,
          daysLeft: row.pending_days_left,
          overdue: row.pending_due !== null && row.pending_due.getTime() < now,
          toDecide: row.to_decide,
        }
      : null,
  };
}

/** A page of the register with each authorisation's pending step, and how many there are. */
export function readAuthorisationQueue(
  runner: SqlRunner,
  filter: AuthorisationQueueFilter,
): Promise<Page<AuthorisationQueueItem>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) => runSql(listAuthorisationQueue, { ...params, ...window, endedStatuses: [...ENDED_STATUSES] }, runner),
    toItem,
  );
}
