import { runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { AuthorisationBase } from '../register/register.repository';
import {
  findAuthorisationNumberOfApplication,
  insertDeadlineNotice,
  insertGrantedAuthorisation,
  insertGrantHistory,
  nextAuthorisationSerial,
} from './certification.queries';

/** Notes a decision-deadline notice once per kind and deadline; true the first time. */
export async function noteDeadlineNotice(
  runner: SqlRunner,
  applicationId: string,
  kind: string,
  decisionDeadline: string,
): Promise<boolean> {
  return runSqlChanged(insertDeadlineNotice, { applicationId, kind, decisionDeadline }, runner);
}

/** The number of the authorisation granted on this application, if it was. */
export async function findAuthorisationNumberOf(runner: SqlRunner, applicationId: string): Promise<string | undefined> {
  return (await runSqlOne(findAuthorisationNumberOfApplication, { applicationId }, runner))?.authorisation_number;
}

/** The next serial of authorisation numbers (a sequence: never reused, gaps allowed). */
export async function nextAuthorisationNumberSerial(runner: SqlRunner): Promise<string> {
  const [{ n }] = await runSql(nextAuthorisationSerial, undefined, runner);
  return n;
}

export interface Grant extends Pick<
  AuthorisationBase,
  | 'authorisationNumber'
  | 'applicationId'
  | 'operatorId'
  | 'taxpayerId'
  | 'region'
  | 'statusType'
  | 'conditions'
  | 'revalidationDue'
  | 'consentToMraSharing'
> {
  decidedBy: string;
  decidedAt: string;
  effectiveFrom: string;
  /** Recorded in the authorisation's history with the grant. */
  details: Record<string, unknown>;
}

/** Enters a granted authorisation in the register with its first history entry. */
export async function insertGrant(runner: SqlRunner, grant: Grant): Promise<void> {
  const { details, conditions, ...authorisation } = grant;
  await runSql(insertGrantedAuthorisation, { ...authorisation, conditions: JSON.stringify(conditions) }, runner);
  await runSql(
    insertGrantHistory,
    { authorisationNumber: grant.authorisationNumber, changedBy: grant.decidedBy, details: JSON.stringify(details) },
    runner,
  );
}
