import { NO_AEO } from '../aeo-status/aeo-benefits';
import {
  DEFAULT_RISK_MODEL,
  RiskModelInput,
  decayWeight,
  riskModelOverridesSchema,
  scoreRisk,
  withOverrides,
} from './risk-model';

const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const window = (declarations: number, customsValue = 0) => ({ declarations, customsValue, duties: 0 });
const regular = { d30: window(10, 100_000), d90: window(30, 300_000), d365: window(120, 1_000_000) };
const input = (overrides: Partial<RiskModelInput> = {}): RiskModelInput => ({
  compliance: [],
  windows: regular,
  aeo: NO_AEO,
  ...overrides,
});
const contribution = (result: ReturnType<typeof scoreRisk>, factor: string) =>
  result.factors.find((f) => f.factor === factor)?.contribution;

describe('risk model', () => {
  it('gives a clean regular trader the baseline only', () => {
    const result = scoreRisk(input(), DEFAULT_RISK_MODEL, NOW);
    expect(result.score).toBe(DEFAULT_RISK_MODEL.baseline);
    expect(result.factors).toEqual([expect.objectContaining({ factor: 'baseline', contribution: 20 })]);
    expect(result.modelVersion).toBe('risk-model.v1');
  });

  it('decays compliance events exponentially: half the weight after one half-life', () => {
    expect(decayWeight(0, 180)).toBe(1);
    expect(decayWeight(180, 180)).toBeCloseTo(0.5);
    expect(decayWeight(360, 180)).toBeCloseTo(0.25);
    const fresh = scoreRisk(input({ compliance: [{ severity: 'serious', occurredAt: NOW }] }), DEFAULT_RISK_MODEL, NOW);
    const old = scoreRisk(
      input({ compliance: [{ severity: 'serious', occurredAt: daysAgo(180) }] }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(contribution(fresh, 'compliance-history')).toBe(20);
    expect(contribution(old, 'compliance-history')).toBe(10);
    expect(fresh.score).toBeGreaterThan(old.score);
  });

  it('weighs severities in order and ignores events beyond the horizon', () => {
    const scores = (['minor', 'moderate', 'serious', 'critical'] as const).map(
      (severity) =>
        scoreRisk(input({ compliance: [{ severity, occurredAt: daysAgo(10) }] }), DEFAULT_RISK_MODEL, NOW).score,
    );
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(new Set(scores).size).toBe(4);
    const ancient = scoreRisk(
      input({ compliance: [{ severity: 'critical', occurredAt: daysAgo(6 * 365) }] }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(contribution(ancient, 'compliance-history')).toBeUndefined();
  });

  it('caps the compliance history and keeps the score within 0–100', () => {
    const many = Array.from({ length: 50 }, () => ({ severity: 'critical' as const, occurredAt: NOW }));
    const capped = scoreRisk(
      input({ compliance: many, windows: { d30: window(0), d90: window(0, 1e12), d365: window(0) } }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(contribution(capped, 'compliance-history')).toBe(DEFAULT_RISK_MODEL.complianceCap);
    expect(capped.score).toBeLessThanOrEqual(100);
    const extreme = scoreRisk(input({ compliance: many }), withOverrides({ complianceCap: 100, baseline: 100 }), NOW);
    expect(extreme.score).toBe(100);
    const zero = scoreRisk(input(), withOverrides({ baseline: 0 }), NOW);
    expect(zero.score).toBe(0);
  });

  it('adds points for a limited history and for a large value exposure', () => {
    const newcomer = scoreRisk(
      input({ windows: { d30: window(0), d90: window(0), d365: window(0) } }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(contribution(newcomer, 'limited-history')).toBe(DEFAULT_RISK_MODEL.limitedHistoryPoints);
    const bigValue = scoreRisk(
      input({ windows: { ...regular, d90: window(30, 100_000_000) } }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(contribution(bigValue, 'value-exposure')).toBe(10);
  });

  it('lowers the score for an AEO per part in force, and explains it', () => {
    const compliance = [{ severity: 'moderate' as const, occurredAt: daysAgo(30) }];
    const plain = scoreRisk(input({ compliance }), DEFAULT_RISK_MODEL, NOW);
    const aeoc = scoreRisk(
      input({ compliance, aeo: { statusType: 'AEOC', customs: true, security: false, basis: 'x' } }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    const aeof = scoreRisk(
      input({ compliance, aeo: { statusType: 'AEOF', customs: true, security: true, basis: 'x' } }),
      DEFAULT_RISK_MODEL,
      NOW,
    );
    expect(aeoc.score).toBeCloseTo(plain.score * 0.75, 0);
    expect(aeof.score).toBeLessThan(aeoc.score);
    expect(aeof.factors.at(-1)).toMatchObject({ factor: 'aeo-status', detail: expect.stringContaining('AEOF') });
    expect(contribution(aeof, 'aeo-status')).toBeLessThan(0);
  });

  it('accepts partial overrides and rejects bad ones', () => {
    expect(withOverrides({ halfLifeDays: 90, severityPoints: { critical: 50 } })).toMatchObject({
      halfLifeDays: 90,
      severityPoints: { minor: 3, critical: 50 },
    });
    expect(riskModelOverridesSchema.safeParse({ halfLifeDays: -1 }).success).toBe(false);
    expect(riskModelOverridesSchema.safeParse({ unknownWeight: 1 }).success).toBe(false);
  });
});
