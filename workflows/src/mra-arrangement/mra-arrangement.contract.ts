import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { MRA_PHASES, type MraPhase, mraTermsSchema } from '@aeo/contracts/mra';
import { isCalendarDate, safeText, textMatching } from '@aeo/contracts/common';

/** Deterministic id: one workflow per arrangement, for its whole life (each review period continues as new). */
export const mraArrangementWorkflowId = (arrangementId: string) => `mra-arrangement-${arrangementId}`;

const text = (max: number) => safeText.trim().min(1).max(max);
const texts = (max: number, items: number) => z.array(text(max)).max(items);
const by = text(200);
/** The roles of the person taking the step, as the API found them in the token (for the audit trail). */
const byRoles = z.array(text(64)).max(10).default([]);
const isoDateTime = z.iso.datetime({ offset: true });
/** The earliest date of an arrangement's step (a visit, a round, a test, a signature). */
export const MRA_EARLIEST_STEP_DATE = '2000-01-01';
/**
 * The day a step took place: a calendar date (2026-02-31 is refused), from 2000 on. A pattern and
 * arithmetic, as zod's date check does not run inside the workflow sandbox.
 */
const stepDate = () =>
  textMatching(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-11-01')
    .refine(isCalendarDate, 'must be a day of the calendar, such as 2026-11-01')
    .refine((date) => date >= MRA_EARLIEST_STEP_DATE, `must be ${MRA_EARLIEST_STEP_DATE} or later`);

/** The periodic review of an operational arrangement: its period and the reminders ahead of it. */
export const mraReviewPolicySchema = z.strictObject({
  /** Months between reviews (WCO MRA Strategy Guide: periodically, typically every 3 years). */
  intervalMonths: z.number().int().min(6).max(120).default(36),
  /** Reminders to MRA officers and executives this many days before the review is due. */
  reminderDaysBefore: z
    .array(z.number().int().min(1).max(365))
    .max(5)
    .refine((days) => new Set(days).size === days.length, 'reminder days must not repeat')
    .default([90, 30]),
});
export type MraReviewPolicy = z.output<typeof mraReviewPolicySchema>;
export type MraReviewPolicyInput = z.input<typeof mraReviewPolicySchema>;

export const MRA_COMPARISON_ASSESSMENTS = ['equivalent', 'partially-equivalent', 'gap'] as const;

/** One line of the programme comparison: the partner's criterion set beside ours. */
export const comparisonEntrySchema = z.strictObject({
  /** Our criterion's key in the programme's criteria catalogue (e.g. `security.physical-access`). */
  ourCriterion: text(200),
  partnerCriterion: text(500),
  assessment: z.enum(MRA_COMPARISON_ASSESSMENTS),
  note: text(2000).optional(),
});
export type ComparisonEntry = z.output<typeof comparisonEntrySchema>;

// Each step as the workflow takes it: what the person gave, who (`by`, `byRoles`, set by the API from the token).
export const advanceStepSchema = z.strictObject({
  step: z.literal('advance'),
  by,
  byRoles,
  /** The next phase; each move has its precondition (a comparison recorded, a visit made, a passed test). */
  to: z.enum(['programme-comparison', 'joint-validation', 'negotiation', 'implementation', 'operational']),
  note: text(2000).optional(),
});
/** The whole mapping each time (a later recording replaces the earlier one). */
export const comparisonStepSchema = z.strictObject({
  step: z.literal('record-comparison'),
  by,
  byRoles,
  entries: z.array(comparisonEntrySchema).min(1).max(500),
});
export const visitStepSchema = z.strictObject({
  step: z.literal('record-visit'),
  by,
  byRoles,
  date: stepDate(),
  /** The site (and operator) visited together with the partner's officers. */
  site: text(500),
  operator: text(300).optional(),
  ourObservations: texts(2000, 50).min(1),
  partnerObservations: texts(2000, 50).min(1),
});
export const negotiationRoundStepSchema = z.strictObject({
  step: z.literal('record-negotiation-round'),
  by,
  byRoles,
  date: stepDate(),
  notes: text(10_000),
});
export const signStepSchema = z.strictObject({
  step: z.literal('sign'),
  by,
  byRoles,
  /** The signed text (or its reference and summary). */
  text: text(100_000),
  signedOn: stepDate(),
  terms: mraTermsSchema,
});
export const exchangeTestStepSchema = z.strictObject({
  step: z.literal('record-exchange-test'),
  by,
  byRoles,
  date: stepDate(),
  outcome: z.enum(['passed', 'failed']),
  notes: text(5000).optional(),
});
export const reviewStepSchema = z.strictObject({
  step: z.literal('complete-review'),
  by,
  byRoles,
  findings: texts(5000, 50).min(1),
  /** Another period for the next review; the current one otherwise. */
  intervalMonths: z.number().int().min(6).max(120).optional(),
});
export const reviewPolicyStepSchema = z.strictObject({
  step: z.literal('set-review-policy'),
  by,
  byRoles,
  intervalMonths: z.number().int().min(6).max(120),
  reminderDaysBefore: mraReviewPolicySchema.shape.reminderDaysBefore.optional(),
});
const reasoned = <S extends string>(step: S) =>
  z.strictObject({ step: z.literal(step), by, byRoles, reason: text(2000) });
export const suspendStepSchema = reasoned('suspend');
export const resumeStepSchema = reasoned('resume');
export const terminateStepSchema = reasoned('terminate');

/** What an MRA officer (or, for sign and terminate, an executive) does to an arrangement, as one Temporal update. */
export const arrangementStepSchema = z.discriminatedUnion('step', [
  advanceStepSchema,
  comparisonStepSchema,
  visitStepSchema,
  negotiationRoundStepSchema,
  signStepSchema,
  exchangeTestStepSchema,
  reviewStepSchema,
  reviewPolicyStepSchema,
  suspendStepSchema,
  resumeStepSchema,
  terminateStepSchema,
]);
export type ArrangementStep = z.output<typeof arrangementStepSchema>;
export type ArrangementStepInput = z.input<typeof arrangementStepSchema>;
export type ArrangementStepName = ArrangementStep['step'];

/** Which steps each phase takes; everything else is refused by the update's validator, with the reason. */
export const STEPS_BY_PHASE: Record<MraPhase, readonly ArrangementStepName[]> = {
  preparation: ['advance', 'set-review-policy', 'terminate'],
  'programme-comparison': ['record-comparison', 'advance', 'set-review-policy', 'terminate'],
  'joint-validation': ['record-visit', 'advance', 'set-review-policy', 'terminate'],
  negotiation: ['record-negotiation-round', 'sign', 'set-review-policy', 'terminate'],
  signed: ['advance', 'set-review-policy', 'suspend', 'terminate'],
  implementation: ['record-exchange-test', 'advance', 'set-review-policy', 'suspend', 'terminate'],
  operational: ['complete-review', 'set-review-policy', 'suspend', 'terminate'],
  suspended: ['resume', 'set-review-policy', 'terminate'],
  terminated: [],
};

/** The phase an `advance` reaches from each phase (the others do not advance). */
export const NEXT_PHASE: Partial<Record<MraPhase, MraPhase>> = {
  preparation: 'programme-comparison',
  'programme-comparison': 'joint-validation',
  'joint-validation': 'negotiation',
  signed: 'implementation',
  implementation: 'operational',
};

/** What the arrangement has done so far in the phases that need it before moving on. */
export const arrangementProgressSchema = z.strictObject({
  comparisonEntries: z.number().int().min(0).default(0),
  gaps: z.number().int().min(0).default(0),
  visits: z.number().int().min(0).default(0),
  negotiationRounds: z.number().int().min(0).default(0),
  lastExchangeTest: z.enum(['passed', 'failed']).nullable().default(null),
  reviewsCompleted: z.number().int().min(0).default(0),
});
export type ArrangementProgress = z.output<typeof arrangementProgressSchema>;

export const mraArrangementInputSchema = z.strictObject({
  arrangementId: z.uuid(),
  partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
  partnerAdministration: text(300),
  title: text(300),
  policy: mraReviewPolicySchema.default(mraReviewPolicySchema.parse({})),
  // Carried across continue-as-new (a new arrangement starts in preparation with none of them).
  phase: z.enum(MRA_PHASES).default('preparation'),
  /** While suspended: the phase a resumption returns to. */
  suspendedFrom: z.enum(['signed', 'implementation', 'operational']).optional(),
  terms: mraTermsSchema.optional(),
  reviewDueAt: isoDateTime.optional(),
  /** Reminders already sent, as `<reviewDueAt>/<daysBefore>`. */
  remindersSent: z.array(text(100)).max(50).default([]),
  progress: arrangementProgressSchema.default(arrangementProgressSchema.parse({})),
});
export type MraArrangementInput = z.input<typeof mraArrangementInputSchema>;
export type MraArrangementWorkflowInput = z.output<typeof mraArrangementInputSchema>;

export interface MraArrangementState {
  arrangementId: string;
  partnerCountry: string;
  title: string;
  phase: MraPhase;
  suspendedFrom?: MraPhase;
  terms?: z.output<typeof mraTermsSchema>;
  reviewDueAt?: string;
  policy: MraReviewPolicy;
  progress: ArrangementProgress;
  /** Steps and reminders of this run (the full history is the mra service's). */
  history: { at: string; phase: MraPhase; note: string }[];
}

export interface MraArrangementResult {
  phase: 'terminated';
  terminatedBy: string;
  reason: string;
}

/** Returns the state once the workflow has recorded the step. */
export const arrangementStepUpdate = defineUpdate<MraArrangementState, [ArrangementStepInput]>('arrangementStep');
export const mraArrangementStateQuery = defineQuery<MraArrangementState>('mraArrangementState');

/** A step as the mra service records it: the arrangement's row, its record, the event and the audit entry, in one transaction. */
export interface ArrangementStepRecord {
  arrangementId: string;
  step: ArrangementStepName;
  by: string;
  byRoles: string[];
  /** The step's content as given (comparison entries, visit, round, test, findings, reason, ...). */
  details: Record<string, unknown>;
  summary: string;
  from: MraPhase;
  /** Equal to `from` for a step that does not change the phase. */
  to: MraPhase;
  reason?: string;
  terms?: z.output<typeof mraTermsSchema>;
  signedOn?: string;
  reviewDueAt?: string | null;
  suspendedFrom?: MraPhase | null;
  policy: MraReviewPolicy;
}

/** Activities hosted by the mra service on `TASK_QUEUES.mraArrangements`. */
export interface MraArrangementActivities {
  /** Records a step once (keyed by the activity's identity in its run); a retry changes nothing. */
  recordArrangementStep(input: ArrangementStepRecord): Promise<void>;
  /** "Review due in N days" to MRA officers and executives (once per review date and N). */
  recordArrangementReviewDue(input: { arrangementId: string; reviewDueAt: string; daysBefore: number }): Promise<void>;
}
