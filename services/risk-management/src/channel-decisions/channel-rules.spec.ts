import { AEO_BENEFITS, AeoStanding, NO_AEO } from '../aeo-status/aeo-benefits';
import {
  ChannelRules,
  DEFAULT_CHANNEL_RULES,
  DeclarationFacts,
  channelRulesWithOverrides,
  decideChannel,
  seededDraw,
} from './channel-rules';

const declaration = (overrides: Partial<DeclarationFacts> = {}): DeclarationFacts => ({
  declarationId: 'DCL-1',
  commodityChapters: ['84'],
  customsValue: 10_000,
  currency: 'MNT',
  ...overrides,
});
const regular = { riskScore: 20, previousDeclarations: 50 };
const noRandom: ChannelRules = channelRulesWithOverrides({ randomRedRate: 0, randomYellowRate: 0 });
const alwaysRandom = (red: number, yellow: number) =>
  channelRulesWithOverrides({ randomRedRate: red, randomYellowRate: yellow });
const standing = (
  statusType: 'AEOC' | 'AEOS' | 'AEOF',
  parts: { customs: boolean; security: boolean },
): AeoStanding => ({
  statusType,
  ...parts,
  basis: `${statusType} authorisation MN-AEO-0001 effective 2026-01-05`,
});
const AEOF = standing('AEOF', { customs: true, security: true });
const AEOF_SECURITY_SUSPENDED = standing('AEOF', { customs: true, security: false });
const benefitNames = (decision: ReturnType<typeof decideChannel>) => decision.benefitsApplied.map((b) => b.benefit);

describe('channel rules', () => {
  it('releases a regular trader with nothing fired (green)', () => {
    const decision = decideChannel(declaration(), regular, NO_AEO, noRandom, 'seed');
    expect(decision).toMatchObject({
      channel: 'green',
      firedRules: [],
      benefitsApplied: [],
      priority: false,
      priorNotice: false,
      riskScore: 20,
    });
  });

  it('sends a high-risk commodity chapter to red, naming the chapter', () => {
    const decision = decideChannel(declaration({ commodityChapters: ['84', '93'] }), regular, NO_AEO, noRandom, 'seed');
    expect(decision.channel).toBe('red');
    expect(decision.firedRules).toEqual([
      { rule: 'high-risk-commodity', channel: 'red', reason: expect.stringContaining('93') },
    ]);
  });

  it('uses the score thresholds for red and yellow', () => {
    expect(decideChannel(declaration(), { ...regular, riskScore: 75 }, NO_AEO, noRandom, 's').firedRules).toEqual([
      { rule: 'risk-score', channel: 'red', reason: 'risk score 75 ≥ 70' },
    ]);
    expect(decideChannel(declaration(), { ...regular, riskScore: 50 }, NO_AEO, noRandom, 's')).toMatchObject({
      channel: 'yellow',
      firedRules: [{ rule: 'risk-score', channel: 'yellow' }],
    });
  });

  it('checks the first declaration of a new trader and high values documentarily', () => {
    expect(decideChannel(declaration(), { ...regular, previousDeclarations: 0 }, NO_AEO, noRandom, 's')).toMatchObject({
      channel: 'yellow',
      firedRules: [{ rule: 'new-trader', reason: 'first declaration of this trader' }],
    });
    expect(decideChannel(declaration({ customsValue: 2_500_000_000 }), regular, NO_AEO, noRandom, 's')).toMatchObject({
      channel: 'yellow',
      firedRules: [{ rule: 'high-value', reason: expect.stringContaining('2500000000 MNT') }],
    });
  });

  it('takes the strictest channel of all fired rules', () => {
    const decision = decideChannel(
      declaration({ commodityChapters: ['93'], customsValue: 2_500_000_000 }),
      { riskScore: 50, previousDeclarations: 0 },
      NO_AEO,
      noRandom,
      's',
    );
    expect(decision.channel).toBe('red');
    expect(decision.firedRules.map((r) => r.rule)).toEqual([
      'high-risk-commodity',
      'risk-score',
      'new-trader',
      'high-value',
    ]);
  });

  it('selects at random with the configured rate and says so', () => {
    const decision = decideChannel(declaration(), regular, NO_AEO, alwaysRandom(1, 0), 's');
    expect(decision).toMatchObject({
      channel: 'red',
      randomSelection: { rate: 1, selected: true },
      firedRules: [{ rule: 'random-selection', channel: 'red' }],
    });
    expect(decideChannel(declaration(), regular, NO_AEO, alwaysRandom(0, 1), 's')).toMatchObject({
      channel: 'yellow',
      firedRules: [{ rule: 'random-selection', channel: 'yellow' }],
    });
  });

  it('applies AEO benefits: lower score (at most 20% of the red threshold), reduced rates, priority and prior notice', () => {
    const decision = decideChannel(
      declaration({ customsValue: 2_000_000 }),
      { ...regular, riskScore: 75 },
      AEOF,
      noRandom,
      's',
    );
    expect(decision.riskScore).toBe(61);
    expect(decision.channel).toBe('yellow');
    expect(benefitNames(decision)).toEqual([
      AEO_BENEFITS.riskScoreReduction,
      AEO_BENEFITS.reducedPhysicalInspection,
      AEO_BENEFITS.reducedDocumentaryControls,
      AEO_BENEFITS.priorityIfSelected,
      AEO_BENEFITS.priorNotice,
    ]);
    expect(decision.benefitsApplied.find((b) => b.benefit === AEO_BENEFITS.reducedPhysicalInspection)?.basis).toContain(
      'AEOF authorisation MN-AEO-0001 effective 2026-01-05',
    );
    expect(decision).toMatchObject({ priority: true, priorNotice: true });
    const rates = decideChannel(declaration(), regular, AEOF, DEFAULT_CHANNEL_RULES, 's').randomSelection.rate;
    expect(rates).toBeCloseTo((DEFAULT_CHANNEL_RULES.randomRedRate + DEFAULT_CHANNEL_RULES.randomYellowRate) * 0.2);
  });

  it('does not lower a score below zero, and gives no priority to a green declaration', () => {
    const decision = decideChannel(declaration(), { ...regular, riskScore: 5 }, AEOF, noRandom, 's');
    expect(decision).toMatchObject({ riskScore: 0, channel: 'green', priority: false, priorNotice: false });
    expect(benefitNames(decision)).not.toContain(AEO_BENEFITS.priorityIfSelected);
  });

  it('gives an AEOC only the customs benefits and an AEOS only the security ones', () => {
    expect(
      benefitNames(
        decideChannel(declaration(), regular, standing('AEOC', { customs: true, security: false }), noRandom, 's'),
      ),
    ).toEqual([AEO_BENEFITS.riskScoreReduction, AEO_BENEFITS.reducedDocumentaryControls]);
    expect(
      benefitNames(
        decideChannel(declaration(), regular, standing('AEOS', { customs: false, security: true }), noRandom, 's'),
      ),
    ).toEqual([AEO_BENEFITS.riskScoreReduction, AEO_BENEFITS.reducedPhysicalInspection]);
  });

  it('removes only the security benefit when the security part is suspended', () => {
    const full = decideChannel(declaration(), regular, AEOF, DEFAULT_CHANNEL_RULES, 's');
    const suspended = decideChannel(declaration(), regular, AEOF_SECURITY_SUSPENDED, DEFAULT_CHANNEL_RULES, 's');
    expect(benefitNames(full)).toContain(AEO_BENEFITS.reducedPhysicalInspection);
    expect(benefitNames(suspended)).not.toContain(AEO_BENEFITS.reducedPhysicalInspection);
    expect(benefitNames(suspended)).toEqual(
      expect.arrayContaining([AEO_BENEFITS.reducedDocumentaryControls, AEO_BENEFITS.riskScoreReduction]),
    );
    expect(suspended.randomSelection.rate).toBeCloseTo(
      DEFAULT_CHANNEL_RULES.randomRedRate + DEFAULT_CHANNEL_RULES.randomYellowRate * 0.2,
    );
  });

  it('draws reproducibly from the seed and declaration id', () => {
    expect(seededDraw('seed-a', 'DCL-1')).toBe(seededDraw('seed-a', 'DCL-1'));
    // The draw of every release so far (48 bits of SHA-256 of seed, NUL, id): a decision taken again is the same.
    expect(seededDraw('seed-a', 'DCL-1')).toBe(0.8695756669292933);
    expect(seededDraw('seed-a', 'DCL-1')).not.toBe(seededDraw('seed-b', 'DCL-1'));
    expect(seededDraw('seed-a', 'DCL-1')).not.toBe(seededDraw('seed-a', 'DCL-2'));
    const first = decideChannel(declaration(), regular, AEOF, DEFAULT_CHANNEL_RULES, 'seed-a');
    expect(decideChannel(declaration(), regular, AEOF, DEFAULT_CHANNEL_RULES, 'seed-a')).toEqual(first);
    const draws = Array.from({ length: 1000 }, (_, i) => seededDraw('s', `DCL-${i}`));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('selects at the configured rates over 10,000 declarations, and about five times fewer for an AEOF', () => {
    const count = 10_000;
    const tally = (aeo: AeoStanding, seed: string) => {
      const channels = { green: 0, yellow: 0, red: 0 };
      for (let i = 0; i < count; i++)
        channels[
          decideChannel(declaration({ declarationId: `SYN-${i}` }), regular, aeo, DEFAULT_CHANNEL_RULES, seed).channel
        ] += 1;
      return channels;
    };
    // Binomial standard deviation at n=10,000 is ≤ 0.26 percentage points for these rates; allow ~4σ.
    const plain = tally(NO_AEO, 'stats-seed');
    expect(plain.red / count).toBeCloseTo(DEFAULT_CHANNEL_RULES.randomRedRate, 1);
    expect(Math.abs(plain.red / count - 0.03)).toBeLessThan(0.007);
    expect(Math.abs(plain.yellow / count - 0.07)).toBeLessThan(0.011);
    const aeo = tally(AEOF, 'stats-seed');
    expect(Math.abs(aeo.red / count - 0.006)).toBeLessThan(0.0035);
    expect(Math.abs(aeo.yellow / count - 0.014)).toBeLessThan(0.005);
    expect(tally(NO_AEO, 'another-seed')).not.toEqual(plain);
  });
});
