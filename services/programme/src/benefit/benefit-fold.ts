import type { StatusType } from '@aeo/contracts';
import { dayOf, dayStart, DEFAULT_TIME_ZONE } from '../kpis/periods';

/** What `aeo.declaration.lodged.v1` states about a declaration. */
export interface LodgementSide {
  eventId: string;
  lodgedAt: string;
  region: string;
  customsOffice: string;
  traderTaxpayerId: string;
  /** As declared (the national currency is expected; no conversion): kept as decimal text, summed exactly. */
  customsValue: string;
  currency: string;
}

/** What `aeo.channel.decided.v1` states about it. */
export interface DecisionSide {
  eventId: string;
  decisionId: string;
  decidedAt: string;
  channel: 'green' | 'yellow' | 'red';
  /** The AEO status type in force for the trader as the risk engine applied it (null: none). */
  aeoStatusType: StatusType | null;
  benefits: string[];
  priority: boolean;
}

/** One declaration as far as its events have arrived. */
export interface BenefitFact {
  declarationId: string;
  lodgement: LodgementSide | null;
  decision: DecisionSide | null;
}

/**
 * Names of the benefits the risk engine applies for our own AEO status
 * (risk-management `AEO_BENEFITS`, as they appear in its channel decisions): the documentary one
 * comes with the customs part (AEOC, AEOF), the physical one with the security part (AEOS, AEOF).
 */
export const AEO_BENEFIT_NAMES = {
  reducedDocumentaryControls: 'aeo-reduced-documentary-controls',
  reducedPhysicalInspection: 'aeo-reduced-physical-inspection',
} as const;

/**
 * The trader's AEO standing a decision applied: as the decision states it (`aeoStatusType`, null
 * for none). A decision published before the risk engine stated it (the field absent) falls back
 * to the parts its benefits show (an AEOF whose security part is suspended is AEOC); there an AEO
 * whose decision listed no AEO benefit would count as another trader.
 */
export function aeoStatusTypeOf(benefits: readonly string[], stated?: StatusType | null): StatusType | null {
  if (stated !== undefined) return stated;
  const customs = benefits.includes(AEO_BENEFIT_NAMES.reducedDocumentaryControls);
  const security = benefits.includes(AEO_BENEFIT_NAMES.reducedPhysicalInspection);
  return customs && security ? 'AEOF' : customs ? 'AEOC' : security ? 'AEOS' : null;
}

const instant = (text: string) => new Date(text).getTime();

/**
 * A declaration's lodgement: the earliest stated (then the smallest event id) wins, so two events
 * for one declaration (a resent feed record) fold to the same row in any order.
 */
export function withLodgement(fact: BenefitFact, side: LodgementSide): BenefitFact {
  const kept = fact.lodgement;
  const earlier =
    !kept ||
    instant(side.lodgedAt) < instant(kept.lodgedAt) ||
    (instant(side.lodgedAt) === instant(kept.lodgedAt) && side.eventId < kept.eventId);
  return earlier ? { ...fact, lodgement: side } : fact;
}

/**
 * A declaration's decision: the risk engine decides each declaration once; should two decisions
 * arrive (two engines, a replay), the earliest (then the smallest decision id) counts.
 */
export function withDecision(fact: BenefitFact, side: DecisionSide): BenefitFact {
  const kept = fact.decision;
  const earlier =
    !kept ||
    instant(side.decidedAt) < instant(kept.decidedAt) ||
    (instant(side.decidedAt) === instant(kept.decidedAt) && side.decisionId < kept.decisionId);
  return earlier ? { ...fact, decision: side } : fact;
}

export type AeoGroup = StatusType | 'none';

/**
 * A declaration's counts in the daily roll-up (one row per day of lodgement in the programme's time
 * zone, region and AEO group).
 */
export interface DailyContribution {
  /** The first instant of the day of lodgement in the zone (as the SQL's `date_trunc('day', lodged_at, zone)`), ISO. */
  day: string;
  region: string;
  aeoGroup: AeoGroup;
  declarations: number;
  customsValue: string;
  documentary: number;
  physical: number;
  benefited: number;
}

/**
 * An AEO declaration received a benefit when the decision's outcome shows one: released without
 * control (green). A controlled declaration (yellow or red) did not, whatever the decision listed
 * for it ("priority if selected", prior notice, a lowered score or selection rate that did not
 * spare it the control): the decision does not state a control it waived or lowered.
 */
export const receivedBenefit = (decision: DecisionSide) =>
  decision.aeoStatusType !== null && decision.channel === 'green';

/**
 * What a declaration adds to the roll-up, on its day of lodgement in `zone` (PROGRAMME_TIME_ZONE, as
 * `declaration_benefit_rollup` takes it): nothing until both its lodgement and its decision are in.
 */
export function contributionOf(fact: BenefitFact, zone = DEFAULT_TIME_ZONE): DailyContribution | null {
  const { lodgement, decision } = fact;
  if (!lodgement || !decision) return null;
  return {
    day: dayStart(dayOf(new Date(lodgement.lodgedAt), zone), zone).toISOString(),
    region: lodgement.region,
    aeoGroup: decision.aeoStatusType ?? 'none',
    declarations: 1,
    customsValue: lodgement.customsValue,
    documentary: decision.channel === 'yellow' ? 1 : 0,
    physical: decision.channel === 'red' ? 1 : 0,
    benefited: receivedBenefit(decision) ? 1 : 0,
  };
}

const negated = (c: DailyContribution): DailyContribution => ({
  ...c,
  declarations: -c.declarations,
  customsValue: c.customsValue.startsWith('-') ? c.customsValue.slice(1) : `-${c.customsValue}`,
  documentary: -c.documentary,
  physical: -c.physical,
  benefited: -c.benefited,
});

const sameContribution = (a: DailyContribution | null, b: DailyContribution | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.day === b.day &&
    a.region === b.region &&
    a.aeoGroup === b.aeoGroup &&
    a.declarations === b.declarations &&
    a.customsValue === b.customsValue &&
    a.documentary === b.documentary &&
    a.physical === b.physical &&
    a.benefited === b.benefited);

/**
 * The roll-up changes (days of `zone`) that take a declaration from its stored state to its folded
 * one (none when it counts the same).
 */
export function rollupChanges(before: BenefitFact, after: BenefitFact, zone = DEFAULT_TIME_ZONE): DailyContribution[] {
  const was = contributionOf(before, zone);
  const is = contributionOf(after, zone);
  if (sameContribution(was, is)) return [];
  return [...(was ? [negated(was)] : []), ...(is ? [is] : [])];
}
