import { waitFor } from '@aeo/testing';
import type { PlatformEnv } from '@aeo/config';
import { IdempotencyInterceptor } from './idempotency';
import {
  humanStepRows,
  idempotencyKeys,
  insertDecisionStep,
  insertExpiredKeys,
  insertLiveKey,
} from './testing/request-ledgers';
import { useTestDataSource } from '@aeo/persistence/testing';

describe('purging the request ledgers (real PostgreSQL)', () => {
  const database = useTestDataSource('ledger_purge');

  it('purges at boot, in batches, expired keys and lapsed step claims; steps taken are kept', async () => {
    await insertExpiredKeys(database.dataSource, 2500);
    await insertLiveKey(database.dataSource, 'live');
    await insertDecisionStep(database.dataSource, 'a-1', 'pending', 2 * 3600);
    await insertDecisionStep(database.dataSource, 'a-2', 'pending', 0);
    await insertDecisionStep(database.dataSource, 'a-3', 'done', 2 * 3600);
    const interceptor = new IdempotencyInterceptor(
      database.dataSource,
      { IDEMPOTENCY_KEY_LEASE_S: 60 } as PlatformEnv,
      {} as never,
      {} as never,
    );
    interceptor.onModuleInit();
    try {
      await waitFor('the purge at boot', async () => (await idempotencyKeys(database.dataSource)).length === 1, 10_000);
      expect((await idempotencyKeys(database.dataSource)).map((row) => ({ key: row.key }))).toEqual([{ key: 'live' }]);
      await waitFor(
        'the lapsed claim purged',
        async () => (await humanStepRows(database.dataSource)).length === 2,
        10_000,
      );
      expect(await humanStepRows(database.dataSource)).toEqual([
        { subject_id: 'a-2', state: 'pending' },
        { subject_id: 'a-3', state: 'done' },
      ]);
    } finally {
      interceptor.onApplicationShutdown();
    }
  });
});
