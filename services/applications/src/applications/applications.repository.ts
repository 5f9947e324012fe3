import { z } from 'zod';
import { type StatusType, safeText, statusType } from '@aeo/contracts';
import { camelRow, existingRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { APPLICATION_STATUSES, type ApplicationStatus } from './application-status';
import {
  findApplication,
  findRecentRevocation,
  insertDraft,
  listApplications,
  lockApplication,
  markAccepted,
  markDecided,
  markHearing,
  markRejected,
  markSubmitted,
  markWithdrawn,
  recordHearingResponse,
  setDecisionDeadline,
  setMraConsent,
  type IFindApplicationResult,
} from './applications.queries';

/** An application for AEO status; it keeps the region of its operator for scoping. */
export interface Application {
  id: string;
  operatorId: string;
  region: string;
  statusType: StatusType;
  status: ApplicationStatus;
  consentToMraSharing: boolean;
  programmeVersion: number | null;
  submittedAt: Date | null;
  acceptanceDeadline: Date | null;
  acceptedAt: Date | null;
  decisionDeadline: Date | null;
  decidedBy: string | null;
  statusReason: string | null;
  decisionReasons: string[] | null;
  decidedAt: Date | null;
  hearingGrounds: string[] | null;
  hearingRespondBy: Date | null;
  hearingResponse: string | null;
  hearingRespondedBy: string | null;
  hearingRespondedAt: Date | null;
  createdBy: string;
  /** Raised by every change. */
  version: number;
  updatedAt: Date;
}

const applicationStatus = z.enum(APPLICATION_STATUSES);
const texts = z.array(safeText).nullable();

function toApplication(row: IFindApplicationResult): Application {
  return {
    ...camelRow(row),
    statusType: statusType.parse(row.status_type),
    status: applicationStatus.parse(row.status),
    decisionReasons: texts.parse(row.decision_reasons),
    hearingGrounds: texts.parse(row.hearing_grounds),
  };
}

export async function findApplicationById(runner: SqlRunner, id: string): Promise<Application | undefined> {
  return runSqlOne(findApplication, { id }, runner, toApplication);
}

/** The application, or an error when it is not there (a reference the caller already checked). */
export function getApplication(runner: SqlRunner, id: string): Promise<Application> {
  return existingRow(findApplicationById(runner, id), `Application ${id}`);
}

/** The application locked for update in the runner's transaction (FOR UPDATE), or undefined. */
export async function lockApplicationById(runner: SqlRunner, id: string): Promise<Application | undefined> {
  return runSqlOne(lockApplication, { id }, runner, toApplication);
}

/** As lockApplicationById, for an application the caller has already found. */
export function lockExistingApplication(runner: SqlRunner, id: string): Promise<Application> {
  return existingRow(lockApplicationById(runner, id), `Application ${id}`);
}

export interface ApplicationFilter {
  /** The caller's company (operator users). */
  taxpayerId?: string;
  /** The region asked for, or the caller's own (regional staff: `regionFilterOf`). */
  region?: string;
  status?: string;
  operatorId?: string;
  limit: number;
}

/** Newest submissions first (drafts before them). */
export async function listApplicationsBy(runner: SqlRunner, filter: ApplicationFilter): Promise<Application[]> {
  return (await runSql(listApplications, filter, runner)).map(toApplication);
}

export interface NewDraft {
  id: string;
  operatorId: string;
  region: string;
  statusType: StatusType;
  consentToMraSharing: boolean;
  programmeVersion: number;
  createdBy: string;
}

export async function insertDraftApplication(runner: SqlRunner, draft: NewDraft): Promise<Application> {
  const [row] = await runSql(insertDraft, draft, runner);
  return toApplication(row);
}

export async function markApplicationSubmitted(
  runner: SqlRunner,
  id: string,
  submittedAt: Date,
  acceptanceDeadline: Date,
): Promise<void> {
  await runSql(markSubmitted, { id, submittedAt, acceptanceDeadline }, runner);
}

/** The operator's consent to share its AEO data with MRA partners (copied to the authorisation at the grant). */
export async function setApplicationMraConsent(
  runner: SqlRunner,
  id: string,
  consentToMraSharing: boolean,
): Promise<void> {
  await runSql(setMraConsent, { id, consentToMraSharing }, runner);
}

export async function markApplicationAccepted(
  runner: SqlRunner,
  id: string,
  change: { acceptedAt: Date; decisionDeadline: Date; decidedBy: string; statusReason: string | null },
): Promise<void> {
  await runSql(markAccepted, { id, ...change }, runner);
}

export async function markApplicationRejected(
  runner: SqlRunner,
  id: string,
  decidedBy: string,
  reason: string,
): Promise<void> {
  await runSql(markRejected, { id, decidedBy, reason }, runner);
}

export async function setApplicationDecisionDeadline(
  runner: SqlRunner,
  id: string,
  decisionDeadline: Date,
): Promise<void> {
  await runSql(setDecisionDeadline, { id, decisionDeadline }, runner);
}

export async function markApplicationHearing(
  runner: SqlRunner,
  id: string,
  change: { grounds: string[]; respondBy: Date; decidedBy: string },
): Promise<void> {
  await runSql(
    markHearing,
    { id, grounds: JSON.stringify(change.grounds), respondBy: change.respondBy, decidedBy: change.decidedBy },
    runner,
  );
}

/** The final decision: granted or refused, with its reasons. */
export async function markApplicationDecided(
  runner: SqlRunner,
  id: string,
  change: { status: 'granted' | 'refused'; decidedBy: string; decidedAt: Date; reasons: string[] },
): Promise<void> {
  await runSql(
    markDecided,
    {
      id,
      status: change.status,
      decidedBy: change.decidedBy,
      decidedAt: change.decidedAt,
      reasons: JSON.stringify(change.reasons),
    },
    runner,
  );
}

export async function recordApplicationHearingResponse(
  runner: SqlRunner,
  id: string,
  change: { response: string; respondedBy: string; respondedAt: Date },
): Promise<void> {
  await runSql(recordHearingResponse, { id, ...change }, runner);
}

export async function markApplicationWithdrawn(
  runner: SqlRunner,
  id: string,
  change: { reason: string; decidedBy: string; decidedAt: Date },
): Promise<void> {
  await runSql(markWithdrawn, { id, ...change }, runner);
}

/** When the operator's latest authorisation was revoked within the last `years` years, if it was. */
export async function findRecentRevocationOf(
  runner: SqlRunner,
  operatorId: string,
  years: number,
): Promise<Date | undefined> {
  return (await runSqlOne(findRecentRevocation, { operatorId, years }, runner))?.revoked_at;
}
