import {
  aeoStatusTypeOf,
  contributionOf,
  rollupChanges,
  withDecision,
  withLodgement,
  type BenefitFact,
  type DecisionSide,
  type LodgementSide,
} from './benefit-fold';

const lodgement = (over: Partial<LodgementSide> = {}): LodgementSide => ({
  eventId: 'e-lodged',
  lodgedAt: '2026-03-02T23:30:00.000Z',
  region: 'ULAANBAATAR',
  customsOffice: 'UB01',
  traderTaxpayerId: '1234567',
  customsValue: '1500000.25',
  currency: 'MNT',
  ...over,
});
const decision = (over: Partial<DecisionSide> = {}): DecisionSide => ({
  eventId: 'e-decided',
  decisionId: '00000000-0000-4000-8000-000000000001',
  decidedAt: '2026-03-02T23:30:01.000Z',
  channel: 'yellow',
  aeoStatusType: 'AEOC',
  benefits: ['aeo-risk-score-reduction', 'aeo-reduced-documentary-controls', 'aeo-priority-if-selected'],
  priority: true,
  ...over,
});
const empty: BenefitFact = { declarationId: 'D-1', lodgement: null, decision: null };

describe('benefit fold', () => {
  it('reads the status type in force from the AEO benefits the decision applied', () => {
    expect(aeoStatusTypeOf(['aeo-risk-score-reduction', 'aeo-reduced-documentary-controls'])).toBe('AEOC');
    expect(aeoStatusTypeOf(['aeo-reduced-physical-inspection'])).toBe('AEOS');
    expect(aeoStatusTypeOf(['aeo-reduced-physical-inspection', 'aeo-reduced-documentary-controls'])).toBe('AEOF');
    // A recognised foreign AEO's benefits are not our AEO status.
    expect(aeoStatusTypeOf(['mra-reduced-physical-controls', 'mra-risk-score-recognition'])).toBeNull();
    expect(aeoStatusTypeOf([])).toBeNull();
  });

  it('takes the standing the decision states over its benefits (the inference only for older decisions)', () => {
    // An AEO controlled with no AEO benefit listed is still an AEO; a stated none is none.
    expect(aeoStatusTypeOf([], 'AEOS')).toBe('AEOS');
    expect(aeoStatusTypeOf(['aeo-reduced-documentary-controls'], 'AEOF')).toBe('AEOF');
    expect(aeoStatusTypeOf(['aeo-reduced-documentary-controls'], null)).toBeNull();
    expect(aeoStatusTypeOf(['aeo-reduced-documentary-controls'], undefined)).toBe('AEOC');
  });

  it('folds the two sides to the same declaration in either order', () => {
    const a = withDecision(withLodgement(empty, lodgement()), decision());
    const b = withLodgement(withDecision(empty, decision()), lodgement());
    expect(a).toEqual(b);
    expect(contributionOf(a)).toEqual({
      day: '2026-03-02T00:00:00.000Z',
      region: 'ULAANBAATAR',
      aeoGroup: 'AEOC',
      declarations: 1,
      customsValue: '1500000.25',
      documentary: 1,
      physical: 0,
      benefited: 0,
    });
  });

  it('counts a declaration on its day of lodgement in the programme’s time zone, as the SQL roll-up does', () => {
    const UB = 'Asia/Ulaanbaatar';
    const counted = (lodgedAt: string, zone?: string) =>
      contributionOf(withDecision(withLodgement(empty, lodgement({ lodgedAt })), decision()), zone)!.day;
    // 00:30 on 3 March in Ulaanbaatar (UTC+8) is still 2 March in UTC: its day starts at 16:00Z the day before.
    expect(counted('2026-03-02T16:30:00.000Z', UB)).toBe('2026-03-02T16:00:00.000Z');
    expect(counted('2026-03-02T16:30:00.000Z')).toBe('2026-03-02T00:00:00.000Z');
    // A second before midnight in Ulaanbaatar: 2 March there.
    expect(counted('2026-03-02T15:59:59.999Z', UB)).toBe('2026-03-01T16:00:00.000Z');
    // The last day of March in Ulaanbaatar is already April there: the month the KPIs put it in.
    expect(counted('2026-03-31T20:00:00.000Z', UB)).toBe('2026-03-31T16:00:00.000Z');
    const lodged = withLodgement(empty, lodgement({ lodgedAt: '2026-03-02T16:30:00.000Z' }));
    expect(rollupChanges(lodged, withDecision(lodged, decision()), UB)).toEqual([
      expect.objectContaining({ day: '2026-03-02T16:00:00.000Z', declarations: 1 }),
    ]);
  });

  it('keeps the earliest of two lodgements or two decisions, whatever their order', () => {
    const early = decision({ decidedAt: '2026-03-02T23:30:01.000Z', channel: 'green' });
    const late = decision({
      decisionId: '00000000-0000-4000-8000-000000000000',
      decidedAt: '2026-03-03T10:00:00.000Z',
      channel: 'red',
    });
    expect(withDecision(withDecision(empty, late), early)).toEqual(withDecision(withDecision(empty, early), late));
    expect(withDecision(withDecision(empty, late), early).decision).toBe(early);
    const first = lodgement({ eventId: 'e-b' });
    const resent = lodgement({ eventId: 'e-a' });
    expect(withLodgement(withLodgement(empty, first), resent).lodgement).toBe(resent);
    expect(withLodgement(withLodgement(empty, resent), first).lodgement).toBe(resent);
  });

  it('counts nothing until both sides are in, and moves the counts when the decision that counts changes', () => {
    const lodged = withLodgement(empty, lodgement());
    expect(contributionOf(lodged)).toBeNull();
    expect(rollupChanges(empty, lodged)).toEqual([]);
    const decided = withDecision(lodged, decision({ decidedAt: '2026-03-03T00:00:00.000Z', channel: 'green' }));
    expect(rollupChanges(lodged, decided)).toHaveLength(1);
    const earlier = withDecision(
      decided,
      decision({ aeoStatusType: null, benefits: [], priority: false, channel: 'red' }),
    );
    const [out, into] = rollupChanges(decided, earlier);
    expect(out).toMatchObject({
      aeoGroup: 'AEOC',
      declarations: -1,
      customsValue: '-1500000.25',
      benefited: -1,
    });
    expect(into).toMatchObject({ aeoGroup: 'none', declarations: 1, physical: 1, benefited: 0 });
    expect(rollupChanges(earlier, earlier)).toEqual([]);
  });

  it('counts an AEO declaration as benefited only when released green, not when controlled with priority', () => {
    const base = withLodgement(empty, lodgement());
    const counted = (side: Partial<DecisionSide>) => contributionOf(withDecision(base, decision(side)))!;
    expect(counted({ channel: 'green', priority: false }).benefited).toBe(1);
    expect(counted({ channel: 'red', priority: true }).benefited).toBe(0);
    expect(counted({ channel: 'yellow', priority: true }).benefited).toBe(0);
    expect(counted({ channel: 'yellow', priority: false }).benefited).toBe(0);
    expect(counted({ channel: 'green', aeoStatusType: null }).benefited).toBe(0);
    // An AEO controlled without any AEO benefit in its decision counts as an AEO, not benefited.
    const bare = counted({ channel: 'red', aeoStatusType: aeoStatusTypeOf([], 'AEOC'), benefits: [], priority: true });
    expect(bare).toMatchObject({ aeoGroup: 'AEOC', physical: 1, benefited: 0 });
  });
});
