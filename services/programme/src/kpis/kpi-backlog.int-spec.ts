import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@aeo/testing';
import type { KpiDefinition } from './kpi-engine';
import { kpiEvents, kpiValues, type KpiScope } from './kpi-values';
import { bucketOf, nextPeriodStart } from './periods';

/** A backlog KPI over a relation of its own: items open from `opened_at` until `closed_at`. */
const OPEN_ITEMS: KpiDefinition = {
  id: 'open-items',
  family: 'validation',
  name: { en: 'Open items', mn: 'Open items' },
  definition: 'Items open at the end of the period (now for the current one).',
  unit: 'count',
  target: null,
  direction: 'lower',
  dimensions: [],
  source: { relation: 'open_items', evidence: 'f.subject = c.process_id' },
  anchor: 'o.opened_at',
  population: 'true',
  measure: { kind: 'backlog', closed: 'o.closed_at' },
  evidence: ['item.opened'],
};

const DAY_MS = 86_400_000;

describe('KPI engine: a backlog per period (real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  // The previous month, the current one and the three to come.
  const current = bucketOf(new Date(), 'month');
  const previous = bucketOf(new Date(current.start.getTime() - 1), 'month');
  const scope: KpiScope = {
    period: 'month',
    from: previous.start,
    to: [1, 2, 3].reduce((end) => nextPeriodStart(end, 'month'), current.end),
    region: null,
    statusType: null,
    timeZone: 'UTC',
  };

  beforeAll(async () => {
    database = await createTestDatabase('programme_kpi_backlog');
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.query(`CREATE TABLE open_items (
      process_id text PRIMARY KEY, region text, status_type text, opened_at timestamptz NOT NULL, closed_at timestamptz)`);
    await dataSource.query(`CREATE TABLE programme_event_facts (
      event_id text PRIMARY KEY, type text NOT NULL, subject text NOT NULL, application_id uuid,
      occurred_at timestamptz NOT NULL, region text, status_type text, detail text, category text)`);
    const day = (n: number) => new Date(previous.start.getTime() + n * DAY_MS);
    // A: still open; B: closed within the previous month; C: closed as the current month began.
    const items: [string, Date, Date | null][] = [
      ['A', day(1), null],
      ['B', day(2), day(3)],
      ['C', day(1), current.start],
    ];
    for (const [id, opened, closed] of items) {
      await dataSource.query(`INSERT INTO open_items VALUES ($1, 'R', 'AEOC', $2, $3)`, [id, opened, closed]);
      await dataSource.query(
        `INSERT INTO programme_event_facts VALUES ($1, 'item.opened', $2, NULL, $3, 'R', 'AEOC', NULL, NULL)`,
        [`e-${id}`, id, opened],
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('takes the backlog at each past period’s end and now for the current one; a future period has none', async () => {
    const values = await kpiValues(dataSource, OPEN_ITEMS, scope);
    expect(values.map((v) => [v.period, v.value, v.sample])).toEqual([
      [previous.label, 2, 2],
      [current.label, 1, 1],
      ...values.slice(2).map((v) => [v.period, null, 0]),
    ]);
    expect(values).toHaveLength(5);
  });

  it('lists no events for a period not begun yet', async () => {
    const page = await kpiEvents(dataSource, OPEN_ITEMS, scope, { limit: 10 });
    expect(page.items.map((item) => [item.subject, item.period])).toEqual([
      ['A', previous.label],
      ['C', previous.label],
      ['A', current.label],
    ]);
  });
});
