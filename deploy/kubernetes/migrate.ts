/**
 * Runs the pending migrations of the services' databases and exits: the Kubernetes Job before each
 * rollout (deploy/kubernetes/chart, setup job `migrations`), so that a failing migration stops the
 * rollout instead of crash-looping the new pods. The services still run pending migrations at
 * start (libs/persistence), which then finds none.
 *
 *   node -r ./tools/register.js deploy/kubernetes/migrate.ts [service ...]
 *
 * Without arguments: every service whose database is configured, i.e. `<SERVICE>_DATABASE_URL`
 * (e.g. RISK_MANAGEMENT_DATABASE_URL, IDENTITY_DATABASE_URL), or all of them when DATABASE_URL is
 * set (each in its own `aeo_<service>` database, libs/config). Exits non-zero on the first failure.
 */
import { Pool } from 'pg';
import { databaseUrlFor } from '@aeo/config';
import { openDataSource } from '@aeo/persistence';
import { APPLICATIONS_MIGRATIONS } from '../../services/applications/src/migrations';
import { migrate as migrateIdentity } from '../../services/identity-provider/src/persistence/postgres-adapter';
import { MRA_MIGRATIONS } from '../../services/mra/src/migrations';
import { NOTIFICATIONS_MIGRATIONS } from '../../services/notifications/src/migrations';
import { OPERATIONS_MIGRATIONS } from '../../services/operations/src/migrations';
import { PROGRAMME_MIGRATIONS } from '../../services/programme/src/migrations';
import { RISK_MANAGEMENT_MIGRATIONS } from '../../services/risk-management/src/migrations';
import { VALIDATION_MIGRATIONS } from '../../services/validation/src/migrations';

/** The TypeORM migrations of each service (the lists their AppModules run at start). */
export const SERVICE_MIGRATIONS = {
  applications: APPLICATIONS_MIGRATIONS,
  validation: VALIDATION_MIGRATIONS,
  'risk-management': RISK_MANAGEMENT_MIGRATIONS,
  mra: MRA_MIGRATIONS,
  notifications: NOTIFICATIONS_MIGRATIONS,
  programme: PROGRAMME_MIGRATIONS,
  operations: OPERATIONS_MIGRATIONS,
} as const;

/** Every database with migrations: the services' and the OpenID provider's (`identity`, its own SQL list). */
type ServiceName = keyof typeof SERVICE_MIGRATIONS;
export type MigratedDatabase = ServiceName | 'identity';
export const MIGRATED_DATABASES: readonly MigratedDatabase[] = [
  ...(Object.keys(SERVICE_MIGRATIONS) as ServiceName[]),
  'identity',
];

const ownUrlVariable = (service: string) => `${service.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`;

/** The databases to migrate: those named (each must be known), else every configured one. */
export function databasesToMigrate(names: readonly string[], env: NodeJS.ProcessEnv = process.env): MigratedDatabase[] {
  const unknown = names.filter((name) => !(MIGRATED_DATABASES as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`unknown service ${unknown.join(', ')}: one of ${MIGRATED_DATABASES.join(', ')}`);
  if (names.length) return names as MigratedDatabase[];
  const configured = MIGRATED_DATABASES.filter((name) => env['DATABASE_URL'] || env[ownUrlVariable(name)]);
  if (!configured.length)
    throw new Error(
      `no database configured: set DATABASE_URL or <SERVICE>_DATABASE_URL (${MIGRATED_DATABASES.map(ownUrlVariable).join(', ')})`,
    );
  return configured;
}

/** Applies one database's pending migrations and closes its connections. */
export async function migrateDatabase(name: MigratedDatabase, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const url = databaseUrlFor(name, env);
  if (name === 'identity') {
    const pool = new Pool({ connectionString: url, max: 1 });
    try {
      await migrateIdentity(pool);
    } finally {
      await pool.end();
    }
    return;
  }
  const dataSource = await openDataSource({
    service: name,
    url,
    entities: [],
    migrations: [...SERVICE_MIGRATIONS[name]],
    poolSize: 1,
  });
  await dataSource.destroy();
}

async function main(): Promise<void> {
  for (const name of databasesToMigrate(process.argv.slice(2))) {
    const started = Date.now();
    await migrateDatabase(name);
    console.log(`migrations of ${name}: up to date (${Date.now() - started} ms)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`migrations failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
