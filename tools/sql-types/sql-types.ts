import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { DataSource, type MigrationInterface } from 'typeorm';
import {
  CreateMessagingTables1764300000000,
  OperatorMembers1764390000400,
  OutboxPendingByAggregate1764400000200,
} from '@aeo/messaging';
import {
  CreateAuditLog1764300000050,
  CreateRequestLedgers1764390000000,
  HumanStepsPending1764390000100,
  AuditChain1764390000200,
  AuditChainAtCommit1764390000300,
} from '@aeo/persistence';
import { createTestDatabase } from '@aeo/testing';
import { CreateProbeEffects1764300000001 } from '../../libs/messaging/src/testing/test-fixtures';
import { APPLICATIONS_MIGRATIONS } from '../../services/applications/src/migrations';
import { MRA_MIGRATIONS } from '../../services/mra/src/migrations';
import { NOTIFICATIONS_MIGRATIONS } from '../../services/notifications/src/migrations';
import { OPERATIONS_MIGRATIONS } from '../../services/operations/src/migrations';
import { PROGRAMME_MIGRATIONS } from '../../services/programme/src/migrations';
import { RISK_MANAGEMENT_MIGRATIONS } from '../../services/risk-management/src/migrations';
import { VALIDATION_MIGRATIONS } from '../../services/validation/src/migrations';

const run = promisify(execFile);
export const REPO_ROOT = join(__dirname, '..', '..');

/**
 * Where typed SQL lives: each `*.sql` file below `srcDir` is checked against a database that has
 * exactly the migrations of the code that runs it, and gets a `*.queries.ts` of typed queries.
 */
export interface SqlTarget {
  name: string;
  srcDir: string;
  migrations: ReadonlyArray<new () => MigrationInterface>;
}

type Migrations = SqlTarget['migrations'];

export const SQL_TARGETS: readonly SqlTarget[] = [
  // The shared tables (outbox, inbox, audit log, request ledgers) every service database has, the companies' users some
  // services copy (operator_members), and the messaging tests' probe table.
  {
    name: 'libs',
    srcDir: 'libs',
    migrations: [
      CreateMessagingTables1764300000000,
      CreateAuditLog1764300000050,
      CreateRequestLedgers1764390000000,
      HumanStepsPending1764390000100,
      AuditChain1764390000200,
      AuditChainAtCommit1764390000300,
      OperatorMembers1764390000400,
      OutboxPendingByAggregate1764400000200,
      CreateProbeEffects1764300000001,
    ],
  },
  { name: 'applications', srcDir: 'services/applications/src', migrations: APPLICATIONS_MIGRATIONS as Migrations },
  { name: 'validation', srcDir: 'services/validation/src', migrations: VALIDATION_MIGRATIONS as Migrations },
  {
    name: 'risk-management',
    srcDir: 'services/risk-management/src',
    migrations: RISK_MANAGEMENT_MIGRATIONS as Migrations,
  },
  { name: 'mra', srcDir: 'services/mra/src', migrations: MRA_MIGRATIONS as Migrations },
  { name: 'notifications', srcDir: 'services/notifications/src', migrations: NOTIFICATIONS_MIGRATIONS as Migrations },
  { name: 'programme', srcDir: 'services/programme/src', migrations: PROGRAMME_MIGRATIONS as Migrations },
  { name: 'operations', srcDir: 'services/operations/src', migrations: OPERATIONS_MIGRATIONS as Migrations },
];

/** The files below `dir` (relative to the repository, node_modules left out) whose name ends with `suffix`. */
function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules') return [];
    if (entry.isDirectory()) return filesEndingWith(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** The `*.sql` files of a target, relative to the repository. */
export function sqlFilesOf(target: SqlTarget): string[] {
  return filesEndingWith(target.srcDir, '.sql').sort();
}

/** The generated module of a `.sql` file: `x.sql` → `x.queries.ts` beside it. */
export const queriesFileOf = (sqlFile: string) => sqlFile.replace(/\.sql$/, '.queries.ts');

/**
 * Generates the typed queries of every target (pgtyped against a fresh database per target, with
 * the target's migrations run), into `outDir` (the repository itself, or a scratch copy to compare
 * with). Returns the generated files, relative to the repository.
 */
export async function generateSqlTypes(
  outDir = REPO_ROOT,
  targets: readonly SqlTarget[] = SQL_TARGETS,
): Promise<string[]> {
  const generated: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'aeo-sql-types-'));
  try {
    for (const target of targets) {
      const files = sqlFilesOf(target);
      if (files.length === 0) continue;
      const database = await createTestDatabase(`sqltypes_${target.name}`);
      try {
        const dataSource = new DataSource({
          type: 'postgres',
          url: database.url,
          migrations: [...target.migrations],
          migrationsTableName: 'schema_migrations',
          migrationsTransactionMode: 'each',
          logging: false,
        });
        await dataSource.initialize();
        try {
          await dataSource.runMigrations();
        } finally {
          await dataSource.destroy();
        }
        const config = {
          transforms: [
            {
              mode: 'sql',
              include: '**/*.sql',
              emitTemplate: `${outDir === REPO_ROOT ? '' : `${outDir}/`}{{dir}}/{{name}}.queries.ts`,
            },
          ],
          srcDir: join(REPO_ROOT, target.srcDir),
          failOnError: true,
          camelCaseColumnNames: false,
          // pg answers date, int8 and numeric as strings (typed-sql.ts); the {{dir}} of emitTemplate is relative to the repository (the cwd).
          typesOverrides: { date: 'string', int8: 'string', numeric: 'string' },
        };
        const configPath = join(scratch, `${target.name}.json`);
        writeFileSync(configPath, JSON.stringify(config));
        const { stdout, stderr } = await run(
          join(REPO_ROOT, 'node_modules', '.bin', 'pgtyped'),
          ['-c', configPath, '--uri', database.url],
          { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 16 * 1024 * 1024 },
        ).catch((error: { stdout?: string; stderr?: string }) => ({
          stdout: error.stdout ?? '',
          stderr: `${error.stderr ?? ''}\n${String(error)}`,
        }));
        if (process.env['SQL_TYPES_DEBUG']) console.log(stdout, stderr);
        // pgtyped reports a query it cannot type (bad SQL, unknown column) and goes on: every one is an error here.
        if (/\bErrors?\b/.test(stdout + stderr))
          throw new Error(`pgtyped could not type the SQL of ${target.name}:\n${stdout}\n${stderr}`);
        generated.push(...files.map(queriesFileOf));
      } finally {
        await database.drop();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return generated;
}

/** Generated modules that no longer have their `.sql` file (to delete). */
export function orphanedQueryModules(targets: readonly SqlTarget[] = SQL_TARGETS): string[] {
  return targets
    .flatMap((target) => filesEndingWith(target.srcDir, '.queries.ts'))
    .filter((path) => !existsSync(join(REPO_ROOT, path.replace(/\.queries\.ts$/, '.sql'))));
}

/** Generated modules that differ from what their SQL and the schema give now. */
export async function staleQueryModules(): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'aeo-sql-types-check-'));
  try {
    const files = await generateSqlTypes(out);
    return files.filter((file) => {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = existsSync(join(REPO_ROOT, file)) ? readFileSync(join(REPO_ROOT, file), 'utf8') : '';
      return fresh !== committed;
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const relativeToRepo = (path: string) => relative(REPO_ROOT, path);
