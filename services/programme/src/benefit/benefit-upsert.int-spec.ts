import { randomUUID } from 'node:crypto';
import { useTestDataSource } from '@aeo/persistence/testing';
import { alignBenefitRollupTimeZone } from '../facts/facts.repository';
import { PROGRAMME_MIGRATIONS } from '../migrations';
import { foldSides } from './benefit-facts.consumer';
import {
  contributionOf,
  withDecision,
  withLodgement,
  type BenefitFact,
  type DecisionSide,
  type LodgementSide,
} from './benefit-fold';

// Migrating a fresh database takes a while on a loaded machine.
jest.setTimeout(120_000);

/**
 * The fold's upsert (one statement per batch and side, the earliest side kept by the statement)
 * against the fold's rules in TypeScript: the same rows and roll-up whatever the batches and order.
 */
describe('benefit fold upsert (real PostgreSQL): the rows and roll-up of the TypeScript fold, in any batches', () => {
  const database = useTestDataSource('programme_benefit_upsert', PROGRAMME_MIGRATIONS);

  type Event = { declarationId: string; lodgement?: LodgementSide; decision?: DecisionSide };
  const lodgement = (eventId: string, lodgedAt: string, customsValue: string, region: string): LodgementSide => ({
    eventId,
    lodgedAt,
    region,
    customsOffice: 'TEST01',
    traderTaxpayerId: '8000001',
    customsValue,
    currency: 'MNT',
  });
  const decision = (
    decisionId: string,
    decidedAt: string,
    channel: DecisionSide['channel'],
    aeoStatusType: DecisionSide['aeoStatusType'],
  ): DecisionSide => ({
    eventId: randomUUID(),
    decisionId,
    decidedAt,
    channel,
    aeoStatusType,
    benefits: aeoStatusType ? ['aeo-risk-score-reduction'] : [],
    priority: false,
  });

  /** One declaration's events of a scenario, under a fresh prefix and region. */
  function scenario() {
    const tag = randomUUID().slice(0, 8);
    const region = `R${tag}`;
    const id = (n: number) => `UPS-${tag}-${n}`;
    const events: Event[] = [
      // Two lodgements in the same millisecond: the smaller event id wins (microseconds are not compared).
      { declarationId: id(1), lodgement: lodgement('b-1', '2026-03-02T10:00:00.123456Z', '1000', region) },
      { declarationId: id(1), lodgement: lodgement('a-1', '2026-03-02T10:00:00.123999Z', '1000.25', region) },
      {
        declarationId: id(1),
        decision: decision('00000000-0000-4000-8000-000000000001', '2026-03-02T11:00:00Z', 'green', 'AEOC'),
      },
      // Two decisions: the earlier counts (yellow), whichever comes first.
      { declarationId: id(2), lodgement: lodgement('l-2', '2026-03-05T08:00:00Z', '3000', region) },
      {
        declarationId: id(2),
        decision: decision('00000000-0000-4000-8000-000000000003', '2026-03-05T09:00:00Z', 'green', null),
      },
      {
        declarationId: id(2),
        decision: decision('00000000-0000-4000-8000-000000000002', '2026-03-05T08:30:00Z', 'yellow', null),
      },
      // Two lodgements on different days: the earlier one's day counts.
      { declarationId: id(3), lodgement: lodgement('l-3b', '2026-03-11T08:00:00Z', '500', region) },
      { declarationId: id(3), lodgement: lodgement('l-3a', '2026-03-10T08:00:00Z', '400', region) },
      {
        declarationId: id(3),
        decision: decision('00000000-0000-4000-8000-000000000004', '2026-03-12T08:00:00Z', 'red', 'AEOF'),
      },
      // Near midnight in Ulaanbaatar (UTC+8): 23:30 on 20 March there, then 00:30 on 21 March (both 20 March in UTC).
      { declarationId: id(6), lodgement: lodgement('l-6', '2026-03-20T15:30:00Z', '600', region) },
      {
        declarationId: id(6),
        decision: decision('00000000-0000-4000-8000-000000000006', '2026-03-20T15:31:00Z', 'green', 'AEOC'),
      },
      { declarationId: id(7), lodgement: lodgement('l-7', '2026-03-20T16:30:00Z', '700', region) },
      {
        declarationId: id(7),
        decision: decision('00000000-0000-4000-8000-000000000007', '2026-03-20T16:31:00Z', 'green', 'AEOC'),
      },
      // One side only: counts nothing.
      { declarationId: id(4), lodgement: lodgement('l-4', '2026-03-15T08:00:00Z', '9000', region) },
      {
        declarationId: id(5),
        decision: decision('00000000-0000-4000-8000-000000000005', '2026-03-15T08:00:00Z', 'green', 'AEOS'),
      },
    ];
    return { tag, region, events };
  }

  const factOf = (event: Event): BenefitFact => ({
    declarationId: event.declarationId,
    lodgement: event.lodgement ?? null,
    decision: event.decision ?? null,
  });

  /** The TypeScript fold of all the events: each declaration's sides and the roll-up (days of `zone`) they add up to. */
  function expected(events: readonly Event[], zone = 'UTC') {
    const facts = new Map<string, BenefitFact>();
    for (const event of events) {
      const kept = facts.get(event.declarationId) ?? {
        declarationId: event.declarationId,
        lodgement: null,
        decision: null,
      };
      const withL = event.lodgement ? withLodgement(kept, event.lodgement) : kept;
      facts.set(event.declarationId, event.decision ? withDecision(withL, event.decision) : withL);
    }
    const rollup = new Map<
      string,
      { declarations: number; customsValue: number; documentary: number; physical: number; benefited: number }
    >();
    for (const fact of facts.values()) {
      const c = contributionOf(fact, zone);
      if (!c) continue;
      const key = `${c.day.slice(0, 16)} ${c.aeoGroup}`;
      const sum = rollup.get(key) ?? { declarations: 0, customsValue: 0, documentary: 0, physical: 0, benefited: 0 };
      rollup.set(key, {
        declarations: sum.declarations + c.declarations,
        customsValue: sum.customsValue + Number(c.customsValue),
        documentary: sum.documentary + c.documentary,
        physical: sum.physical + c.physical,
        benefited: sum.benefited + c.benefited,
      });
    }
    const rows = [...facts.values()]
      .map((f) => [f.declarationId, f.lodgement?.eventId ?? null, f.decision?.decisionId ?? null])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return { rows, rollup: Object.fromEntries([...rollup].sort(([a], [b]) => a.localeCompare(b))) };
  }

  async function stored(tag: string, region: string) {
    const facts: { declaration_id: string; declaration_event_id: string | null; decision_id: string | null }[] =
      await database.dataSource.query(
        `SELECT declaration_id, declaration_event_id, decision_id FROM declaration_benefit_facts
         WHERE declaration_id LIKE $1 ORDER BY declaration_id`,
        [`UPS-${tag}-%`],
      );
    const daily: Record<string, string | number>[] = await database.dataSource.query(
      `SELECT to_char(day AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') || ' ' || aeo_group AS key, declarations,
         customs_value::float8 AS customs_value, documentary, physical, benefited
       FROM declaration_benefit_daily WHERE region = $1 AND declarations <> 0 ORDER BY 1`,
      [region],
    );
    return {
      rows: facts.map((f) => [f.declaration_id, f.declaration_event_id, f.decision_id]),
      rollup: Object.fromEntries(
        daily.map((d) => [
          d['key'],
          {
            declarations: d['declarations'],
            customsValue: d['customs_value'],
            documentary: d['documentary'],
            physical: d['physical'],
            benefited: d['benefited'],
          },
        ]),
      ),
    };
  }

  /** Folds the events in batches of `size` (each batch of one side, as the consumer's runs are), in `zone`. */
  async function fold(events: readonly Event[], size: number, zone = 'UTC') {
    for (let start = 0; start < events.length; start += size) {
      const batch = events.slice(start, start + size);
      for (const side of ['lodgement', 'decision'] as const) {
        const facts = batch.filter((event) => event[side]).map(factOf);
        if (facts.length) await database.dataSource.transaction((manager) => foldSides(manager, side, facts, zone));
      }
    }
  }

  it.each([
    ['in order, all in one batch', (events: Event[]) => events, 100],
    ['reversed, one event a batch', (events: Event[]) => [...events].reverse(), 1],
    ['every event twice, in batches of three', (events: Event[]) => [...events, ...[...events].reverse()], 3],
    [
      'decisions before lodgements',
      (events: Event[]) => [...events.filter((e) => e.decision), ...events.filter((e) => e.lodgement)],
      2,
    ],
  ])('gives the TypeScript fold: %s', async (_name, order, size) => {
    const { tag, region, events } = scenario();
    await fold(order(events), size);
    expect(await stored(tag, region)).toEqual(expected(events));
  });

  it('gives the TypeScript fold’s local days in Asia/Ulaanbaatar, a declaration near midnight there included', async () => {
    const zone = 'Asia/Ulaanbaatar';
    await alignBenefitRollupTimeZone(database.dataSource, zone);
    const { tag, region, events } = scenario();
    await fold([...events].reverse(), 2, zone);
    const rollup = expected(events, zone).rollup;
    expect(await stored(tag, region)).toEqual(expected(events, zone));
    expect(Object.keys(rollup)).toEqual(expect.arrayContaining(['2026-03-19T16:00 AEOC', '2026-03-20T16:00 AEOC']));
  });
});
