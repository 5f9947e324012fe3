import type { StatusType } from '@aeo/contracts';

/** A row of the AEO register projection (table `aeo_status`). */
export interface AeoStatusRecord {
  taxpayerId: string;
  operatorId: string;
  authorisationNumber: string;
  statusType: StatusType;
  status: 'granted' | 'suspended' | 'revoked' | 'surrendered';
  suspendedScope: 'whole' | 'security' | null;
  /** The authorisation's own effective date (from the grant): nothing is in force before it. */
  effectiveFrom: Date;
  /** When the current status takes effect: the grant's date for a grant, else the suspension's, reinstatement's, revocation's or surrender's. */
  statusEffectiveFrom: Date;
  consentToMraSharing: boolean;
}

/**
 * Which parts of an AEO authorisation are in force at a moment. AEOC is the customs part, AEOS
 * the security part, AEOF both; a suspension of the security part leaves the customs part.
 */
export interface AeoStanding {
  statusType: StatusType | null;
  customs: boolean;
  security: boolean;
  /** Human-readable basis of the benefits, e.g. `AEOS authorisation MN-AEO-0001 effective 2026-01-05`. */
  basis: string | null;
}

export const NO_AEO: AeoStanding = Object.freeze({ statusType: null, customs: false, security: false, basis: null });

/** Benefit names, as they appear in the look-up answer and in channel decisions. */
export const AEO_BENEFITS = {
  reducedDocumentaryControls: 'aeo-reduced-documentary-controls',
  reducedPhysicalInspection: 'aeo-reduced-physical-inspection',
  riskScoreReduction: 'aeo-risk-score-reduction',
  priorityIfSelected: 'aeo-priority-if-selected',
  priorNotice: 'aeo-prior-notice',
} as const;

const hasCustomsPart = (type: StatusType) => type === 'AEOC' || type === 'AEOF';
const hasSecurityPart = (type: StatusType) => type === 'AEOS' || type === 'AEOF';
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The parts in force at `at`. Nothing is before the authorisation's own `effectiveFrom`, whatever
 * changes came since (a suspension and reinstatement before it leave it not yet in force). A
 * change applies only from its `statusEffectiveFrom`: a suspension or revocation before its date
 * leaves the grant in force.
 */
export function aeoStandingAt(record: AeoStatusRecord | null | undefined, at: Date): AeoStanding {
  if (!record || record.effectiveFrom.getTime() > at.getTime()) return NO_AEO;
  const changed = record.status !== 'granted' && record.statusEffectiveFrom.getTime() <= at.getTime();
  const customs = hasCustomsPart(record.statusType);
  let security = hasSecurityPart(record.statusType);
  if (changed && (record.status === 'revoked' || record.status === 'surrendered')) return NO_AEO;
  if (changed && record.status === 'suspended') {
    if (record.suspendedScope === 'whole') return NO_AEO;
    security = false;
  }
  if (!customs && !security) return NO_AEO;
  const authorisation = `${record.statusType} authorisation ${record.authorisationNumber}`;
  const basis =
    record.status === 'granted'
      ? `${authorisation} effective ${day(record.effectiveFrom)}`
      : changed
        ? `${authorisation}, security part suspended from ${day(record.statusEffectiveFrom)}`
        : `${authorisation} (${record.status} from ${day(record.statusEffectiveFrom)})`;
  return { statusType: record.statusType, customs, security, basis };
}

/** The benefits an operator gets from its standing (the look-up API lists these). */
export function benefitsOf(standing: AeoStanding): string[] {
  const benefits: string[] = [];
  if (standing.customs) benefits.push(AEO_BENEFITS.reducedDocumentaryControls);
  if (standing.security) benefits.push(AEO_BENEFITS.reducedPhysicalInspection);
  if (standing.customs || standing.security)
    benefits.push(AEO_BENEFITS.riskScoreReduction, AEO_BENEFITS.priorityIfSelected, AEO_BENEFITS.priorNotice);
  return benefits;
}
