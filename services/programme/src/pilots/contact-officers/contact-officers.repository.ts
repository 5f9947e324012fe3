import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  findParticipant,
  findPilotStatus,
  insertOfficerAssignment,
  type IListOfficerHistoryResult,
  listCurrentOfficers,
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
