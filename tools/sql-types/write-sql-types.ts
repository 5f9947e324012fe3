import { generateSqlTypes, orphanedQueryModules, REPO_ROOT, SQL_TARGETS } from './sql-types';

/**
 * `npm run sql-types [-- <target>...]`: regenerates the `*.queries.ts` of every target (or of the
 * named ones: libs, applications, validation, risk-management, mra, notifications) from their
 * `*.sql` and the migrations' schema.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !SQL_TARGETS.some((target) => target.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown target(s) ${unknown.join(', ')}; the targets are ${SQL_TARGETS.map((target) => target.name).join(', ')}`,
    );
  const files = await generateSqlTypes(
    REPO_ROOT,
    names.length > 0 ? SQL_TARGETS.filter((target) => names.includes(target.name)) : SQL_TARGETS,
  );
  for (const file of files) console.log(`[sql-types] ${file}`);
  const orphans = orphanedQueryModules();
  for (const orphan of orphans) console.error(`[sql-types] ${orphan} has no .sql file any more: delete it`);
  process.exitCode = orphans.length > 0 ? 1 : 0;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
