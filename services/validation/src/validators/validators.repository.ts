import { camelRow, runSql, runSqlChanged, runSqlOne, type SqlRunner } from '@aeo/persistence';
import type { ValidatorView } from './validator.response';
import {
  findValidator as findOne,
  insertValidator as insertOne,
  leastBusyValidator as leastBusy,
  listValidators as list,
  lockValidator as lockOne,
  shareLockValidator as shareLockOne,
  updateValidatorInScope as updateInScope,
} from './validators.queries';

/** A validator as registered (`sub` is the validator's user id). */
export interface Validator {
  sub: string;
  name: string;
  region: string;
  active: boolean;
}

const toValidator = ({ sub, name, region, active }: Validator): Validator => ({ sub, name, region, active });

export async function findValidator(runner: SqlRunner, sub: string): Promise<Validator | null> {
  return (await runSqlOne(findOne, { sub }, runner, toValidator)) ?? null;
}

/** The validator, locked for update until the caller's transaction ends. */
export async function lockValidator(runner: SqlRunner, sub: string): Promise<Validator | null> {
  return (await runSqlOne(lockOne, { sub }, runner, toValidator)) ?? null;
}

/** The validator, kept from changing (but not from being read or share-locked) until the caller's transaction ends. */
export async function shareLockValidator(runner: SqlRunner, sub: string): Promise<Validator | null> {
  return (await runSqlOne(shareLockOne, { sub }, runner, toValidator)) ?? null;
}

/**
 * Registers a new validator; false when one is registered under the same `sub` already. When
 * another transaction registers the same `sub` at once, this waits for it (the unique index) and
 * answers false once it has committed.
 */
export async function insertValidator(runner: SqlRunner, validator: Validator, registeredBy: string): Promise<boolean> {
  return runSqlChanged(insertOne, { ...validator, registeredBy }, runner);
}

/** Updates a validator, only if it is of the `scope` region (any region when null); false when nothing was changed. */
export async function updateValidatorInScope(
  runner: SqlRunner,
  validator: Validator,
  scope: string | null,
): Promise<boolean> {
  return runSqlChanged(updateInScope, { ...validator, scope }, runner);
}

/** Validators with their open cases, by region and sub; only the region's when `region` is given. */
export async function listValidators(runner: SqlRunner, region: string | null): Promise<ValidatorView[]> {
  return (await runSql(list, { region }, runner)).map(camelRow);
}

/** The active validator of the region with the fewest open cases (ties: by sub), or null when the region has none. */
export async function leastBusyValidator(runner: SqlRunner, region: string): Promise<string | null> {
  return (await runSqlOne(leastBusy, { region }, runner))?.sub ?? null;
}
