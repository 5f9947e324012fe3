import { hash } from 'node:crypto';
import { z } from 'zod';
import type { CHANNELS, EventData, DeclarationLodged } from '@aeo/contracts';
import { AEO_BENEFITS, AeoStanding } from '../aeo-status/aeo-benefits';
import { safeText, textMatching, type MraBenefit } from '@aeo/contracts';
import { type ForeignRecognition, recognitionBasis } from '../mra-recognitions/foreign-recognition';
import { mergeOverrides } from '../config-overrides';

export type Channel = (typeof CHANNELS)[number];
const SEVERITY: Record<Channel, number> = { green: 0, yellow: 1, red: 2 };

/**
 * Channel rules: deterministic rules plus a random selection, with AEO benefits. Defaults below;
 * `CHANNEL_RULES_JSON` overrides any of them (see config.ts).
 */
export const channelRulesSchema = z.strictObject({
  version: safeText.min(1),
  /** HS chapters always inspected physically (weapons, explosives, narcotics precursors…). */
  highRiskChapters: z.array(textMatching(/^\d{2}$/, 'HS chapters are two digits')),
  redScoreThreshold: z.number().min(0).max(100),
  yellowScoreThreshold: z.number().min(0).max(100),
  /** A trader's first declaration is checked documentarily. */
  newTraderChannel: z.enum(['green', 'yellow', 'red']),
  highValueThreshold: z.number().positive(),
  /** Random selection rates (share of declarations) for a physical and a documentary check. */
  randomRedRate: z.number().min(0).max(1),
  randomYellowRate: z.number().min(0).max(1),
  aeo: z.strictObject({
    /** Random rates multiply by this for the AEO part that covers them. */
    selectionRateFactor: z.number().min(0).max(1),
    /** The score is lowered by at most this share of the red threshold (C-TPAT tier 1: 20%). */
    scoreReductionShareOfRedThreshold: z.number().min(0).max(1),
  }),
});
export type ChannelRules = z.infer<typeof channelRulesSchema>;

export const DEFAULT_CHANNEL_RULES: ChannelRules = Object.freeze({
  version: 'channel-rules.v1',
  highRiskChapters: ['36', '93', '29', '30', '71'],
  redScoreThreshold: 70,
  yellowScoreThreshold: 45,
  newTraderChannel: 'yellow',
  // Compared with the declared customs value as it is, so in the national currency (MNT here):
  // ≈ US$ 580,000, about the top tenth of declarations by value. A threshold near the median
  // would send most declarations to a documentary check and leave AEOs no visible benefit. The
  // declaration processing system is expected to declare values in the national currency; a
  // value in another currency is not converted.
  highValueThreshold: 2_000_000_000,
  randomRedRate: 0.03,
  randomYellowRate: 0.07,
  aeo: { selectionRateFactor: 0.2, scoreReductionShareOfRedThreshold: 0.2 },
}) as ChannelRules;

export type DeclarationFacts = Pick<
  EventData<typeof DeclarationLodged>,
  'declarationId' | 'commodityChapters' | 'customsValue' | 'currency'
>;

export interface TraderProfileFacts {
  riskScore: number;
  /** Declarations of this trader seen before this one. */
  previousDeclarations: number;
}

export interface FiredRule {
  rule: string;
  channel: Channel;
  reason: string;
}

export interface ChannelDecision {
  channel: Channel;
  riskScore: number;
  firedRules: FiredRule[];
  benefitsApplied: { benefit: string; basis: string }[];
  randomSelection: { draw: number; rate: number; selected: boolean };
  priority: boolean;
  priorNotice: boolean;
  modelVersion: string;
}

/** A reproducible number in [0, 1) from the seed and the declaration id (48 bits of SHA-256). */
export function seededDraw(seed: string, declarationId: string): number {
  // One-shot hashing (no Hash object a declaration): the same digest as update(seed), update(NUL), update(id).
  const digest = hash('sha256', `${seed}\u0000${declarationId}`, 'buffer');
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Benefit names of a recognised foreign AEO in channel decisions (`mra-` and the MRA benefit). */
export const mraBenefitName = (benefit: MraBenefit) => `mra-${benefit}`;

/**
 * What the foreign AEOs a declaration names bring under their arrangements: the first recognition
 * granting a benefit is its basis (the arrangement named), our own AEO benefits come first.
 */
function foreignGrants(foreign: readonly ForeignRecognition[]) {
  const basisOf = (benefit: MraBenefit) => {
    const recognition = foreign.find((known) => known.benefits.includes(benefit));
    return recognition ? recognitionBasis(recognition) : null;
  };
  return {
    score: basisOf('risk-score-recognition'),
    physical: basisOf('reduced-physical-controls'),
    documentary: basisOf('reduced-document-controls'),
    priority: basisOf('priority-clearance'),
  };
}

/**
 * Decides the control channel of one declaration. Pure: the same inputs and seed always give the
 * same decision, with every rule that fired and every AEO benefit that applied. Foreign AEOs
 * recognised under an arrangement get the benefits we grant them as our own AEOs get theirs
 * (score reduction, lower random selection rates, priority), unless our own already apply.
 */
export function decideChannel(
  declaration: DeclarationFacts,
  profile: TraderProfileFacts,
  aeo: AeoStanding,
  rules: ChannelRules,
  seed: string,
  foreign: readonly ForeignRecognition[] = [],
): ChannelDecision {
  const firedRules: FiredRule[] = [];
  const benefitsApplied: { benefit: string; basis: string }[] = [];
  const aeoInForce = aeo.customs || aeo.security;
  const basis = aeo.basis ?? '';
  const grants = foreignGrants(foreign);

  let riskScore = profile.riskScore;
  const scoreBasis = aeoInForce ? basis : grants.score;
  if (scoreBasis !== null) {
    const reduction = Math.min(riskScore, rules.aeo.scoreReductionShareOfRedThreshold * rules.redScoreThreshold);
    riskScore = round1(riskScore - reduction);
    benefitsApplied.push({
      benefit: aeoInForce ? AEO_BENEFITS.riskScoreReduction : mraBenefitName('risk-score-recognition'),
      basis: `${scoreBasis}: score ${profile.riskScore} lowered by ${round1(reduction)}`,
    });
  }

  const risky = declaration.commodityChapters.filter((chapter) => rules.highRiskChapters.includes(chapter));
  if (risky.length)
    firedRules.push({
      rule: 'high-risk-commodity',
      channel: 'red',
      reason: `HS chapter ${risky.join(', ')} is on the high-risk list`,
    });
  if (riskScore >= rules.redScoreThreshold)
    firedRules.push({
      rule: 'risk-score',
      channel: 'red',
      reason: `risk score ${riskScore} ≥ ${rules.redScoreThreshold}`,
    });
  else if (riskScore >= rules.yellowScoreThreshold)
    firedRules.push({
      rule: 'risk-score',
      channel: 'yellow',
      reason: `risk score ${riskScore} ≥ ${rules.yellowScoreThreshold}`,
    });
  if (profile.previousDeclarations === 0 && rules.newTraderChannel !== 'green') {
    firedRules.push({
      rule: 'new-trader',
      channel: rules.newTraderChannel,
      reason: 'first declaration of this trader',
    });
  }
  if (declaration.customsValue >= rules.highValueThreshold) {
    firedRules.push({
      rule: 'high-value',
      channel: 'yellow',
      reason: `customs value ${declaration.customsValue} ${declaration.currency} ≥ ${rules.highValueThreshold}`,
    });
  }

  const physicalBasis = aeo.security ? basis : grants.physical;
  const documentaryBasis = aeo.customs ? basis : grants.documentary;
  const redRate = rules.randomRedRate * (physicalBasis !== null ? rules.aeo.selectionRateFactor : 1);
  const yellowRate = rules.randomYellowRate * (documentaryBasis !== null ? rules.aeo.selectionRateFactor : 1);
  if (physicalBasis !== null)
    benefitsApplied.push({
      benefit: aeo.security ? AEO_BENEFITS.reducedPhysicalInspection : mraBenefitName('reduced-physical-controls'),
      basis: `${physicalBasis}: random physical selection ${rules.randomRedRate} → ${round4(redRate)}`,
    });
  if (documentaryBasis !== null)
    benefitsApplied.push({
      benefit: aeo.customs ? AEO_BENEFITS.reducedDocumentaryControls : mraBenefitName('reduced-document-controls'),
      basis: `${documentaryBasis}: random documentary selection ${rules.randomYellowRate} → ${round4(yellowRate)}`,
    });

  const draw = seededDraw(seed, declaration.declarationId);
  const rate = Math.min(1, redRate + yellowRate);
  const selected = draw < rate;
  if (selected) {
    const channel: Channel = draw < redRate ? 'red' : 'yellow';
    firedRules.push({
      rule: 'random-selection',
      channel,
      reason: `random draw ${round4(draw)} < ${channel === 'red' ? `physical rate ${round4(redRate)}` : `selection rate ${round4(rate)}`}`,
    });
  }

  const channel = firedRules.reduce<Channel>(
    (worst, fired) => (SEVERITY[fired.channel] > SEVERITY[worst] ? fired.channel : worst),
    'green',
  );
  const flagged = aeoInForce && channel !== 'green';
  if (flagged) {
    benefitsApplied.push(
      { benefit: AEO_BENEFITS.priorityIfSelected, basis },
      { benefit: AEO_BENEFITS.priorNotice, basis },
    );
  }
  const foreignPriority = !flagged && grants.priority !== null && channel !== 'green';
  if (foreignPriority) benefitsApplied.push({ benefit: mraBenefitName('priority-clearance'), basis: grants.priority! });
  return {
    channel,
    riskScore,
    firedRules,
    benefitsApplied,
    randomSelection: { draw, rate, selected },
    priority: flagged || foreignPriority,
    priorNotice: flagged,
    modelVersion: rules.version,
  };
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** What `CHANNEL_RULES_JSON` may hold: any subset of the rules. */
export const channelRulesOverridesSchema = channelRulesSchema
  .extend({ aeo: channelRulesSchema.shape.aeo.partial() })
  .partial();
export type ChannelRulesOverrides = z.infer<typeof channelRulesOverridesSchema>;

export function channelRulesWithOverrides(overrides: ChannelRulesOverrides): ChannelRules {
  return channelRulesSchema.parse(mergeOverrides(DEFAULT_CHANNEL_RULES, overrides));
}
