/** A column name as the services speak it: `taxpayer_id` → `taxpayerId`. */
export type CamelCase<Name extends string> = Name extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

/** A row of a generated query (snake_case columns) with its names in camelCase, each column as it is typed. */
export type CamelRow<Row> = {
  [Column in keyof Row as Column extends string ? CamelCase<Column> : Column]: Row[Column];
};

const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/**
 * A row of a generated query as the record a repository answers: every column, renamed to
 * camelCase, its value untouched. The record holds exactly what the query selects (what its SQL
 * leaves out, a secret say, stays out); columns that need narrowing or parsing are overridden
 * after the spread: `{ ...camelRow(row), status: caseStatus.parse(row.status) }`.
 */
export function camelRow<Row extends object>(row: Row): CamelRow<Row> {
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [camelCase(name), value])) as CamelRow<Row>;
}
