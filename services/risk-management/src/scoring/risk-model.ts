import { z } from 'zod';
import { COMPLIANCE_SEVERITIES, safeText } from '@aeo/contracts';
import type { AeoStanding } from '../aeo-status/aeo-benefits';
import { mergeOverrides } from '../config-overrides';

/**
 * The operator risk model. A documented, configurable additive model on a 0–100 scale:
 *
 *   score = baseline
 *         + Σ compliance events  severityPoints[severity] · 0.5^(ageDays / halfLifeDays)   (capped)
 *         + limited history      limitedHistoryPoints · (1 − declarations365 / limitedHistoryDeclarations)
 *         + value exposure       valuePointsPerDecade · log10(customsValue90 / valueReference)   (capped, ≥ 0)
 *   then  × (1 − aeoDiscount[part]) for each AEO part in force (customs, security)
 *   clamped to [0, 100], one decimal.
 *
 * Every term is returned as a factor contribution, so a score can be explained to the trader.
 * The weights below are the defaults; `RISK_MODEL_JSON` overrides any of them (see config.ts).
 */
export const riskModelWeightsSchema = z.strictObject({
  version: safeText.min(1),
  baseline: z.number().min(0).max(100),
  severityPoints: z.strictObject(
    Object.fromEntries(COMPLIANCE_SEVERITIES.map((s) => [s, z.number().min(0).max(100)])) as Record<
      (typeof COMPLIANCE_SEVERITIES)[number],
      z.ZodNumber
    >,
  ),
  halfLifeDays: z.number().positive().max(3650),
  /** Older events are ignored entirely (their decayed weight is negligible anyway). */
  complianceHorizonDays: z.number().int().positive().max(3650),
  complianceCap: z.number().min(0).max(100),
  limitedHistoryDeclarations: z.number().int().positive(),
  limitedHistoryPoints: z.number().min(0).max(100),
  valueReference: z.number().positive(),
  valuePointsPerDecade: z.number().min(0).max(100),
  valueCap: z.number().min(0).max(100),
  aeoDiscount: z.strictObject({ customs: z.number().min(0).max(1), security: z.number().min(0).max(1) }),
});
export type RiskModelWeights = z.infer<typeof riskModelWeightsSchema>;

export const DEFAULT_RISK_MODEL: RiskModelWeights = Object.freeze({
  version: 'risk-model.v1',
  baseline: 20,
  severityPoints: { minor: 3, moderate: 8, serious: 20, critical: 40 },
  halfLifeDays: 180,
  complianceHorizonDays: 5 * 365,
  complianceCap: 60,
  limitedHistoryDeclarations: 12,
  limitedHistoryPoints: 15,
  valueReference: 1_000_000,
  valuePointsPerDecade: 5,
  valueCap: 10,
  aeoDiscount: { customs: 0.25, security: 0.25 },
}) as RiskModelWeights;

export type ComplianceSeverity = (typeof COMPLIANCE_SEVERITIES)[number];

export interface DeclarationWindow {
  declarations: number;
  customsValue: number;
  duties: number;
}

export interface RiskModelInput {
  compliance: readonly { severity: ComplianceSeverity; occurredAt: Date }[];
  windows: { d30: DeclarationWindow; d90: DeclarationWindow; d365: DeclarationWindow };
  aeo: AeoStanding;
}

export interface RiskFactor {
  factor: 'baseline' | 'compliance-history' | 'limited-history' | 'value-exposure' | 'aeo-status';
  contribution: number;
  detail: string;
}

export interface RiskAssessment {
  score: number;
  factors: RiskFactor[];
  modelVersion: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Weight of a compliance event of this age: 1 today, ½ after one half-life. */
export function decayWeight(ageDays: number, halfLifeDays: number): number {
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

export function scoreRisk(input: RiskModelInput, weights: RiskModelWeights, now: Date): RiskAssessment {
  const factors: RiskFactor[] = [
    { factor: 'baseline', contribution: weights.baseline, detail: 'every trader starts here' },
  ];

  let compliance = 0;
  const counts: Partial<Record<ComplianceSeverity, number>> = {};
  for (const event of input.compliance) {
    const ageDays = (now.getTime() - event.occurredAt.getTime()) / DAY_MS;
    if (ageDays > weights.complianceHorizonDays) continue;
    compliance += weights.severityPoints[event.severity] * decayWeight(ageDays, weights.halfLifeDays);
    counts[event.severity] = (counts[event.severity] ?? 0) + 1;
  }
  if (compliance > 0) {
    const capped = Math.min(compliance, weights.complianceCap);
    const summary = COMPLIANCE_SEVERITIES.filter((s) => counts[s])
      .map((s) => `${counts[s]} ${s}`)
      .join(', ');
    factors.push({
      factor: 'compliance-history',
      contribution: round1(capped),
      detail: `${summary} (half-life ${weights.halfLifeDays} days${capped < compliance ? `, capped at ${weights.complianceCap}` : ''})`,
    });
  }

  const declarations365 = input.windows.d365.declarations;
  if (declarations365 < weights.limitedHistoryDeclarations) {
    const points = weights.limitedHistoryPoints * (1 - declarations365 / weights.limitedHistoryDeclarations);
    factors.push({
      factor: 'limited-history',
      contribution: round1(points),
      detail: `${declarations365} declarations in 365 days (fewer than ${weights.limitedHistoryDeclarations})`,
    });
  }

  const value90 = input.windows.d90.customsValue;
  if (value90 > weights.valueReference) {
    const points = Math.min(
      weights.valueCap,
      weights.valuePointsPerDecade * Math.log10(value90 / weights.valueReference),
    );
    factors.push({
      factor: 'value-exposure',
      contribution: round1(points),
      detail: `customs value ${Math.round(value90)} in 90 days (reference ${weights.valueReference})`,
    });
  }

  const raw = factors.reduce((sum, factor) => sum + factor.contribution, 0);
  const discount =
    1 -
    (1 - (input.aeo.customs ? weights.aeoDiscount.customs : 0)) *
      (1 - (input.aeo.security ? weights.aeoDiscount.security : 0));
  if (discount > 0) {
    const parts = [input.aeo.customs && 'customs', input.aeo.security && 'security'].filter(Boolean).join(' and ');
    factors.push({
      factor: 'aeo-status',
      contribution: round1(-raw * discount),
      detail: `${input.aeo.statusType} in force (${parts}): −${Math.round(discount * 100)}%`,
    });
  }
  const score = round1(Math.min(100, Math.max(0, raw * (1 - discount))));
  return { score, factors, modelVersion: weights.version };
}

/** What `RISK_MODEL_JSON` may hold: any subset of the weights, nested objects too. */
export const riskModelOverridesSchema = riskModelWeightsSchema
  .extend({
    severityPoints: riskModelWeightsSchema.shape.severityPoints.partial(),
    aeoDiscount: riskModelWeightsSchema.shape.aeoDiscount.partial(),
  })
  .partial();
export type RiskModelOverrides = z.infer<typeof riskModelOverridesSchema>;

/** Merges a partial override (from `RISK_MODEL_JSON`) into the defaults. */
export function withOverrides(overrides: RiskModelOverrides): RiskModelWeights {
  return riskModelWeightsSchema.parse(mergeOverrides(DEFAULT_RISK_MODEL, overrides));
}
