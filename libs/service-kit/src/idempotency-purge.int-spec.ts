import type { DataSource } from 'typeorm';
import { CreateRequestLedgers1764390000000, HumanStepsPending1764390000100, openDataSource } from '@aeo/persistence';
import { createTestDatabase, TestDatabase, waitFor } from '@aeo/testing';
import type { PlatformEnv } from '@aeo/config';
import { IdempotencyInterceptor } from './idempotency';

describe('purging the request ledgers (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('ledger_purge');
    dataSource = await openDataSource({ service: 'purge-test', url: database.url, entities: [], migrations: [CreateRequestLedgers1764390000000, HumanStepsPending1764390000100] });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('purges at boot, in batches, expired keys and lapsed step claims; steps taken are kept', async () => {
    await dataSource.query(
      `INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
       SELECT 'p', 'k' || i, 'h', 'POST', '/x', gen_random_uuid(), now() - interval '1 hour' FROM generate_series(1, 2500) i`,
    );
    await dataSource.query(`INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at) VALUES ('p', 'live', 'h', 'POST', '/x', gen_random_uuid(), now() + interval '1 day')`);
    await dataSource.query(
      `INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at) VALUES
         ('application', 'a-1', 'decision', 'pending', 'h', '{}', 'granted', 'exec-1', now() - interval '2 hours'),
         ('application', 'a-2', 'decision', 'pending', 'h', '{}', 'granted', 'exec-1', now()),
         ('application', 'a-3', 'decision', 'done', 'h', '{}', 'granted', 'exec-1', now() - interval '2 hours')`,
    );
    const interceptor = new IdempotencyInterceptor(dataSource, { IDEMPOTENCY_KEY_LEASE_S: 60 } as PlatformEnv, {} as never, {} as never);
    interceptor.onModuleInit();
    try {
      await waitFor('the purge at boot', async () => (await dataSource.query(`SELECT count(*)::int AS n FROM idempotency_keys`))[0].n === 1, 10_000);
      expect(await dataSource.query(`SELECT key FROM idempotency_keys`)).toEqual([{ key: 'live' }]);
      await waitFor('the lapsed claim purged', async () => (await dataSource.query(`SELECT count(*)::int AS n FROM human_steps`))[0].n === 2, 10_000);
      expect(await dataSource.query(`SELECT subject_id, state FROM human_steps ORDER BY subject_id`)).toEqual([
        { subject_id: 'a-2', state: 'pending' },
        { subject_id: 'a-3', state: 'done' },
      ]);
    } finally {
      interceptor.onApplicationShutdown();
    }
  });
});
