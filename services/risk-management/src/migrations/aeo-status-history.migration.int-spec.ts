import { Client } from 'pg';
import { openDataSource } from '@aeo/persistence';
import { createTestDatabase, type TestDatabase } from '@aeo/testing';
import { AeoStatusHistory1764300000370 } from './1764300000370-aeo-status-history';
import { RISK_MANAGEMENT_MIGRATIONS } from './index';

jest.setTimeout(60_000);

/**
 * The register's history is started on a live database: the Helm chart runs migrations as a Job
 * while the running pods keep folding certification events into aeo_status. A state the projection
 * writes while the migration runs must reach aeo_status_history, through the copy or through the
 * trigger, never fall between the two (the review of stop 31: the copy ran before the trigger existed,
 * without a lock, and a grant committed in between was never in the history).
 */
describe('risk-management migration: aeo_status_history on a live register (real PostgreSQL)', () => {
  const before = RISK_MANAGEMENT_MIGRATIONS.slice(0, RISK_MANAGEMENT_MIGRATIONS.indexOf(AeoStatusHistory1764300000370));
  const through = RISK_MANAGEMENT_MIGRATIONS.slice(0, before.length + 1);
  let database: TestDatabase;
  let projection: Client;

  const migrate = async (migrations: typeof RISK_MANAGEMENT_MIGRATIONS) =>
    (await openDataSource({ service: 'risk-management', url: database.url, entities: [], migrations })).destroy();
  const grant = (client: Client, taxpayerId: string) =>
    client.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, gen_random_uuid(), $2, 'AEOS', 'granted', now(), true, now())`,
      [taxpayerId, `MN AEOS ${taxpayerId}`],
    );

  beforeAll(async () => {
    expect(before.length).toBeGreaterThan(0);
    database = await createTestDatabase('rm_status_history');
    await migrate(before);
    projection = new Client({ connectionString: database.url });
    await projection.connect();
  });
  afterAll(async () => {
    await projection?.end();
    await database?.drop();
  });

  it('carries over the states already there and the one committed while it runs', async () => {
    await grant(projection, '1000001');
    // The projection's transaction is open (a grant written, not committed) when the migration starts.
    await projection.query('BEGIN');
    await grant(projection, '1000002');
    const migrating = migrate(through);
    // Long enough for the migration to reach its copy (or its lock) while the grant is uncommitted.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await projection.query('COMMIT');
    await migrating;

    const history = await projection.query(
      `SELECT taxpayer_id, status FROM aeo_status_history ORDER BY taxpayer_id, id`,
    );
    expect(history.rows).toEqual([
      { taxpayer_id: '1000001', status: 'granted' },
      { taxpayer_id: '1000002', status: 'granted' },
    ]);
    // And the trigger appends what comes after.
    await projection.query(
      `UPDATE aeo_status SET status = 'suspended', suspended_scope = 'whole' WHERE taxpayer_id = '1000002'`,
    );
    const latest = await projection.query(
      `SELECT status FROM aeo_status_history WHERE taxpayer_id = '1000002' ORDER BY id DESC LIMIT 1`,
    );
    expect(latest.rows).toEqual([{ status: 'suspended' }]);
  });
});
