import { language, type Language } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  deactivateStaffContact as deactivateOne,
  deleteContactOfficerAssignment as deleteAssignment,
  findActiveStaffAddress,
  findAssignedContactOfficerAddress,
  findCaseValidator,
  findOperatorRecipient,
  findOperatorRegion as findRegion,
  findStaffContact as findOne,
  listActiveStaffAddresses,
  listPilotCompanyRecipients,
  listPilotOfficerAddresses,
  lockPilotCompany as lockPilotCompanyRow,
  markPilotCompanyWithdrawn,
  restoreContactOfficerAssignment as restoreAssignment,
  savePilotCompany,
  savePilotOfficer,
  listContactOfficerAssignments as listAssignments,
  listStaffContacts as listMany,
  lockContactOfficerAssignment as lockAssignment,
  lockStaffContact as lockOne,
  saveCaseValidator,
  saveContactOfficerAssignment as saveAssignment,
  saveOperatorRecipient,
  saveStaffContact as saveOne,
  type IFindStaffContactResult,
  type IListContactOfficerAssignmentsResult,
} from './recipients.queries';

/** What the directory knows of an operator, projected from its application events. */
export interface OperatorContact {
  taxpayerId: string;
  email: string;
  language: Language;
  region: string;
  operatorName: string | null;
}

/** Where a staff member is told: its in-app mailbox (by sub) and its email address, if any. */
export interface StaffAddress {
  sub: string;
  email: string | null;
  language: Language;
}

/** A person in the staff contact directory. */
export interface StaffContactRecord {
  sub: string;
  name: string;
  email: string | null;
  language: Language;
  roles: string[];
  region: string | null;
  active: boolean;
  updatedBy: string;
  updatedAt: Date;
}

/** An operator's own contact officer, with the officer's name and region. */
export interface ContactOfficerAssignmentRecord {
  taxpayerId: string;
  officerSub: string;
  officerName: string;
  region: string | null;
  assignedBy: string;
  assignedAt: Date;
}

const toStaffAddress = (row: { sub: string; email: string | null; language: string }): StaffAddress => ({
  ...row,
  language: language.parse(row.language),
});

function toStaffContact(row: IFindStaffContactResult): StaffContactRecord {
  return { ...camelRow(row), language: language.parse(row.language) };
}

const toAssignment = (row: IListContactOfficerAssignmentsResult): ContactOfficerAssignmentRecord => camelRow(row);

/** Remembers (or updates) how to reach an operator, from its application. */
export async function saveOperatorContact(
  runner: SqlRunner,
  operatorId: string,
  contact: Omit<OperatorContact, 'operatorName'> & { operatorName: string | null | undefined },
): Promise<void> {
  await runSql(saveOperatorRecipient, { operatorId, ...contact }, runner);
}

/** The operator by id, or (without an id) by taxpayer id: the latest known contact. */
export async function findOperatorContact(
  runner: SqlRunner,
  operatorId: string | null,
  taxpayerId: string | null,
): Promise<OperatorContact | undefined> {
  return runSqlOne(findOperatorRecipient, { operatorId, taxpayerId }, runner, (row) => ({
    ...camelRow(row),
    language: language.parse(row.language),
  }));
}

/** The region of the operator, as last learnt from its applications. */
export async function findOperatorRegion(runner: SqlRunner, taxpayerId: string): Promise<string | undefined> {
  return (await runSqlOne(findRegion, { taxpayerId }, runner))?.region;
}

export async function saveValidatorOfCase(runner: SqlRunner, caseId: string, validatorSub: string): Promise<void> {
  await runSql(saveCaseValidator, { caseId, validatorSub }, runner);
}

export async function findValidatorOfCase(runner: SqlRunner, caseId: string): Promise<string | undefined> {
  return (await runSqlOne(findCaseValidator, { caseId }, runner))?.validator_sub;
}

/** An active staff member's address, if the directory has one. */
export async function findActiveStaff(runner: SqlRunner, sub: string): Promise<StaffAddress | undefined> {
  return runSqlOne(findActiveStaffAddress, { sub }, runner, toStaffAddress);
}

/** Active staff with the role; with a region, those of that region and the national ones. */
export async function listActiveStaff(runner: SqlRunner, role: string, region: string | null): Promise<StaffAddress[]> {
  return (await runSql(listActiveStaffAddresses, { role, region }, runner)).map(toStaffAddress);
}

/** The operator's own contact officer, when one is assigned and still an active contact officer of the region (or national). */
export async function findAssignedContactOfficer(
  runner: SqlRunner,
  taxpayerId: string,
  region: string,
): Promise<StaffAddress | undefined> {
  return runSqlOne(findAssignedContactOfficerAddress, { taxpayerId, region }, runner, toStaffAddress);
}

/** The directory (at most 1000), national staff first, filtered by role and region when given. */
export async function listStaffContacts(
  runner: SqlRunner,
  role: string | null,
  region: string | null,
): Promise<StaffContactRecord[]> {
  return (await runSql(listMany, { role, region }, runner)).map(toStaffContact);
}

export async function findStaffContact(runner: SqlRunner, sub: string): Promise<StaffContactRecord | undefined> {
  return runSqlOne(findOne, { sub }, runner, toStaffContact);
}

/** The contact, locked for the caller's transaction (`activeOnly`: only while active). */
export async function lockStaffContact(
  runner: SqlRunner,
  sub: string,
  { activeOnly }: { activeOnly: boolean },
): Promise<StaffContactRecord | undefined> {
  return runSqlOne(lockOne, { sub, activeOnly }, runner, toStaffContact);
}

/** Creates or replaces a contact, active again. */
export async function saveStaffContact(
  runner: SqlRunner,
  contact: Omit<StaffContactRecord, 'active' | 'updatedAt'>,
): Promise<StaffContactRecord> {
  const row = await runSqlOne(saveOne, contact, runner);
  return toStaffContact(row!);
}

export async function deactivateStaffContact(runner: SqlRunner, sub: string, updatedBy: string): Promise<void> {
  await runSql(deactivateOne, { sub, updatedBy }, runner);
}

/** The assignments (at most 5000) of officers in the region, or all of them. */
export async function listContactOfficerAssignments(
  runner: SqlRunner,
  region: string | null,
): Promise<ContactOfficerAssignmentRecord[]> {
  return (await runSql(listAssignments, { region }, runner)).map(toAssignment);
}

/** The operator's assignment, locked for the caller's transaction. */
export async function lockContactOfficerAssignment(
  runner: SqlRunner,
  taxpayerId: string,
): Promise<ContactOfficerAssignmentRecord | undefined> {
  return runSqlOne(lockAssignment, { taxpayerId }, runner, toAssignment);
}

export async function saveContactOfficerAssignment(
  runner: SqlRunner,
  taxpayerId: string,
  officerSub: string,
  assignedBy: string,
): Promise<void> {
  await runSql(saveAssignment, { taxpayerId, officerSub, assignedBy }, runner);
}

export async function deleteContactOfficerAssignment(runner: SqlRunner, taxpayerId: string): Promise<void> {
  await runSql(deleteAssignment, { taxpayerId }, runner);
}

/** A company of a pilot as notifications know it (`pilot_companies`). */
export interface PilotCompanyRecord {
  pilotId: string;
  taxpayerId: string;
  region: string;
  /** The pilot's contact officer, once taken as the operator's own. */
  pilotOfficerSub: string | null;
  /** Whether the operator had its own contact officer when the pilot's was taken (then `previous…`). */
  hadPrevious: boolean;
  previousOfficerSub: string | null;
  previousAssignedBy: string | null;
  previousAssignedAt: Date | null;
  withdrawnAt: Date | null;
}

/** A company taking part in the pilot (again, when it had been withdrawn). */
export async function savePilotParticipant(
  runner: SqlRunner,
  company: { pilotId: string; taxpayerId: string; region: string },
): Promise<void> {
  await runSql(savePilotCompany, company, runner);
}

/** The pilot's company, locked for the caller's transaction. */
export async function lockPilotCompany(
  runner: SqlRunner,
  pilotId: string,
  taxpayerId: string,
): Promise<PilotCompanyRecord | undefined> {
  return runSqlOne(lockPilotCompanyRow, { pilotId, taxpayerId }, runner, camelRow);
}

/**
 * The pilot's contact officer of the company, taken as the operator's own; the first time, with the
 * assignment it replaced (`previous`: none when undefined), kept to be restored at its withdrawal.
 */
export async function savePilotContactOfficer(
  runner: SqlRunner,
  company: { pilotId: string; taxpayerId: string; region: string; officerSub: string },
  previous: ContactOfficerAssignmentRecord | undefined,
): Promise<void> {
  await runSql(
    savePilotOfficer,
    {
      ...company,
      hadPrevious: previous !== undefined,
      previousOfficerSub: previous?.officerSub ?? null,
      previousAssignedBy: previous?.assignedBy ?? null,
      previousAssignedAt: previous?.assignedAt ?? null,
    },
    runner,
  );
}

export async function markPilotParticipantWithdrawn(
  runner: SqlRunner,
  pilotId: string,
  taxpayerId: string,
  withdrawnAt: string,
): Promise<void> {
  await runSql(markPilotCompanyWithdrawn, { pilotId, taxpayerId, withdrawnAt }, runner);
}

/** Puts an operator's own contact officer back as it was (who assigned it, and when). */
export async function restoreContactOfficerAssignment(
  runner: SqlRunner,
  assignment: { taxpayerId: string; officerSub: string; assignedBy: string; assignedAt: Date },
): Promise<void> {
  await runSql(restoreAssignment, assignment, runner);
}

/** The companies taking part in the pilot, with the latest known address of each. */
export async function pilotCompanyAddresses(
  runner: SqlRunner,
  pilotId: string,
): Promise<Array<{ taxpayerId: string; email: string | null; language: Language }>> {
  return (await runSql(listPilotCompanyRecipients, { pilotId }, runner)).map((row) => ({
    taxpayerId: row.taxpayer_id,
    email: row.email ?? null,
    language: language.parse(row.language ?? 'mn'),
  }));
}

/**
 * The active contact officers the pilot assigned: of its companies taking part, or (`taxpayerId`)
 * of that company, withdrawn or not.
 */
export async function pilotOfficerAddresses(
  runner: SqlRunner,
  pilotId: string,
  taxpayerId: string | null,
): Promise<StaffAddress[]> {
  return (await runSql(listPilotOfficerAddresses, { pilotId, taxpayerId }, runner)).map(toStaffAddress);
}
