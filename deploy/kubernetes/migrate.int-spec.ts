import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { databasesToMigrate, migrateDatabase, MIGRATED_DATABASES, SERVICE_MIGRATIONS } from './migrate';

/** The migration Job of the Kubernetes chart, against the real PostgreSQL (throw-away databases). */
describe('deploy/kubernetes/migrate.ts', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  async function count(url: string, table: string): Promise<number> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    } finally {
      await client.end();
    }
  }

  it('applies every migration of a service to the database its <SERVICE>_DATABASE_URL names, and none twice', async () => {
    const database = await createTestDatabase('k8s-migrate-ops');
    databases.push(database);
    const env = { OPERATIONS_DATABASE_URL: database.url };
    await migrateDatabase('operations', env);
    expect(await count(database.url, 'schema_migrations')).toBe(SERVICE_MIGRATIONS.operations.length);
    await migrateDatabase('operations', env);
    expect(await count(database.url, 'schema_migrations')).toBe(SERVICE_MIGRATIONS.operations.length);
  });

  it("migrates the OpenID provider's database with its own list", async () => {
    const database = await createTestDatabase('k8s-migrate-id');
    databases.push(database);
    await migrateDatabase('identity', { IDENTITY_DATABASE_URL: database.url });
    expect(await count(database.url, 'identity_migrations')).toBeGreaterThan(0);
    expect(await count(database.url, 'accounts')).toBe(0);
  });

  it('takes the configured databases when none is named, and refuses unknown names', () => {
    expect(
      databasesToMigrate([], { MRA_DATABASE_URL: 'postgres://x/y', IDENTITY_DATABASE_URL: 'postgres://x/z' }),
    ).toEqual(['mra', 'identity']);
    expect(databasesToMigrate([], { DATABASE_URL: 'postgres://x/postgres' })).toEqual([...MIGRATED_DATABASES]);
    expect(() => databasesToMigrate([], {})).toThrow(/no database configured/);
    expect(() => databasesToMigrate(['billing'], {})).toThrow(/unknown service billing/);
  });
});
