import type { MraTerms } from '@aeo/contracts';
import { NO_AEO } from '../aeo-status/aeo-benefits';
import { channelRulesWithOverrides, decideChannel } from '../channel-decisions/channel-rules';
import { type ForeignAeoHit, directionOf, recognisedForeignAeos } from './foreign-recognition';

const TERMS: MraTerms = {
  statusTypes: ['AEOS'],
  directions: ['import'],
  benefitsWeGrant: ['reduced-physical-controls', 'risk-score-recognition', 'priority-clearance'],
  benefitsPartnerGrants: ['reduced-physical-controls'],
};
const ARRANGEMENT = '7d0c7c8e-2f8a-4b55-9a55-0a6f3d3b9c11';
const hit = (overrides: Partial<ForeignAeoHit> = {}): ForeignAeoHit => ({
  country: 'CN',
  declaredId: 'cn 1100-000-003',
  arrangementId: ARRANGEMENT,
  aeoId: 'CN1100000003',
  statusType: 'AEOS',
  status: 'active',
  validFrom: '2025-01-01',
  validUntil: null,
  arrangementTitle: 'China–Mongolia AEO MRA',
  phase: 'operational',
  terms: TERMS,
  rank: 1,
  ...overrides,
});
const declaration = (regime: 'import' | 'export' = 'import') => ({
  regime,
  lodgedAt: '2026-06-01T08:00:00Z',
  foreignPartnerAeoIds: [{ country: 'CN', aeoId: 'cn 1100-000-003' }],
});

describe('foreign AEOs recognised for a declaration', () => {
  it('recognises an active entry under an operational arrangement covering the direction', () => {
    expect(recognisedForeignAeos(declaration(), [hit()])).toEqual([
      {
        country: 'CN',
        aeoId: 'CN1100000003',
        arrangementId: ARRANGEMENT,
        arrangementTitle: 'China–Mongolia AEO MRA',
        benefits: TERMS.benefitsWeGrant,
      },
    ]);
    expect(directionOf('inward-processing')).toBe('import');
    expect(directionOf('re-export')).toBe('export');
  });

  it.each([
    ['suspended on the list', hit({ status: 'suspended' })],
    ['under a suspended arrangement', hit({ phase: 'suspended' })],
    ['expired', hit({ validUntil: '2026-05-31' })],
    ['not yet valid', hit({ validFrom: '2026-06-02' })],
    ['of a status type the arrangement does not cover', hit({ statusType: 'AEOC' })],
  ])('recognises nothing %s', (_, entry) => {
    expect(recognisedForeignAeos(declaration(), [entry])).toEqual([]);
  });

  it('recognises nothing for a direction the terms do not cover, nor for an ambiguous identifier', () => {
    expect(recognisedForeignAeos(declaration('export'), [hit()])).toEqual([]);
    expect(recognisedForeignAeos(declaration(), [hit(), hit({ aeoId: 'CN 1100000003' })])).toEqual([]);
    // An exact entry wins over a normalised one.
    expect(recognisedForeignAeos(declaration(), [hit({ rank: 0 }), hit({ aeoId: 'x', rank: 1 })])).toHaveLength(1);
  });

  it('decides on the best kind of match alone: an exact hit on a suspended entry never falls through to an active normalised one', () => {
    const suspendedExact = hit({ aeoId: 'cn 1100-000-003', status: 'suspended', rank: 0 });
    expect(recognisedForeignAeos(declaration(), [suspendedExact, hit({ rank: 1 })])).toEqual([]);
    // Entries removed from the list and arrangements terminated are passed over.
    for (const gone of [hit({ status: 'removed', rank: 0 }), hit({ phase: 'terminated', rank: 0 })]) {
      expect(recognisedForeignAeos(declaration(), [gone, hit({ rank: 1 })])).toHaveLength(1);
    }
  });
});

describe('channel decisions for a recognised foreign AEO', () => {
  const rules = channelRulesWithOverrides({ randomRedRate: 0.5, randomYellowRate: 0 });
  const recognised = recognisedForeignAeos(declaration(), [hit()]);
  const facts = { declarationId: 'D-1', commodityChapters: ['84'], customsValue: 10_000, currency: 'MNT' };
  const profile = { riskScore: 50, previousDeclarations: 10 };

  it('lowers the score and the physical selection rate, naming the arrangement in the reasons', () => {
    const decision = decideChannel(facts, profile, NO_AEO, rules, 'seed', recognised);
    const basis = `recognised AEO CN1100000003 of the partner CN under MRA China–Mongolia AEO MRA (${ARRANGEMENT})`;
    expect(decision.riskScore).toBe(36);
    expect(decision.randomSelection.rate).toBe(0.1);
    expect(decision.benefitsApplied).toEqual(
      expect.arrayContaining([
        { benefit: 'mra-risk-score-recognition', basis: `${basis}: score 50 lowered by 14` },
        { benefit: 'mra-reduced-physical-controls', basis: `${basis}: random physical selection 0.5 → 0.1` },
      ]),
    );
  });

  it('grants nothing without a recognition', () => {
    const decision = decideChannel(facts, profile, NO_AEO, rules, 'seed', []);
    expect(decision).toMatchObject({ riskScore: 50, benefitsApplied: [], randomSelection: { rate: 0.5 } });
  });
});
