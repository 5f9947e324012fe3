import { z } from 'zod';
import { camelRow, existingRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { operatorSchema, type OperatorUser } from './operator.response';
import {
  deleteOperatorUser,
  findCompanyMembership,
  findOperator,
  findOperatorByTaxpayer,
  insertOperator,
  insertOperatorUser,
  listOperatorAdministrators,
  listOperators,
  listAllOperatorUserLinks,
  listOperatorUsers,
  lockOperator,
  updateOperatorDetails,
  upsertOperatorUser,
  type IFindOperatorResult,
} from './operators.queries';

export type OperatorAddress = z.infer<typeof operatorSchema.shape.address>;
export type OperatorContact = z.infer<typeof operatorSchema.shape.contact>;

/** A trader registered with the programme (importer, exporter, broker, forwarder, ...). */
export interface Operator {
  id: string;
  taxpayerId: string;
  name: string;
  legalForm: string;
  region: string;
  customsOffice: string;
  supplyChainRoles: string[];
  address: OperatorAddress;
  contact: OperatorContact;
  createdAt: Date;
  updatedAt: Date;
}

export type NewOperator = Omit<Operator, 'createdAt' | 'updatedAt'>;

// The jsonb columns hold what the registration schema accepted; parsed back into their shape.
function toOperator(row: IFindOperatorResult): Operator {
  return {
    ...camelRow(row),
    address: operatorSchema.shape.address.parse(row.address),
    contact: operatorSchema.shape.contact.parse(row.contact),
  };
}

const userLanguage = z.enum(['mn', 'en']);
const userRole = z.enum(['administrator', 'member']);

export async function findOperatorById(runner: SqlRunner, id: string): Promise<Operator | undefined> {
  return runSqlOne(findOperator, { id }, runner, toOperator);
}

/** The operator, or an error when it is not there (a reference the caller already checked). */
export function getOperator(runner: SqlRunner, id: string): Promise<Operator> {
  return existingRow(findOperatorById(runner, id), `Operator ${id}`);
}

export async function findOperatorWithTaxpayerId(runner: SqlRunner, taxpayerId: string): Promise<Operator | undefined> {
  return runSqlOne(findOperatorByTaxpayer, { taxpayerId }, runner, toOperator);
}

/** Operators by name (at most 500), optionally of one company or one region. */
export async function listOperatorsBy(
  runner: SqlRunner,
  filter: { taxpayerId?: string; region?: string },
): Promise<Operator[]> {
  return (await runSql(listOperators, filter, runner)).map(toOperator);
}

export async function insertNewOperator(runner: SqlRunner, operator: NewOperator): Promise<Operator> {
  const [row] = await runSql(
    insertOperator,
    { ...operator, address: JSON.stringify(operator.address), contact: JSON.stringify(operator.contact) },
    runner,
  );
  return toOperator(row);
}

export interface OperatorUserLink {
  operatorId: string;
  sub: string;
  name: string;
  email: string;
  language: OperatorUser['language'];
  role: OperatorUser['role'];
  addedBy: string;
}

/** Links a user to the company (the first administrator, registering it). */
export async function insertOperatorUserLink(runner: SqlRunner, link: OperatorUserLink): Promise<void> {
  await runSql(insertOperatorUser, link, runner);
}

/** Links a user to the company; linking again updates name, email, language and role. */
export async function upsertOperatorUserLink(runner: SqlRunner, link: OperatorUserLink): Promise<void> {
  await runSql(upsertOperatorUser, link, runner);
}

/** A company's user as linked now, with its company's ids: what aeo.operator.user-linked.v1 said of it. */
export interface CurrentUserLink {
  operatorId: string;
  taxpayerId: string;
  region: string;
  sub: string;
  role: OperatorUser['role'];
  linkedBy: string;
  linkedAt: string;
}

/** Every company's current users (or one company's), by company and link time. */
export async function listCurrentUserLinks(runner: SqlRunner, operatorId?: string): Promise<CurrentUserLink[]> {
  const rows = await runSql(listAllOperatorUserLinks, { operatorId: operatorId ?? null }, runner);
  return rows.map((row) => ({
    operatorId: row.operator_id,
    taxpayerId: row.taxpayer_id,
    region: row.region,
    sub: row.sub,
    role: userRole.parse(row.role),
    linkedBy: row.added_by,
    linkedAt: row.added_at.toISOString(),
  }));
}

export async function listOperatorUserLinks(runner: SqlRunner, operatorId: string): Promise<OperatorUser[]> {
  const rows = await runSql(listOperatorUsers, { operatorId }, runner);
  return rows.map((row) => ({
    ...camelRow(row),
    language: userLanguage.parse(row.language),
    role: userRole.parse(row.role),
    addedAt: row.added_at.toISOString(),
  }));
}

/** The operator locked for the rest of the transaction: changes of its users and data take turns. */
export function lockExistingOperator(runner: SqlRunner, id: string): Promise<Operator> {
  return existingRow(runSqlOne(lockOperator, { id }, runner, toOperator), `Operator ${id}`);
}

export type OperatorDetails = Pick<Operator, 'contact' | 'address' | 'supplyChainRoles'>;

export async function updateOperatorDetailsOf(
  runner: SqlRunner,
  id: string,
  details: OperatorDetails,
): Promise<Operator> {
  const [row] = await runSql(
    updateOperatorDetails,
    {
      id,
      supplyChainRoles: details.supplyChainRoles,
      address: JSON.stringify(details.address),
      contact: JSON.stringify(details.contact),
    },
    runner,
  );
  return toOperator(row);
}

/** The company's name and the user's role in it (undefined: not linked); undefined when there is no such operator. */
export async function findMembership(
  runner: SqlRunner,
  operatorId: string,
  sub: string,
): Promise<{ operatorName: string; role?: OperatorUser['role'] } | undefined> {
  return runSqlOne(findCompanyMembership, { operatorId, sub }, runner, (row) => ({
    operatorName: row.name,
    role: row.role === null ? undefined : userRole.parse(row.role),
  }));
}

export async function listAdministratorSubs(runner: SqlRunner, operatorId: string): Promise<string[]> {
  return (await runSql(listOperatorAdministrators, { operatorId }, runner)).map((row) => row.sub);
}

/** Unlinks the user; their role until now, or undefined when they were not linked. */
export async function deleteOperatorUserLink(
  runner: SqlRunner,
  operatorId: string,
  sub: string,
): Promise<OperatorUser['role'] | undefined> {
  return runSqlOne(deleteOperatorUser, { operatorId, sub }, runner, (row) => userRole.parse(row.role));
}
