import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { openDataSource } from '@aeo/persistence';
import { failQueryOnce } from '@aeo/persistence/testing';
import { createTestDatabase, waitFor, type TestDatabase } from '@aeo/testing';
import { whileEvaluating } from './deviations.repository';

jest.setTimeout(60_000);

/** The deviation evaluation's lock across the programme's instances (a session advisory lock). */
describe('whileEvaluating against a real PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase('while_evaluating');
    dataSource = await openDataSource({
      service: 'while-evaluating-test',
      url: database.url,
      entities: [],
      migrations: [],
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('closes the connection instead of pooling it when the lock cannot be released: the lock goes with it', async () => {
    // The unlock fails once, as on a connection lost meanwhile (the lock may still be held).
    const unlock = failQueryOnce(dataSource, /pg_advisory_unlock/);
    try {
      expect(await whileEvaluating(dataSource, async () => 'evaluated')).toBe('evaluated');
    } finally {
      unlock.restore();
    }
    expect(unlock.failed()).toBe(1);
    // Another instance's evaluation (a connection outside this pool) gets the lock once the
    // holder's backend has gone; without the fix the connection idles in the pool holding it.
    const outside = new PgClient({ connectionString: database.url });
    await outside.connect();
    try {
      await waitFor(
        'the evaluation lock freed with its connection',
        async () => {
          const [{ free }] = (
            await outside.query(`SELECT pg_try_advisory_lock(hashtext('programme-deviation-evaluation')) AS free`)
          ).rows;
          if (free) await outside.query(`SELECT pg_advisory_unlock(hashtext('programme-deviation-evaluation'))`);
          return free as boolean;
        },
        3_000,
        100,
      );
    } finally {
      await outside.end();
    }
    // And this instance evaluates again.
    expect(await whileEvaluating(dataSource, async () => 'again')).toBe('again');
  });
});
