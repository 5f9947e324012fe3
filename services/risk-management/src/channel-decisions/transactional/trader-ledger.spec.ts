import type { DeclarationLodged, EventData } from '@aeo/contracts';
import type { AeoStatusRecord } from '../../aeo-status/aeo-benefits';
import { type RecordedDeclaration, scoreDeclarationBatch } from '../../risk-profiles/declaration-scoring';
import { emptyWindows } from '../../risk-profiles/risk-profiles.repository';
import { DEFAULT_RISK_MODEL } from '../../scoring/risk-model';
import { type TraderFacts, TraderLedger, windowsOf } from './trader-ledger';

const NOW = new Date('2026-12-04T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

let sequence = 0;
function declaration(trader: string, lodgedDaysAgo: number, customsValue = 50_000): RecordedDeclaration {
  sequence += 1;
  const data = {
    declarationId: `DCL-${sequence}`,
    lodgedAt: daysAgo(lodgedDaysAgo),
    traderTaxpayerId: trader,
    customsValue,
    duties: customsValue / 10,
  } as EventData<typeof DeclarationLodged>;
  return { declaration: data, sourceEventId: `event-${sequence}` };
}

const AEO: AeoStatusRecord = {
  taxpayerId: 'T2',
  operatorId: '00000000-0000-4000-8000-000000000002',
  authorisationNumber: 'MN-AEO-0002',
  statusType: 'AEOF',
  status: 'granted',
  suspendedScope: null,
  effectiveFrom: new Date('2025-01-01T00:00:00Z'),
  statusEffectiveFrom: new Date('2025-01-01T00:00:00Z'),
  consentToMraSharing: true,
};
const facts = (overrides: Partial<Record<string, Partial<TraderFacts>>> = {}) =>
  new Map(
    ['T1', 'T2', 'T3'].map((id): [string, TraderFacts] => [
      id,
      {
        compliance: id === 'T3' ? [{ severity: 'serious', occurredAt: new Date(NOW.getTime() - 40 * DAY) }] : [],
        aeoStatus: id === 'T2' ? AEO : null,
        storedScore: null,
        storedScoredAt: null,
        ...overrides[id],
      },
    ]),
  );
const unknownTraders = ['T1', 'T2', 'T3'].map((taxpayerId) => ({
  taxpayerId,
  declarationsTotal: 0,
  riskScore: null,
  scoredAt: null,
  days: [],
}));

/** Declarations of three traders over two years, in the order they were lodged. */
function history(): RecordedDeclaration[] {
  const items: RecordedDeclaration[] = [];
  for (let day = 700; day >= 0; day -= 7)
    for (const trader of ['T1', 'T2', 'T3'])
      if ((day + trader.charCodeAt(1)) % 3 !== 0) items.push(declaration(trader, day, 10_000 * (1 + (day % 13))));
  return items;
}

describe('TraderLedger', () => {
  it('scores batch after batch as one batch of them all scores (the database path does the same)', () => {
    const all = history();
    const before = new Map(
      ['T1', 'T2', 'T3'].map((id) => {
        const known = facts().get(id)!;
        return [id, { declarationsCounted: 0, riskScore: null, windows: emptyWindows(), ...known }];
      }),
    );
    const whole = scoreDeclarationBatch(all, before, NOW, DEFAULT_RISK_MODEL);

    const ledger = new TraderLedger(DEFAULT_RISK_MODEL);
    ledger.load(unknownTraders);
    const scorings = [];
    const history_ = [];
    for (let from = 0; from < all.length; from += 17) {
      const part = ledger.record(all.slice(from, from + 17), facts(), NOW);
      scorings.push(...part.scorings);
      history_.push(...part.writes.history);
    }
    expect(scorings).toEqual(whole.scorings);
    expect(history_).toEqual(whole.writes.history);
    // A score that differs between the windows (30, 90, 365 days) and the count.
    expect(new Set(scorings.map((s) => s.assessment.score)).size).toBeGreaterThan(5);
    expect(scorings.at(-1)!.previousDeclarations).toBeGreaterThan(50);
  });

  it('loads a trader as stored (its buckets summed as the database sums its windows) and counts on', () => {
    const ledger = new TraderLedger(DEFAULT_RISK_MODEL);
    const today = Math.floor(NOW.getTime() / DAY);
    const storedDays = [
      { day: daysAgo(0).slice(0, 10), declarations: 2, customsValue: 200, duties: 20 },
      { day: daysAgo(45).slice(0, 10), declarations: 3, customsValue: 300, duties: 30 },
      { day: daysAgo(200).slice(0, 10), declarations: 4, customsValue: 400, duties: 40 },
      { day: daysAgo(400).slice(0, 10), declarations: 5, customsValue: 500, duties: 50 },
    ];
    ledger.load([{ taxpayerId: 'T1', declarationsTotal: 14, riskScore: 31, scoredAt: NOW, days: storedDays }]);
    const days = new Map(storedDays.map((d) => [Math.floor(Date.parse(`${d.day}T00:00:00Z`) / DAY), d]));
    expect(windowsOf(days, today)).toEqual({
      d30: { declarations: 2, customsValue: 200, duties: 20 },
      d90: { declarations: 5, customsValue: 500, duties: 50 },
      d365: { declarations: 9, customsValue: 900, duties: 90 },
    });
    const item = declaration('T1', 0, 1000);
    const { scorings } = ledger.record([item], facts(), NOW);
    const expected = scoreDeclarationBatch(
      [item],
      new Map([
        [
          'T1',
          {
            declarationsCounted: 14,
            riskScore: 31,
            windows: {
              d30: { declarations: 2, customsValue: 200, duties: 20 },
              d90: { declarations: 5, customsValue: 500, duties: 50 },
              d365: { declarations: 9, customsValue: 900, duties: 90 },
            },
            compliance: [],
            aeoStatus: null,
          },
        ],
      ]),
      NOW,
      DEFAULT_RISK_MODEL,
    );
    expect(scorings).toEqual(expected.scorings);
    expect(scorings[0].previousDeclarations).toBe(14);
  });

  it('undoes an aborted batch: the next batch is scored as if the first had never been', () => {
    const first = [declaration('T1', 3), declaration('T3', 400), declaration('T1', 10)];
    const second = [declaration('T1', 1), declaration('T3', 2)];
    const fresh = new TraderLedger(DEFAULT_RISK_MODEL);
    fresh.load(unknownTraders);
    const without = fresh.record(second, facts(), NOW);

    const ledger = new TraderLedger(DEFAULT_RISK_MODEL);
    ledger.load(unknownTraders);
    ledger.record(first, facts(), NOW).undo();
    const again = ledger.record(second, facts(), NOW);
    expect(again.scorings).toEqual(without.scorings);
    expect(again.writes.history).toEqual(without.writes.history);
  });

  it('follows a rescore stored since its own last score (the score history names it as the previous)', () => {
    const ledger = new TraderLedger(DEFAULT_RISK_MODEL);
    ledger.load(unknownTraders);
    const first = ledger.record([declaration('T1', 0)], facts(), NOW);
    const own = first.writes.history.at(-1)!.score;
    const later = new Date(NOW.getTime() + 1000);
    const rescored = facts({ T1: { storedScore: 77, storedScoredAt: later } });
    const second = ledger.record([declaration('T1', 0)], rescored, new Date(later.getTime() + 1000));
    expect(second.writes.history[0]).toMatchObject({ previous: 77 });
    // A stored score older than its own is not: the ledger's own one is newer.
    const stale = facts({ T1: { storedScore: 5, storedScoredAt: new Date(NOW.getTime() - 1000) } });
    const third = ledger.record([declaration('T1', 0, 5_000_000)], stale, new Date(later.getTime() + 2000));
    expect(third.writes.history[0]).toMatchObject({ previous: second.writes.history.at(-1)!.score });
    expect([own, second.writes.history.at(-1)!.score]).not.toContain(77);
  });

  it('refuses a batch naming a trader it has not loaded', () => {
    const ledger = new TraderLedger(DEFAULT_RISK_MODEL);
    expect(ledger.missing(['T1', 'T1', 'T2'])).toEqual(['T1', 'T2']);
    expect(() => ledger.record([declaration('T1', 0)], facts(), NOW)).toThrow('trader T1 is not loaded');
  });
});
