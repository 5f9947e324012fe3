import type { IDatabaseConnection, PreparedQuery } from '@pgtyped/runtime';
import { types } from 'pg';
import { DataSource, EntityManager, QueryFailedError, TypeORMError, type QueryRunner } from 'typeorm';

// A PostgreSQL `date` is a calendar day, not a moment: pg would turn it into a JS Date at local
// midnight (a different day in another time zone). Every service gets it as the 'YYYY-MM-DD'
// string the generated types promise (tools/sql-types types date, int8 and numeric as strings).
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// date[] likewise: parsed as text[] (1009), the days as strings.
const parseTextArray = types.getTypeParser(1009 as typeof types.builtins.TEXT);
types.setTypeParser(1182 as typeof types.builtins.DATE, (value: string) => parseTextArray(value));

/**
 * How the platform reads and writes its databases: SQL in `*.sql` files beside the repository
 * that runs it, each query typed by `npm run sql-types` (pgtyped, checked against the schema the
 * migrations build; the test command fails when a generated `*.queries.ts` is stale), run through
 * TypeORM's connection so transactions, the pool and migrations stay one. See docs/data-access.md.
 */
export type SqlRunner = EntityManager | DataSource | QueryRunner;

interface StructuredResult {
  records: unknown[];
  affected?: number;
}

/** Runs on the runner's own connection (its transaction, if any), answering rows and the count of changed rows. */
async function structured(runner: SqlRunner, query: string, bindings: unknown[]): Promise<StructuredResult> {
  try {
    return await structuredOn(runner, query, bindings);
  } catch (error) {
    // TypeORM wraps what a query fails with, but not what getting its connection fails with (a bare
    // `read ECONNRESET` while the server goes down): wrapped here too, so that every error of a
    // query says it comes from the database (and a lost database is answered 503, not 500).
    if (error instanceof QueryFailedError || error instanceof TypeORMError) throw error;
    // (pg's socket errors come from Node's own realm: no instanceof Error check on them.)
    throw new QueryFailedError(query, bindings, error as Error);
  }
}

async function structuredOn(runner: SqlRunner, query: string, bindings: unknown[]): Promise<StructuredResult> {
  // An entity manager's query() drops the third argument: run on its query runner (its transaction) instead.
  const own = runner instanceof EntityManager ? runner.queryRunner : runner instanceof DataSource ? undefined : runner;
  if (own) return (await own.query(query, bindings, true)) as StructuredResult;
  const dataSource = runner instanceof EntityManager ? runner.connection : (runner as DataSource);
  const queryRunner = dataSource.createQueryRunner();
  try {
    return (await queryRunner.query(query, bindings, true)) as StructuredResult;
  } finally {
    await queryRunner.release();
  }
}

/** The connection a generated query runs on: a TypeORM entity manager (in or out of a transaction), query runner or data source. */
export function sqlConnection(runner: SqlRunner): IDatabaseConnection {
  return {
    query: async (query: string, bindings: unknown[]) => {
      const result = await structured(runner, query, bindings);
      return { rows: result.records, rowCount: result.affected ?? result.records.length };
    },
  };
}

/** Runs a generated query: its rows, typed by the schema. */
export function runSql<Params, Result>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
): Promise<Result[]> {
  return query.run(params, sqlConnection(runner));
}

/** Runs a generated query expected to return at most one row: that row (as `map` makes it, if given), or undefined. */
export async function runSqlOne<Params, Result>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
): Promise<Result | undefined>;
export async function runSqlOne<Params, Result, Mapped>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
  map: (row: Result) => Mapped,
): Promise<Mapped | undefined>;
export async function runSqlOne<Params, Result, Mapped>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
  map?: (row: Result) => Mapped,
): Promise<Result | Mapped | undefined> {
  const rows = await query.run(params, sqlConnection(runner));
  if (rows.length > 1) throw new Error(`expected at most one row, got ${rows.length}`);
  const [row] = rows;
  return row === undefined || !map ? row : map(row);
}

/** Runs a generated statement: how many rows it changed (UPDATE, DELETE, INSERT) and what it returned. */
export async function runSqlCounted<Params, Result>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
): Promise<{ rows: Result[]; count: number }> {
  const { result, rowCount } = await query.runWithCounts(params, sqlConnection(runner));
  return { rows: result, count: rowCount };
}

/** Runs a generated statement: whether it changed any row (false: its WHERE no longer held). */
export async function runSqlChanged<Params, Result>(
  query: PreparedQuery<Params, Result>,
  params: Params,
  runner: SqlRunner,
): Promise<boolean> {
  return (await runSqlCounted(query, params, runner)).count > 0;
}

/** A row the caller knows is there (a reference it checked before): an error naming `what`, not undefined, when it is gone. */
export async function existingRow<Row>(found: Promise<Row | undefined>, what: string): Promise<Row> {
  const row = await found;
  if (row === undefined) throw new Error(`${what} not found`);
  return row;
}
