import { z } from 'zod';
import { camelRow, existingRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { operatorSchema, type OperatorUser } from './operator.response';
import {
  findOperator,
  findOperatorByTaxpayer,
  findOperatorUserLink,
  insertOperator,
  insertOperatorUser,
  listOperators,
  listOperatorUsers,
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

export async function listOperatorUserLinks(runner: SqlRunner, operatorId: string): Promise<OperatorUser[]> {
  const rows = await runSql(listOperatorUsers, { operatorId }, runner);
  return rows.map((row) => ({
    ...camelRow(row),
    language: userLanguage.parse(row.language),
    role: userRole.parse(row.role),
    addedAt: row.added_at.toISOString(),
  }));
}

/** Whether the user is linked to the company (with this role, when given). */
export async function isOperatorUserLinked(
  runner: SqlRunner,
  operatorId: string,
  sub: string,
  role?: OperatorUser['role'],
): Promise<boolean> {
  const link = await runSqlOne(findOperatorUserLink, { operatorId, sub }, runner);
  return link !== undefined && (role === undefined || link.role === role);
}
