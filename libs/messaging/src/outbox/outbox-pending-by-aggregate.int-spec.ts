import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDataSource, runSql } from '@aeo/persistence';
import { createTestDatabase, type TestDatabase } from '@aeo/testing';
import { CreateMessagingTables1764300000000 } from '../messaging.migration';
import { OutboxPendingByAggregate1764400000200 } from './outbox-pending-by-aggregate.migration';
import { findOutboxBlockers } from './outbox-relay.queries';

jest.setTimeout(90_000);

/** The plan PostgreSQL chooses for the relay's own statement (EXPLAIN in front of its text). */
async function planOf(dataSource: DataSource, params: Parameters<typeof findOutboxBlockers.run>[0]): Promise<string> {
  const rows = await findOutboxBlockers.run(params, {
    query: async (query: string, bindings: unknown[]) => {
      const plan = (await dataSource.query(`EXPLAIN (FORMAT JSON) ${query}`, bindings)) as never[];
      return { rows: plan, rowCount: plan.length };
    },
  });
  return JSON.stringify(rows);
}

describe("the relay's blocker look-up under a backlog (real PostgreSQL)", () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_blockers');
    dataSource = await openDataSource({
      service: 'outbox-blockers-test',
      url: database.url,
      entities: [],
      migrations: [CreateMessagingTables1764300000000, OutboxPendingByAggregate1764400000200],
    });
    // 40,000 pending events of 4,000 aggregates, and as many sent ones: a backlog the relay works through.
    await dataSource.query(`
      INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, sent_at)
      SELECT gen_random_uuid(), 'probe', 'agg-' || (n % 4000), 'probe.v1', 'probe', 's', '/aeo/test', '{}'::jsonb,
             CASE WHEN n > 40000 THEN now() END
        FROM generate_series(1, 80000) AS n`);
    await dataSource.query('ANALYZE outbox');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('finds the earliest unclaimed pending event of each claimed aggregate', async () => {
    const claimed = (await dataSource.query(
      `SELECT id FROM outbox WHERE sent_at IS NULL AND aggregateid IN ('agg-1', 'agg-2') ORDER BY seq LIMIT 3`,
    )) as Array<{ id: string }>;
    const blockers = await runSql(
      findOutboxBlockers,
      { aggregateIds: ['agg-1', 'agg-2', 'agg-none'], claimedIds: claimed.map((row) => row.id) },
      dataSource,
    );
    const expected = (await dataSource.query(
      `SELECT aggregateid, min(seq)::text AS first FROM outbox
        WHERE sent_at IS NULL AND aggregateid IN ('agg-1', 'agg-2') AND id <> ALL($1::uuid[]) GROUP BY aggregateid`,
      [claimed.map((row) => row.id)],
    )) as Array<{ aggregateid: string; first: string }>;
    expect(blockers.sort((a, b) => a.aggregateid.localeCompare(b.aggregateid))).toEqual(
      expected.sort((a, b) => a.aggregateid.localeCompare(b.aggregateid)),
    );
  });

  it("looks the batch's aggregates up in outbox_pending_aggregate_idx instead of reading every pending event", async () => {
    const plan = await planOf(dataSource, {
      aggregateIds: ['agg-1', 'agg-2', 'agg-3', 'agg-4', 'agg-5'],
      claimedIds: [randomUUID(), randomUUID()],
    });
    // Without the index the plan reads the 40,000 pending rows through outbox_pending_idx (or the table).
    expect(plan).toContain('outbox_pending_aggregate_idx');
    expect(plan).not.toContain('outbox_pending_idx"');
    expect(plan).not.toContain('Seq Scan');
  });
});
