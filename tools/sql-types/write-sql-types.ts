import { generateSqlTypes, orphanedQueryModules } from './sql-types';

/** `npm run sql-types`: regenerates every `*.queries.ts` from its `*.sql` and the migrations' schema. */
async function main(): Promise<void> {
  const files = await generateSqlTypes();
  for (const file of files) console.log(`[sql-types] ${file}`);
  const orphans = orphanedQueryModules();
  for (const orphan of orphans) console.error(`[sql-types] ${orphan} has no .sql file any more: delete it`);
  process.exitCode = orphans.length > 0 ? 1 : 0;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
