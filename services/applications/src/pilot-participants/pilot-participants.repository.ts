import { runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  deletePilotParticipant,
  findPilotOfCompany,
  listCertificationsOfCompany,
  setPilotParticipantOperator,
  upsertPilotParticipant,
} from './pilot-participants.queries';

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

/**
 * The pilot a company takes part in (the latest accepted, should it be in several): matched on the
 * taxpayer id; a participant's recorded operator id must agree with the company's (else another
 * company's operator id, given by mistake, would tag this one's certifications).
 */
export async function pilotOfCompany(
  runner: SqlRunner,
  company: { taxpayerId: string; operatorId: string },
): Promise<string | undefined> {
  return (await runSqlOne(findPilotOfCompany, company, runner))?.pilot_id;
}

/** A participant's operator id set or corrected by the policy unit; false when the company has not accepted (no row). */
export async function setPilotParticipantOperatorId(
  runner: SqlRunner,
  participant: { pilotId: string; taxpayerId: string; operatorId: string; eventId: string },
): Promise<boolean> {
  return (await runSql(setPilotParticipantOperator, participant, runner)).length > 0;
}

/** A withdrawn company: its certifications started from now on are not tagged any more. */
export async function deletePilotParticipantRow(
  runner: SqlRunner,
  participant: { pilotId: string; taxpayerId: string },
): Promise<void> {
  await runSql(deletePilotParticipant, participant, runner);
}

/** The company's applications whose certification workflow runs (submitted, accepted or in the hearing), by taxpayer id (and the operator id when given: it must agree). */
export async function runningCertificationsOf(
  runner: SqlRunner,
  company: { taxpayerId: string; operatorId: string | null },
): Promise<string[]> {
  return (await runSql(listCertificationsOfCompany, company, runner)).map((row) => row.application_id);
}
