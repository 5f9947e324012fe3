import { z } from 'zod';
import { MRA_PHASES } from '@aeo/contracts';
import { runSql, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import type { ArrangementOverviewItem } from './arrangement.response';
import { type IListArrangementOverviewResult, listArrangementOverview } from './arrangements.queries';

/**
 * The arrangements as a paged overview (issue 19: the console lists them paged, filtered and sorted
 * on the server): each with its partner, phase, whether it is active, suspended or terminated, and
 * its latest recorded step. `GET /v1/arrangements` keeps answering its plain list (the demo loader
 * and partner administrations read it).
 */
export const ARRANGEMENT_OVERVIEW_SORTS = ['lastActivityAt', 'createdAt', 'partnerCountry', 'phase'] as const;
export type ArrangementOverviewSort = (typeof ARRANGEMENT_OVERVIEW_SORTS)[number];

/** active: any phase but suspended and terminated. */
export const ARRANGEMENT_STATUSES = ['active', 'suspended', 'terminated'] as const;

export interface ArrangementOverviewFilter extends PageRequest<ArrangementOverviewSort> {
  phase?: string;
  status?: string;
  partnerCountry?: string;
  q?: string;
}

function toItem(row: IListArrangementOverviewResult): ArrangementOverviewItem {
  return {
    id: row.id,
    partnerCountry: row.partner_country,
    partnerAdministration: row.partner_administration,
    title: row.title ?? `AEO mutual recognition arrangement with ${row.partner_administration}`,
    phase: row.phase,
    status: z.enum(ARRANGEMENT_STATUSES).parse(row.status),
    suspendedFrom: row.suspended_from,
    signedOn: row.signed_on,
    reviewDueAt: row.review_due_at,
    createdAt: row.created_at,
    // A left join: an arrangement seeded without any record has none.
    lastStep: (row.last_step as string | null) ?? null,
    lastActivityAt: row.last_activity_at,
  };
}

/** A page of the arrangements with their latest step, and how many there are. */
export function readArrangementOverview(
  runner: SqlRunner,
  filter: ArrangementOverviewFilter,
): Promise<Page<ArrangementOverviewItem>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        listArrangementOverview,
        {
          ...params,
          phase: params.phase ?? null,
          status: params.status ?? null,
          partnerCountry: params.partnerCountry ?? null,
          q: params.q ?? null,
          phaseOrder: [...MRA_PHASES],
          ...window,
        },
        runner,
      ),
    toItem,
  );
}
