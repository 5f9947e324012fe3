import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { findPilotOfCompany, listCertificationsOfCompany, upsertPilotParticipant } from './pilot-participants.queries';

export interface PilotParticipant {
  pilotId: string;
  taxpayerId: string;
  operatorId: string | null;
  region: string;
  acceptedAt: string;
  eventId: string;
}

/** Records a pilot company (again: the latest acceptance's details win). */
export async function savePilotParticipant(runner: SqlRunner, participant: PilotParticipant): Promise<void> {
  await runSql(upsertPilotParticipant, participant, runner);
}

/** The pilot a company takes part in (the latest accepted, should it be in several), by taxpayer or operator id. */
export async function pilotOfCompany(
  runner: SqlRunner,
  company: { taxpayerId: string; operatorId: string },
): Promise<string | undefined> {
  return (await runSqlOne(findPilotOfCompany, company, runner))?.pilot_id;
}

/** The company's applications whose certification workflow runs (submitted, accepted or in the hearing). */
export async function runningCertificationsOf(
  runner: SqlRunner,
  company: { taxpayerId: string; operatorId: string | null },
): Promise<string[]> {
  return (await runSql(listCertificationsOfCompany, company, runner)).map((row) => row.application_id);
}
