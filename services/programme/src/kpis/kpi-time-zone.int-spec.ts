import { randomUUID } from 'node:crypto';
import { Logger, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPermanentFailure } from '@aeo/messaging';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { useTestDataSource } from '@aeo/persistence/testing';
import { foldSides } from '../benefit/benefit-facts.consumer';
import type { BenefitFact } from '../benefit/benefit-fold';
import type { ProgrammeConfig } from '../config';
import { BenefitRollupTimeZone } from '../facts/benefit-rollup-time-zone';
import { alignBenefitRollupTimeZone, benefitRollupZone } from '../facts/facts.repository';
import { PROGRAMME_MIGRATIONS } from '../migrations';
import { findKpi } from './kpi-catalogue';
import type { KpiDefinition } from './kpi-engine';
import { kpiEvents, kpiValues, type KpiScope } from './kpi-values';
import { dayStart, periodStart, PERIODS } from './periods';

// Migrating a fresh database takes a while on a loaded machine.
jest.setTimeout(120_000);

const UB = 'Asia/Ulaanbaatar';

/** A count of the rows of a relation of its own, anchored at `lodged_at`. */
const LODGED: KpiDefinition = {
  id: 'lodged',
  family: 'benefit',
  name: { en: 'Lodged', mn: 'Lodged' },
  definition: 'Declarations lodged in the period.',
  unit: 'count',
  target: null,
  direction: 'lower',
  dimensions: ['region'],
  source: { relation: 'tz_lodged', evidence: 'f.subject = c.process_id' },
  anchor: 'lodged_at',
  population: 'true',
  measure: { kind: 'count' },
  evidence: ['declaration.lodged'],
};

/** The same rows open from `lodged_at` on (a backlog taken at each period's end). */
const OPEN: KpiDefinition = {
  ...LODGED,
  id: 'open',
  measure: { kind: 'backlog', closed: 'NULL' },
  anchor: 'o.lodged_at',
};

/**
 * PROGRAMME_TIME_ZONE (real PostgreSQL): a declaration lodged 2026-03-31T20:00Z is lodged on
 * 1 April in Ulaanbaatar (UTC+8), so its figures are April's there and March's in UTC, in the
 * engine's SQL and in the benefit roll-up, figures and drill-down alike; a change of the zone
 * rebuilds the roll-up at the service's start.
 */
describe('KPI periods in the programme’s time zone (real PostgreSQL)', () => {
  const database = useTestDataSource('programme_kpi_time_zone', PROGRAMME_MIGRATIONS);
  const region = `TZ${randomUUID().slice(0, 8)}`;
  const scopeIn = (timeZone: string): KpiScope => ({
    period: 'month',
    from: dayStart('2026-03-01', timeZone),
    to: dayStart('2026-05-01', timeZone),
    region,
    statusType: null,
    timeZone,
  });
  const figures = async (kpi: KpiDefinition, timeZone: string) =>
    (await kpiValues(database.dataSource, kpi, scopeIn(timeZone))).map((v) => [v.period, v.sample]);
  const rollupDays = async () =>
    (
      (await database.dataSource.query(
        `SELECT day FROM declaration_benefit_daily WHERE region = $1 AND declarations <> 0 ORDER BY day`,
        [region],
      )) as { day: Date }[]
    ).map((row) => row.day);

  /** A declaration lodged 2026-03-31T20:00Z (1 April in Ulaanbaatar), released green to an AEO. */
  const benefitFact = (declarationId: string): BenefitFact => ({
    declarationId,
    lodgement: {
      eventId: randomUUID(),
      lodgedAt: '2026-03-31T20:00:00Z',
      region,
      customsOffice: 'TZ01',
      traderTaxpayerId: '8000001',
      customsValue: '1000',
      currency: 'MNT',
    },
    decision: {
      eventId: randomUUID(),
      decisionId: randomUUID(),
      decidedAt: '2026-03-31T20:05:00Z',
      channel: 'green',
      aeoStatusType: 'AEOC',
      benefits: [],
      priority: false,
    },
  });
  /** Both sides of the declaration folded in one transaction (as an instance of `timeZone` does). */
  const foldBoth = (fact: BenefitFact, timeZone: string) =>
    database.dataSource.transaction(async (manager) => {
      for (const side of ['lodgement', 'decision'] as const) await foldSides(manager, side, [fact], timeZone);
    });
  const rollupCount = async () =>
    (
      (await database.dataSource.query(
        `SELECT day, sum(declarations)::int AS declarations FROM declaration_benefit_daily WHERE region = $1
         GROUP BY day HAVING sum(declarations) <> 0 ORDER BY day`,
        [region],
      )) as { day: Date; declarations: number }[]
    ).map((row) => [row.day, row.declarations]);
  /** Waits until `count` statements of this database wait for a lock (bounded). */
  const lockWaiters = async (count: number) => {
    for (let polls = 0; polls < 400; polls++) {
      const [{ waiting }] = (await database.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )) as { waiting: number }[];
      if (waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`fewer than ${count} statements waited for a lock`);
  };

  beforeAll(async () => {
    const runner = database.dataSource;
    await runner.query(
      `CREATE TABLE tz_lodged (process_id text PRIMARY KEY, region text, status_type text, lodged_at timestamptz NOT NULL)`,
    );
    // The last instant of March in Ulaanbaatar, then the first of April there (still March in UTC).
    await runner.query(
      `INSERT INTO tz_lodged VALUES ('D1', $1, NULL, '2026-03-31T15:59:59.999Z'), ('D2', $1, NULL, '2026-03-31T20:00:00Z')`,
      [region],
    );
  });

  it('starts each period where PostgreSQL’s date_trunc in the zone does, across daylight-saving changes', async () => {
    // Daylight-saving days among them (Berlin's, New York's, Havana's and the Azores' at midnight, forward and
    // back: a local midnight passed twice is its second time); Chatham is 13:45 ahead.
    const zones = [
      UB,
      'Europe/Berlin',
      'America/New_York',
      'America/Havana',
      'Atlantic/Azores',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ];
    const instants = [
      '2026-03-08T12:00:00Z',
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-11-01T04:30:00Z',
      '2026-11-01T05:30:00Z',
      '2026-12-31T20:00:00Z',
    ];
    for (const zone of zones)
      for (const instant of instants)
        for (const period of PERIODS) {
          const [{ start }] = (await database.dataSource.query(`SELECT date_trunc($1, $2::timestamptz, $3) AS start`, [
            period,
            instant,
            zone,
          ])) as { start: Date }[];
          expect([zone, instant, period, periodStart(new Date(instant), period, zone)]).toEqual([
            zone,
            instant,
            period,
            start,
          ]);
        }
  });

  it('starts each local day where PostgreSQL does, a midnight skipped or passed twice included', async () => {
    const days = [
      ['America/Havana', '2026-03-08'],
      ['America/Havana', '2026-11-01'],
      ['Atlantic/Azores', '2026-03-29'],
      ['Atlantic/Azores', '2026-10-25'],
      [UB, '2026-04-01'],
    ] as const;
    for (const [zone, day] of days) {
      const [{ start }] = (await database.dataSource.query(`SELECT $1::timestamp AT TIME ZONE $2 AS start`, [
        day,
        zone,
      ])) as { start: Date }[];
      expect([zone, day, dayStart(day, zone)]).toEqual([zone, day, start]);
    }
  });

  it('buckets an anchor by the local calendar: the engine’s SQL and its periods agree', async () => {
    expect(await figures(LODGED, UB)).toEqual([
      ['2026-03', 1],
      ['2026-04', 1],
    ]);
    expect(await figures(LODGED, 'UTC')).toEqual([
      ['2026-03', 2],
      ['2026-04', 0],
    ]);
    // A backlog is taken at the local end of each period: at the end of March there, D1 only.
    expect(await figures(OPEN, UB)).toEqual([
      ['2026-03', 1],
      ['2026-04', 2],
    ]);
  });

  it('rolls a benefit declaration up into its local day, so it counts in April there', async () => {
    const fact = benefitFact(`TZ-${region}`);
    // The service's start in Ulaanbaatar: the roll-up, made in UTC so far, is now of its days.
    expect(await alignBenefitRollupTimeZone(database.dataSource, UB)).toBe(true);
    for (const side of ['lodgement', 'decision'] as const)
      await database.dataSource.transaction((manager) => foldSides(manager, side, [fact], UB));
    expect(await rollupDays()).toEqual([new Date('2026-03-31T16:00:00Z')]);
    const share = findKpi('aeo-declaration-share')!;
    expect(await figures(share, UB)).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
    const page = await kpiEvents(database.dataSource, share, scopeIn(UB), { limit: 10 });
    expect(page.items.map((item) => item.period)).toEqual(['2026-04', '2026-04']);
  });

  it('rebuilds the roll-up when the time zone changes, and only then', async () => {
    const share = findKpi('aeo-declaration-share')!;
    expect(await alignBenefitRollupTimeZone(database.dataSource, UB)).toBe(false);
    expect(await alignBenefitRollupTimeZone(database.dataSource, 'UTC')).toBe(true);
    expect(await rollupDays()).toEqual([new Date('2026-03-31T00:00:00Z')]);
    expect(await figures(share, 'UTC')).toEqual([
      ['2026-03', 1],
      ['2026-04', 0],
    ]);
    expect(await alignBenefitRollupTimeZone(database.dataSource, UB)).toBe(true);
    expect(await rollupDays()).toEqual([new Date('2026-03-31T16:00:00Z')]);
    expect(await figures(share, UB)).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
  });
  it('answers 503 for benefit figures read in another zone than the roll-up’s recorded one (a rolling change)', async () => {
    // An instance still of UTC, after one of Ulaanbaatar rebuilt the roll-up: its days are Ulaanbaatar's.
    await alignBenefitRollupTimeZone(database.dataSource, UB);
    const share = findKpi('aeo-declaration-share')!;
    const read = kpiValues(database.dataSource, share, scopeIn('UTC'));
    await expect(read).rejects.toBeInstanceOf(ServiceUnavailableException);
    await expect(read).rejects.toThrow(
      "The benefit roll-up's days are of Asia/Ulaanbaatar (recorded by the instance that rebuilt it) but this instance reads them in UTC (PROGRAMME_TIME_ZONE): its aeo-declaration-share figures would be wrong; retry (another instance answers) or restart this one with PROGRAMME_TIME_ZONE=Asia/Ulaanbaatar",
    );
    // The instance of the recorded zone answers; KPIs over other relations answer in any zone.
    expect(await figures(share, UB)).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
    expect(await figures(LODGED, 'UTC')).toEqual([
      ['2026-03', 2],
      ['2026-04', 0],
    ]);
  });

  it('refuses a batch folded in another zone than the roll-up’s recorded one, as a failure retried', async () => {
    // An instance still of UTC in a rolling deploy, after one of Ulaanbaatar rebuilt the roll-up.
    await alignBenefitRollupTimeZone(database.dataSource, UB);
    const before = await rollupCount();
    const refusal = await foldBoth(benefitFact(`TZ-old-${region}`), 'UTC').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ code: 'P0001' });
    expect((refusal as Error).message).toBe(
      "the benefit roll-up's days are of Asia/Ulaanbaatar (recorded by the instance that rebuilt it) but this instance folds in UTC (PROGRAMME_TIME_ZONE): the batch is refused and retried",
    );
    // Not a data exception (22xxx) or integrity violation (23xxx): retried, never dead-lettered.
    expect(isPermanentFailure(refusal)).toBe(false);
    expect(await rollupCount()).toEqual(before);
  });

  it('makes a fold that waited for a rebuild use the zone the rebuild recorded', async () => {
    await alignBenefitRollupTimeZone(database.dataSource, UB);
    const rebuild = database.dataSource.createQueryRunner();
    await rebuild.startTransaction();
    let folds: Promise<unknown>[] = [];
    try {
      // A new instance rebuilds the roll-up in UTC; meanwhile one of each zone folds a declaration.
      expect(await alignBenefitRollupTimeZone(rebuild.manager, 'UTC')).toBe(true);
      folds = [foldBoth(benefitFact(`TZ-ub-${region}`), UB), foldBoth(benefitFact(`TZ-utc-${region}`), 'UTC')].map(
        (fold) =>
          fold.then(
            () => 'folded',
            (error: { code?: string }) => error.code,
          ),
      );
      await lockWaiters(2);
    } finally {
      await rebuild.commitTransaction();
      await rebuild.release();
    }
    // Ulaanbaatar's batch is refused (and would be retried), UTC's is added to the rebuilt roll-up.
    expect(await Promise.all(folds)).toEqual(['P0001', 'folded']);
    const declarations = (await database.dataSource.query(
      `SELECT count(*)::int AS n FROM declaration_benefit_facts WHERE region = $1 AND declaration_event_id IS NOT NULL
         AND decision_event_id IS NOT NULL`,
      [region],
    )) as { n: number }[];
    expect(await rollupCount()).toEqual([[new Date('2026-03-31T00:00:00Z'), declarations[0]!.n]]);
  });
  describe('at the service’s start', () => {
    let limited: DataSource;
    beforeAll(async () => {
      // The service's pool with a statement limit far shorter than the rebuild (DATABASE_STATEMENT_TIMEOUT_MS).
      limited = new DataSource(
        dataSourceOptionsFor({
          service: 'programme-tz-start',
          url: database.url,
          entities: [],
          migrations: PROGRAMME_MIGRATIONS,
          env: { DATABASE_POOL_SIZE: '2', DATABASE_STATEMENT_TIMEOUT_MS: '250' },
        }),
      );
      await limited.initialize();
    });
    afterAll(async () => {
      if (limited?.isInitialized) await limited.destroy();
    });
    const startIn = (timeZone: string) =>
      new BenefitRollupTimeZone(limited, { PROGRAMME_TIME_ZONE: timeZone } as ProgrammeConfig).onModuleInit();

    it('fails when PostgreSQL does not know the time zone, before touching the roll-up', async () => {
      const recorded = await benefitRollupZone(database.dataSource);
      await expect(startIn('Asia/Nowhere')).rejects.toThrow(
        'PROGRAMME_TIME_ZONE Asia/Nowhere is not a time zone PostgreSQL knows (not in pg_timezone_names)',
      );
      expect(await benefitRollupZone(database.dataSource)).toBe(recorded);
    });

    it('rebuilds past the pool’s statement limit, waiting (and saying so) for the roll-up another transaction holds', async () => {
      const said: string[] = [];
      let saidWaiting = () => undefined as void;
      const waiting = new Promise<void>((resolve) => (saidWaiting = resolve));
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
        said.push(String(message));
        if (String(message).startsWith('waiting')) saidWaiting();
      });
      // A batch of the recorded zone (UTC) folded and not yet committed: it holds the roll-up.
      const fold = database.dataSource.createQueryRunner();
      await fold.startTransaction();
      let start: Promise<unknown> = Promise.resolve();
      try {
        expect(await benefitRollupZone(database.dataSource)).toBe('UTC');
        await foldSides(fold.manager, 'lodgement', [benefitFact(`TZ-held-${region}`)], 'UTC');
        let settled = false;
        start = startIn(UB)
          .then(
            () => 'started',
            (error: Error) => error.message,
          )
          .finally(() => (settled = true));
        await Promise.race([waiting, start]);
        // Held until the start's statement has waited past the 250 ms limit (by the server's clock).
        for (let polls = 0; polls < 400; polls++) {
          const [{ waited }] = (await database.dataSource.query(
            `SELECT count(*)::int AS waited FROM pg_stat_activity WHERE datname = current_database()
               AND query LIKE '%declaration_benefit_rollup_in%' AND wait_event_type = 'Lock'
               AND clock_timestamp() - query_start > interval '1 second'`,
          )) as { waited: number }[];
          if (waited > 0 || settled) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await fold.commitTransaction();
        await fold.release();
      }
      expect(await start).toBe('started');
      warn.mockRestore();
      expect(said[0]).toBe(
        'rebuilding the benefit roll-up in Asia/Ulaanbaatar (PROGRAMME_TIME_ZONE; its days are of UTC) from every declaration',
      );
      expect(said[1]).toBe(
        "waiting for the benefit roll-up's locks (another instance rebuilding it, or a fold's batch) to align it with PROGRAMME_TIME_ZONE Asia/Ulaanbaatar",
      );
      expect(said[2]).toMatch(
        /^the benefit roll-up was rebuilt in Asia\/Ulaanbaatar \(PROGRAMME_TIME_ZONE changed\) in \d+ ms: \d+ rows counting \d+ declarations$/,
      );
      expect(said).toHaveLength(3);
      expect(await benefitRollupZone(database.dataSource)).toBe(UB);
      expect((await rollupCount()).map(([day]) => day)).toEqual([new Date('2026-03-31T16:00:00Z')]);
    });
  });
});
