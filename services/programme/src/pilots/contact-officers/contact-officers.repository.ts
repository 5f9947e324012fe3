import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import {
  findParticipant,
  findPilotStatus,
  insertOfficerAssignment,
  type IListOfficerCompanyPageResult,
  type IListOfficerHistoryResult,
  listCurrentOfficers,
  listOfficerCompanyPage,
  listOfficerHistory,
  lockPilotCompany,
} from './contact-officers.queries';

/** One assignment of a pilot company's contact officer, as it was made (never changed). */
export interface OfficerAssignment {
  pilotId: string;
  taxpayerId: string;
  /** 1 for the first assignment of the company in the pilot; each reassignment adds one. */
  sequence: number;
  operatorId: string | null;
  companyName: string | null;
  region: string;
  officerSub: string;
  officerName: string | null;
  assignedBy: string;
  assignedAt: Date;
  reason: string;
}

export type NewOfficerAssignment = Omit<OfficerAssignment, 'sequence' | 'assignedAt'>;

/** The pilot's id, code, title and status; undefined when there is no such pilot. */
export function findPilot(runner: SqlRunner, pilotId: string) {
  return runSqlOne(findPilotStatus, { pilotId }, runner);
}

/** The company in the selection's participant list (its stage, region and operator id); undefined when it is not in it. */
export function participantOf(runner: SqlRunner, pilotId: string, taxpayerId: string) {
  return runSqlOne(findParticipant, { pilotId, taxpayerId }, runner, camelRow);
}

const toAssignment = (row: IListOfficerHistoryResult): OfficerAssignment => camelRow(row);

/** Every assignment of the company's contact officer in the pilot, newest (the officer in charge) first. */
export async function officerHistory(runner: SqlRunner, pilotId: string, taxpayerId: string) {
  return (await runSql(listOfficerHistory, { pilotId, taxpayerId }, runner)).map(toAssignment);
}

/**
 * The company's history, read under its lock (held to the end of the caller's transaction), so
 * that concurrent reassignments are numbered one after another and each sees the one before.
 */
export async function lockedOfficerHistory(runner: SqlRunner, pilotId: string, taxpayerId: string) {
  await runSql(lockPilotCompany, { pilotId, taxpayerId }, runner);
  return officerHistory(runner, pilotId, taxpayerId);
}

/** Adds the next assignment of the company (call under its lock: `lockedOfficerHistory`). */
export async function insertAssignment(runner: SqlRunner, assignment: NewOfficerAssignment) {
  return (await runSqlOne(insertOfficerAssignment, assignment, runner, toAssignment))!;
}

/**
 * The officer in charge of each company of the pilot, narrowed by region, officer or company;
 * with `takingPart`, only of the companies still in it (accepted: not withdrawn).
 */
export async function currentOfficers(
  runner: SqlRunner,
  pilotId: string,
  filter: { region?: string; officerSub?: string; taxpayerId?: string; takingPart?: boolean },
): Promise<OfficerAssignment[]> {
  return (
    await runSql(
      listCurrentOfficers,
      {
        pilotId,
        region: filter.region ?? null,
        officerSub: filter.officerSub ?? null,
        taxpayerId: filter.taxpayerId ?? null,
        takingPart: filter.takingPart ?? false,
      },
      runner,
    )
  ).map(toAssignment);
}

/** The sorts of the companies' paged list (`GET /v1/pilot-companies`). */
export const PILOT_COMPANY_SORTS = ['assignedAt', 'taxpayerId', 'pilotCode'] as const;
export type PilotCompanySort = (typeof PILOT_COMPANY_SORTS)[number];

/** The fields of an assignment, all null for a company that has no officer yet. */
type AssignmentFields =
  'sequence' | 'companyName' | 'officerSub' | 'officerName' | 'assignedBy' | 'assignedAt' | 'reason';

/**
 * A company taking part in a pilot, with the pilot's code, title and status and its officer in
 * charge: the officer's assignment fields are null while it has none (officers are assigned by hand).
 */
export type PilotCompany = Omit<OfficerAssignment, AssignmentFields> & {
  [field in AssignmentFields]: OfficerAssignment[field] | null;
} & { pilotCode: string; pilotTitle: string; pilotStatus: string };

const toCompany = (row: IListOfficerCompanyPageResult): PilotCompany => ({
  pilotId: row.pilot_id,
  pilotCode: row.pilot_code,
  pilotTitle: row.pilot_title,
  pilotStatus: row.pilot_status,
  taxpayerId: row.taxpayer_id,
  sequence: row.sequence,
  operatorId: row.operator_id,
  companyName: row.company_name,
  region: row.region,
  officerSub: row.officer_sub,
  officerName: row.officer_name,
  assignedBy: row.assigned_by,
  assignedAt: row.assigned_at,
  reason: row.reason,
});

/**
 * A page of the companies taking part in any pilot (accepted, not withdrawn) with the officer in
 * charge of each if any, narrowed by pilot, region and officer (`unassigned`: only the companies
 * without one).
 */
export async function pilotCompanyPage(
  runner: SqlRunner,
  filter: {
    pilotId?: string;
    region?: string;
    officerSub?: string;
    unassigned?: boolean;
  } & PageRequest<PilotCompanySort>,
): Promise<Page<PilotCompany>> {
  const { page, pageSize, sort, order } = filter;
  const params = {
    pilotId: filter.pilotId ?? null,
    region: filter.region ?? null,
    officerSub: filter.officerSub ?? null,
    unassigned: filter.unassigned ?? false,
    sort,
    order,
  };
  return readPage(
    { page, pageSize },
    (window) => runSql(listOfficerCompanyPage, { ...params, ...window }, runner),
    toCompany,
  );
}
