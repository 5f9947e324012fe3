import type { DataSource } from 'typeorm';
import { CreateRequestLedgers1764390000000, HumanStepsPending1764390000100, openDataSource } from '@aeo/persistence';
import { createTestDatabase, TestDatabase, waitFor } from '@aeo/testing';
import type { PlatformEnv } from '@aeo/config';
import { IdempotencyInterceptor } from './idempotency';
import {
  humanStepRows,
  idempotencyKeys,
  insertDecisionStep,
  insertExpiredKeys,
  insertLiveKey,
} from './testing/request-ledgers';

describe('purging the request ledgers (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('ledger_purge');
    dataSource = await openDataSource({
      service: 'purge-test',
      url: database.url,
      entities: [],
      migrations: [CreateRequestLedgers1764390000000, HumanStepsPending1764390000100],
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('purges at boot, in batches, expired keys and lapsed step claims; steps taken are kept', async () => {
    await insertExpiredKeys(dataSource, 2500);
    await insertLiveKey(dataSource, 'live');
    await insertDecisionStep(dataSource, 'a-1', 'pending', 2 * 3600);
    await insertDecisionStep(dataSource, 'a-2', 'pending', 0);
    await insertDecisionStep(dataSource, 'a-3', 'done', 2 * 3600);
    const interceptor = new IdempotencyInterceptor(
      dataSource,
      { IDEMPOTENCY_KEY_LEASE_S: 60 } as PlatformEnv,
      {} as never,
      {} as never,
    );
    interceptor.onModuleInit();
    try {
      await waitFor('the purge at boot', async () => (await idempotencyKeys(dataSource)).length === 1, 10_000);
      expect((await idempotencyKeys(dataSource)).map((row) => ({ key: row.key }))).toEqual([{ key: 'live' }]);
      await waitFor('the lapsed claim purged', async () => (await humanStepRows(dataSource)).length === 2, 10_000);
      expect(await humanStepRows(dataSource)).toEqual([
        { subject_id: 'a-2', state: 'pending' },
        { subject_id: 'a-3', state: 'done' },
      ]);
    } finally {
      interceptor.onApplicationShutdown();
    }
  });
});
