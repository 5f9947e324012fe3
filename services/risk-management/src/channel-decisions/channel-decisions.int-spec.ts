import { randomBytes, randomUUID } from 'node:crypto';
import { ChannelDecided } from '@aeo/contracts';
import type { ConsumedEvent } from '@aeo/messaging';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { consumedDeclaration, lodgedDeclaration, type LodgedDeclaration } from '../testing/declarations';
import { startRiskManagement } from '../testing/start-risk-management';
import { ChannelDecisionsService } from './channel-decisions.service';

jest.setTimeout(120_000);

const run = randomBytes(3).toString('hex').toUpperCase();
const traders = Array.from({ length: 5 }, (_, i) => `T${run}${i}`);
const DAY = 24 * 60 * 60 * 1000;
/** Statements of one batch's decision transaction, the consumer's own (begin, inbox claim, commit) not counted. */
const CHANNEL_DECISION_STATEMENTS = 7;

function lodged(index: number): ConsumedEvent<LodgedDeclaration> {
  const trader = traders[index % traders.length];
  return consumedDeclaration(
    lodgedDeclaration(trader, `D${run}-${index}`, {
      // Spread over a year, so the 30/90/365-day windows differ.
      lodgedAt: new Date(Date.now() - ((index * 7) % 400) * DAY).toISOString(),
      customsValue: 50_000 + ((index * 7919) % 900_000),
      duties: 1_000 + index,
      goodsLines: 1 + (index % 5),
      commodityChapters: [index % 11 === 0 ? '93' : '84'],
    }),
    '/aeo/test/channel-decisions',
    index,
  );
}

describe('channel decisions: a batch decides exactly as one declaration at a time (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let decisions: ChannelDecisionsService;

  beforeAll(async () => {
    // Own topics: the service's consumers do not wade through the shared topics' backlog, holding the
    // pool's connections, while the test decides its batches directly.
    service = await startRiskManagement([], { ownTopics: true });
    decisions = service.app.get(ChannelDecisionsService);
    // Trader 0 is an AEOF holder, trader 1 has a serious infringement: both change the score.
    await service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, $2, $3, 'AEOF', 'granted', now() - interval '800 days', true, now())`,
      [traders[0], randomUUID(), `MN-AEOF-${run}`],
    );
    await service.dataSource.query(
      `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description)
       VALUES ($1, $2, 'infringement', 'serious', now() - interval '20 days', 'test', 'undervaluation')`,
      [randomUUID(), traders[1]],
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  const snapshot = async () => {
    const decided: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT declaration_id, trader_taxpayer_id, channel, risk_score::float AS risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version
         FROM channel_decisions WHERE trader_taxpayer_id = ANY($1) ORDER BY declaration_id`,
      [traders],
    );
    const history: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, score::float AS score, previous_score::float AS previous_score, factors FROM risk_score_history WHERE taxpayer_id = ANY($1) ORDER BY id`,
      [traders],
    );
    const profiles: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, declarations_total::int AS total, risk_score::float AS risk_score, risk_factors, first_declaration_at, last_declaration_at, aeo_status, status_type
         FROM operator_risk_profiles WHERE taxpayer_id = ANY($1) ORDER BY taxpayer_id`,
      [traders],
    );
    const daily: Record<string, unknown>[] = await service.dataSource.query(
      `SELECT taxpayer_id, day::text AS day, declarations, customs_value::text AS customs_value, duties::text AS duties FROM declaration_daily WHERE taxpayer_id = ANY($1) ORDER BY 1, 2`,
      [traders],
    );
    const events: { n: number; subjects: string[] }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n, array_agg(subject ORDER BY seq) AS subjects FROM outbox WHERE aggregateid = ANY($1) AND type = $2`,
      [traders, ChannelDecided.type],
    );
    return { decided, history, profiles, daily, events: events[0] };
  };

  const reset = () =>
    service.dataSource.transaction(async (manager) => {
      for (const table of [
        'channel_decisions WHERE trader_taxpayer_id',
        'risk_score_history WHERE taxpayer_id',
        'operator_risk_profiles WHERE taxpayer_id',
        'declaration_daily WHERE taxpayer_id',
        'outbox WHERE aggregateid',
      ]) {
        await manager.query(`DELETE FROM ${table} = ANY($1)`, [traders]);
      }
    });

  it('gives the same decisions, scores, score history, profiles and events, and ignores a declaration seen before', async () => {
    const events = Array.from({ length: 60 }, (_, i) => lodged(i));
    // The same declaration again under a new event id, inside the batch.
    const again = { ...events[10], id: randomUUID() };

    await service.dataSource.transaction((manager) =>
      decisions.decideBatch(manager, [...events.slice(0, 30), again, ...events.slice(30)]),
    );
    const batched = await snapshot();
    // A redelivery later (another batch) changes nothing either.
    await service.dataSource.transaction((manager) => decisions.decideBatch(manager, events.slice(5, 15)));
    expect(await snapshot()).toEqual(batched);

    await reset();
    for (const event of events) await service.dataSource.transaction((manager) => decisions.decide(manager, event));
    const oneByOne = await snapshot();

    expect(batched.decided).toHaveLength(60);
    expect(batched.events.n).toBe(60);
    expect(batched).toEqual(oneByOne);
    // The model saw what it should: the AEO's benefits, the infringement, the high-risk chapter.
    const benefits = batched.decided
      .filter((d) => d['trader_taxpayer_id'] === traders[0])
      .flatMap((d) => (d['benefits_applied'] as { benefit: string }[]).map((b) => b.benefit));
    expect(benefits).toContain('aeo-risk-score-reduction');
    expect(
      batched.history.some(
        (h) => h['taxpayer_id'] === traders[1] && JSON.stringify(h['factors']).includes('compliance-history'),
      ),
    ).toBe(true);
    expect(batched.decided.find((d) => d['declaration_id'] === `D${run}-0`)!['channel']).toBe('red');
    // Each decision states the trader's AEO standing: the AEOF holder's type, null for the others.
    const stated: { trader: string; standing: string | null; present: boolean }[] = await service.dataSource.query(
      `SELECT DISTINCT aggregateid AS trader, payload->>'aeoStatusType' AS standing, payload ? 'aeoStatusType' AS present
         FROM outbox WHERE aggregateid = ANY($1) AND type = $2 ORDER BY 1`,
      [traders, ChannelDecided.type],
    );
    expect(stated).toEqual(traders.map((trader, i) => ({ trader, standing: i === 0 ? 'AEOF' : null, present: true })));
  });

  it('costs the same few statements whatever the batch size (each one a round trip to PostgreSQL)', async () => {
    await reset();
    const statementsFor = (events: readonly ConsumedEvent<LodgedDeclaration>[]) =>
      service.dataSource.transaction(async (manager) => {
        const runner = manager.queryRunner!;
        const query = runner.query.bind(runner);
        let statements = 0;
        runner.query = ((...args: Parameters<typeof query>) => {
          statements += 1;
          return query(...args);
        }) as typeof runner.query;
        await decisions.decideBatch(manager, events);
        return statements;
      });
    // Declarations naming foreign partners (the MRA read), across the traders, some decided before.
    const events = Array.from({ length: 50 }, (_, i) => {
      const event = lodged(100 + i);
      if (i % 3 === 0) event.data.foreignPartnerAeoIds = [{ country: 'CN', aeoId: `CN${run}${i}` }];
      return event;
    });
    const few = await statementsFor(events.slice(0, 5));
    const many = await statementsFor(events);
    expect(many).toBe(few);
    // Read what is decided and the register at lodgement; count (locking the profiles); read the
    // windows, compliance, register now and foreign AEOs; write buckets, scores, history and
    // decisions; the outbox's lock and rows.
    expect(many).toBe(CHANNEL_DECISION_STATEMENTS);
    const decided: { n: number }[] = await service.dataSource.query(
      'SELECT count(*)::int AS n FROM channel_decisions WHERE trader_taxpayer_id = ANY($1)',
      [traders],
    );
    expect(decided[0].n).toBe(50);
  });
});
