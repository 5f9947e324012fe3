import { DataSource, MigrationInterface, QueryFailedError, QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createTestDatabase, TestDatabase } from '@aeo/testing';
import { dataSourceOptionsFor } from './data-source';

/** A migration that runs longer than the pool's statement limit (as an index built on a large table may). */
class SlowMigration1764399999999 implements MigrationInterface {
  name = 'SlowMigration1764399999999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT pg_sleep(1)`);
    await queryRunner.query(`CREATE TABLE slow_migration_done (id int)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE slow_migration_done`);
  }
}

describe('dataSourceOptionsFor: the pool limits and its connections (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('pool-limits');
    dataSource = new DataSource(
      dataSourceOptionsFor({
        service: 'pool-limits-test',
        url: database.url,
        entities: [],
        migrations: [SlowMigration1764399999999],
        // One connection: the query after the cancelled one can only run on the same connection.
        env: { DATABASE_POOL_SIZE: '1', DATABASE_STATEMENT_TIMEOUT_MS: '250' },
      }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  const pool = () => {
    const { totalCount, idleCount } = (dataSource.driver as PostgresDriver).master as {
      totalCount: number;
      idleCount: number;
    };
    return { totalCount, idleCount };
  };
  const backendPid = async () =>
    ((await dataSource.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[])[0]!.pid;

  it('runs migrations without the limit, and gives their connection back with it', async () => {
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM slow_migration_done`)).toEqual([{ n: 0 }]);
    expect(await dataSource.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: '250ms' }]);
  });

  it('cancels a read running past DATABASE_STATEMENT_TIMEOUT_MS with an error naming it, and the connection is free again at once', async () => {
    const pid = await backendPid();
    const failure = await dataSource.query(`SELECT pg_sleep(30)`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { code?: string }).driverError).toMatchObject({ code: '57014' });
    expect((failure as Error).message).toMatch(
      /canceling statement due to statement timeout: it ran longer than 250 ms \(DATABASE_STATEMENT_TIMEOUT_MS\)/,
    );
    // Back in the pool, not dropped: the pool's one connection, the same server backend, which
    // answers the next query and runs no statement of the abandoned read any more.
    expect(pool()).toEqual({ totalCount: 1, idleCount: 1 });
    expect(await backendPid()).toBe(pid);
    expect(
      await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep(30)%' AND state = 'active'`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('runs the queries started at once on one transaction one after the other, without pg’s deprecated queue on a busy client', async () => {
    const answers = await dataSource.transaction(async (manager) => {
      // pg deprecates (and pg 9 refuses) a query given to a client whose queue already holds one:
      // it warns ("Calling client.query() when the client is already executing a query") just
      // before it queues it. The queue's length at each query given to this transaction's client:
      const client = (await manager.queryRunner!.connect()) as { _queryQueue: unknown[] };
      const queued: number[] = [];
      const queue = client._queryQueue;
      queue.push = (...items: unknown[]) => {
        queued.push(queue.length);
        return Array.prototype.push.apply(queue, items);
      };
      try {
        const rows = await Promise.all(
          [0.05, 0.01, 0, 0.02].map((seconds, index) =>
            manager.query(`SELECT $1::int AS index, pg_sleep($2), txid_current() AS tx`, [index, seconds]),
          ),
        );
        expect(queued).toEqual([0, 0, 0, 0]);
        return rows as { index: number; tx: string }[][];
      } finally {
        delete (queue as { push?: unknown }).push;
      }
    });
    // Every one answered on its own result, all in the one transaction.
    expect(answers.map((rows) => rows[0]!.index)).toEqual([0, 1, 2, 3]);
    expect(new Set(answers.map((rows) => rows[0]!.tx)).size).toBe(1);
  });

  it('applies to a transaction too: the transaction fails and its connection returns to the pool', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_sleep(30)`);
      }),
    ).rejects.toThrow(/statement timeout/);
    expect(await dataSource.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    expect(pool()).toEqual({ totalCount: 1, idleCount: 1 });
  });
});
