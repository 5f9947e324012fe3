import { z } from 'zod';
import { type StatusType, safeText, statusType } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import {
  findAuthorisation,
  findAuthorisationOfApplication,
  findPublishedAuthorisation,
  listAuthorisationHistory,
  listAuthorisations,
  searchPublishedAuthorisations,
  setPublishedFields,
  type IFindAuthorisationResult,
} from './register.queries';

// The register's CHECK-constrained status.
export const registerStatus = z.enum(['granted', 'suspended', 'revoked', 'surrendered']);
export type RegisterStatus = z.infer<typeof registerStatus>;
const texts = z.array(safeText);

/** What every read of an authorisation in the register carries. */
export interface AuthorisationBase {
  authorisationNumber: string;
  applicationId: string;
  operatorId: string;
  taxpayerId: string;
  region: string;
  statusType: StatusType;
  status: RegisterStatus;
  conditions: string[];
  revalidationDue: Date;
  consentToMraSharing: boolean;
  /** The authorisation's own effective date, from the grant. */
  effectiveFrom: Date;
}

type AuthorisationBaseRow = Pick<
  IFindAuthorisationResult,
  | 'authorisation_number'
  | 'application_id'
  | 'operator_id'
  | 'taxpayer_id'
  | 'region'
  | 'status_type'
  | 'status'
  | 'conditions'
  | 'revalidation_due'
  | 'consent_to_mra_sharing'
  | 'effective_from'
>;

/** A row of `authorisations` in camelCase, its CHECK-constrained text and its jsonb conditions narrowed. */
export function toAuthorisation<Row extends AuthorisationBaseRow>(row: Row) {
  return {
    ...camelRow(row),
    statusType: statusType.parse(row.status_type),
    status: registerStatus.parse(row.status),
    conditions: texts.parse(row.conditions),
  };
}

/** An authorisation of the register with its decision and its holder's name and city. */
export interface RegisterEntry extends AuthorisationBase {
  decidedBy: string;
  decidedAt: Date;
  /** What the public register shows; null: not published. */
  publishedFields: string[] | null;
  name: string;
  city: string;
}

export interface RegisterHistoryEntry {
  change: string;
  status: string;
  changedBy: string;
  changedAt: Date;
  details: unknown;
}

const toEntry = (row: IFindAuthorisationResult): RegisterEntry => toAuthorisation(row);

export interface RegisterFilter {
  /** The region asked for, or the caller's own (regional staff: `regionFilterOf`). */
  region?: string;
  status?: string;
  /** The caller's company (operator users). */
  taxpayerId?: string;
  limit: number;
}

/** Newest decisions first. */
export async function listRegisterEntries(runner: SqlRunner, filter: RegisterFilter): Promise<RegisterEntry[]> {
  return (await runSql(listAuthorisations, filter, runner)).map(toEntry);
}

export async function findRegisterEntry(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<RegisterEntry | undefined> {
  return runSqlOne(findAuthorisation, { authorisationNumber }, runner, toEntry);
}

/** The authorisation granted on the application, if any (at most one: application_id is unique). */
export async function findRegisterEntryOfApplication(
  runner: SqlRunner,
  applicationId: string,
): Promise<RegisterEntry | undefined> {
  return runSqlOne(findAuthorisationOfApplication, { applicationId }, runner, toEntry);
}

/** The entry, only when its holder publishes it. */
export async function findPublishedRegisterEntry(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<RegisterEntry | undefined> {
  return runSqlOne(findPublishedAuthorisation, { authorisationNumber }, runner, toEntry);
}

/** A page of the published entries in force, by part of the holder's name or by its taxpayer id when the holder publishes it; by number. */
export function searchPublishedRegisterEntries(
  runner: SqlRunner,
  query: { name?: string; taxpayerId?: string } & Pick<PageRequest, 'page' | 'pageSize' | 'order'>,
): Promise<Page<RegisterEntry>> {
  const { page, pageSize, order } = query;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        searchPublishedAuthorisations,
        { name: query.name ?? null, taxpayerId: query.taxpayerId ?? null, order, ...window },
        runner,
      ),
    (row) => toAuthorisation(row),
  );
}

/** The authorisation's history, oldest first. */
export async function listRegisterHistory(
  runner: SqlRunner,
  authorisationNumber: string,
): Promise<RegisterHistoryEntry[]> {
  const rows = await runSql(listAuthorisationHistory, { authorisationNumber }, runner);
  return rows.map(camelRow);
}

/** What the public register shows of the authorisation (null: nothing, it is not published). */
export async function setRegisterPublication(
  runner: SqlRunner,
  authorisationNumber: string,
  fields: string[] | null,
  changedBy: string,
): Promise<void> {
  await runSql(setPublishedFields, { authorisationNumber, fields, changedBy }, runner);
}
