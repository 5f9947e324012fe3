import { z } from 'zod';

/**
 * What a side grants the other's AEOs under a mutual recognition arrangement (domain.md,
 * "Benefits a risk engine applies"; WCO MRA Strategy Guide). The signed terms list them per
 * side and per direction; the risk engine applies those granted by us on declarations that name
 * a recognised foreign AEO.
 */
export const MRA_BENEFITS = [
  /** Fewer physical examinations: the risk score is lowered (see risk-management's channel decisions). */
  'reduced-physical-controls',
  /** Fewer documentary checks. */
  'reduced-document-controls',
  /** Shipments are cleared first when examined. */
  'priority-clearance',
  /** The partner's AEO status is taken into account in the risk assessment. */
  'risk-score-recognition',
  /** Priority when trade resumes after a disruption. */
  'business-continuity',
] as const;
export type MraBenefit = (typeof MRA_BENEFITS)[number];
export const mraBenefit = z.enum(MRA_BENEFITS);

/** The trade flows an arrangement covers. */
export const MRA_DIRECTIONS = ['import', 'export'] as const;
export type MraDirection = (typeof MRA_DIRECTIONS)[number];

/**
 * The phases of an arrangement (WCO MRA Strategy Guide 2018), in order; `suspended` and
 * `terminated` can follow any phase from `signed` on (terminated also any earlier one).
 */
export const MRA_PHASES = [
  'preparation',
  'programme-comparison',
  'joint-validation',
  'negotiation',
  'signed',
  'implementation',
  'operational',
  'suspended',
  'terminated',
] as const;
export type MraPhase = (typeof MRA_PHASES)[number];

/**
 * The signed terms of an arrangement: which of our status types (and the partner's equivalents)
 * it covers, for which trade flows, and what each side grants the other's AEOs. Carried by the
 * arrangement's phase events from `signed` on, stored with the arrangement, read by the list
 * export (status types), the recognition look-up and the risk engine (benefits we grant).
 */
export const mraTermsSchema = z.strictObject({
  /** Our status types whose holders the partner recognises (and whose data we export). */
  statusTypes: z
    .array(z.enum(['AEOC', 'AEOS', 'AEOF']))
    .min(1)
    .max(3)
    .refine((types) => new Set(types).size === types.length, 'status types must not repeat'),
  directions: z
    .array(z.enum(MRA_DIRECTIONS))
    .min(1)
    .max(2)
    .refine((directions) => new Set(directions).size === directions.length, 'directions must not repeat'),
  /** What we grant the partner's AEOs (the risk engine applies these). */
  benefitsWeGrant: z.array(mraBenefit).min(1).max(MRA_BENEFITS.length),
  /** What the partner grants ours. */
  benefitsPartnerGrants: z.array(mraBenefit).min(1).max(MRA_BENEFITS.length),
});
export type MraTerms = z.output<typeof mraTermsSchema>;
