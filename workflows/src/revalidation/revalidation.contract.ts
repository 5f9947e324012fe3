import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import type { RiskRecommendation } from '../risk/risk.contract';
import { safeText } from '@aeo/contracts/common';

/**
 * Deterministic id: one revalidation workflow per authorisation, for its whole life (each
 * revalidation cycle continues as new under the same id).
 */
export const revalidationWorkflowId = (authorisationNumber: string) => `revalidation-${authorisationNumber}`;

const days = (max: number) => z.number().int().min(1).max(max);
const text = (max: number) => safeText.trim().min(1).max(max);
const reasons = z.array(text(2000)).min(1, 'give at least one reason').max(20);
const isoDateTime = z.iso.datetime({ offset: true });

/**
 * The programme's periods for an authorisation's life after the grant (domain.md: every 3 years
 * by default, at most 4; reminders 90 and 30 days ahead). The applications service passes those
 * of the programme version the authorisation was granted under.
 */
export const revalidationPolicySchema = z.strictObject({
  /** Months between revalidations (C-TPAT: at most 4 years). */
  intervalMonths: z.number().int().min(12).max(48).default(36),
  /** Reminders to the operator and its contact officer this many days before the due date. */
  reminderDaysBefore: z.array(days(365)).max(5).default([90, 30]),
  /** The operator's period to update its self-assessment once a cycle starts. */
  selfAssessmentDays: days(365).default(60),
  /** The validation report is due this many days after the case opens. */
  validationDays: days(365).default(90),
  /** The validator is reminded this many days before the report is due. */
  reminderDays: days(90).default(14),
  /** The holder's period to comment on the grounds of an intended revocation. */
  hearingDays: days(365).default(30),
  /** The holder states its remedial measures within this many days of a suspension. */
  remediationPlanDays: days(365).default(30),
  /** The longest remediation period a holder may ask for. */
  maxRemediationDays: days(730).default(180),
  /** A revocation or surrender takes effect at most this many days after it is decided. */
  maxEffectDays: z.number().int().min(0).max(365).default(90),
});
export type RevalidationPolicy = z.output<typeof revalidationPolicySchema>;

export const TRIGGER_SOURCES = ['scheduled', 'regional-office', 'risk-alert', 'reported-change', 'watchdog'] as const;
export type TriggerSource = (typeof TRIGGER_SOURCES)[number];

/** What starts a revalidation before its due date. Its id makes a repeated trigger harmless. */
export const revalidationTriggerSchema = z.strictObject({
  triggerId: text(200),
  source: z.enum(TRIGGER_SOURCES),
  reason: text(2000),
  requestedBy: text(200),
  /** A site visit is called for (a security-relevant change, a serious alert). */
  siteVisit: z.boolean().default(false),
});
export type RevalidationTrigger = z.output<typeof revalidationTriggerSchema>;
export type RevalidationTriggerInput = z.input<typeof revalidationTriggerSchema>;

export const revalidationInputSchema = z.strictObject({
  authorisationNumber: text(64),
  /** The application the authorisation was granted on. */
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  taxpayerId: text(32),
  region: text(40),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']),
  programmeVersion: z.number().int().min(1).optional(),
  /** Cycle number: 1 until the first revalidation completes. */
  cycle: z.number().int().min(1).default(1),
  nextDueAt: isoDateTime,
  conditions: z.array(text(500)).max(20).default([]),
  policy: revalidationPolicySchema.default(revalidationPolicySchema.parse({})),
  /** Carried across continue-as-new: triggers not yet acted on, and the ids already seen. */
  pendingTriggers: z.array(revalidationTriggerSchema).max(50).default([]),
  seenTriggerIds: z.array(safeText).max(500).default([]),
});
export type RevalidationInput = z.input<typeof revalidationInputSchema>;
export type RevalidationWorkflowInput = z.output<typeof revalidationInputSchema>;

/**
 * Everything people do to an authorisation after the grant, as one Temporal update: the
 * workflow's validator refuses what does not fit the current stage, with the reason.
 * Customs: confirm (with conditions), suspend, reinstate, intend a revocation, revoke or drop it.
 * The holder: its updated self-assessment, a remediation plan, a suspension at its own request,
 * its comments on an intended revocation, and surrender.
 */
export const lifecycleActionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('self-assessment-updated'),
    by: text(200),
    changedQuestions: z.number().int().min(0).max(1000),
  }),
  z.strictObject({
    action: z.literal('confirm'),
    by: text(200),
    reasons,
    conditions: z.array(text(500)).max(20).default([]),
  }),
  z.strictObject({
    action: z.literal('suspend'),
    by: text(200),
    grounds: reasons,
    scope: z.enum(['whole', 'security']).default('whole'),
  }),
  z.strictObject({
    action: z.literal('request-suspension'),
    by: text(200),
    reason: text(2000),
    measures: z.array(text(2000)).min(1).max(20),
    periodDays: days(730),
  }),
  z.strictObject({
    action: z.literal('remediation-plan'),
    by: text(200),
    measures: z.array(text(2000)).min(1).max(20),
    periodDays: days(730),
  }),
  z.strictObject({ action: z.literal('reinstate'), by: text(200), reasons }),
  z.strictObject({ action: z.literal('intend-revocation'), by: text(200), grounds: reasons }),
  z.strictObject({ action: z.literal('hearing-response'), by: text(200), response: text(10_000) }),
  z.strictObject({ action: z.literal('revoke'), by: text(200), reasons, effectiveFrom: isoDateTime.optional() }),
  z.strictObject({ action: z.literal('drop-revocation'), by: text(200), reasons }),
  z.strictObject({
    action: z.literal('surrender'),
    by: text(200),
    reason: text(2000),
    effectiveFrom: isoDateTime.optional(),
  }),
]);
export type LifecycleAction = z.output<typeof lifecycleActionSchema>;

/**
 * Why a suspension of `scope` cannot apply to an authorisation of `statusType`, or undefined when
 * it can: only AEOS and AEOF authorisations have a security part to suspend on its own (AEOC is
 * the customs part alone). The API and the workflow's validator both refuse it.
 */
export function suspensionScopeProblem(
  statusType: 'AEOC' | 'AEOS' | 'AEOF',
  scope: 'whole' | 'security' | undefined,
): string | undefined {
  if (scope === 'security' && statusType === 'AEOC')
    return 'scope: an AEOC authorisation has no security part; only AEOS and AEOF security parts can be suspended on their own (suspend the whole authorisation instead)';
  return undefined;
}
export type LifecycleActionInput = z.input<typeof lifecycleActionSchema>;
export type LifecycleActionName = LifecycleAction['action'];

export type RevalidationStage =
  | 'monitoring'
  | 'self-assessment'
  | 'risk-assessment'
  | 'validation'
  | 'decision'
  | 'suspended'
  | 'revocation-hearing'
  | 'revocation-decision'
  | 'revoking'
  | 'surrendering'
  | 'revoked'
  | 'surrendered';

/** Which actions each stage takes; everything else is refused by the update's validator. */
export const ACTIONS_BY_STAGE: Record<RevalidationStage, readonly LifecycleActionName[]> = {
  monitoring: ['suspend', 'request-suspension', 'intend-revocation', 'surrender'],
  'self-assessment': ['self-assessment-updated', 'suspend', 'surrender'],
  'risk-assessment': ['suspend', 'surrender'],
  validation: ['suspend', 'surrender'],
  decision: ['confirm', 'suspend', 'intend-revocation', 'surrender'],
  suspended: ['remediation-plan', 'reinstate', 'intend-revocation', 'surrender'],
  'revocation-hearing': ['hearing-response', 'surrender'],
  'revocation-decision': ['revoke', 'drop-revocation', 'surrender'],
  revoking: [],
  surrendering: [],
  revoked: [],
  surrendered: [],
};

export interface RevalidationState {
  authorisationNumber: string;
  stage: RevalidationStage;
  cycle: number;
  nextDueAt: string;
  conditions: string[];
  /** The trigger of the running cycle. */
  trigger?: RevalidationTrigger;
  /** Triggers noted while a cycle or a suspension runs; the next cycle takes them up. */
  pendingTriggers: RevalidationTrigger[];
  selfAssessment?: { due: string; updatedBy?: string; updatedAt?: string; changedQuestions?: number };
  risk?: { score: number; recommendation: RiskRecommendation; modelVersion: string };
  validation?: {
    caseId: string;
    reportDue: string;
    siteVisitRequired: boolean;
    recommendation?: string;
    submittedBy?: string;
  };
  suspension?: {
    scope: 'whole' | 'security';
    grounds: string[];
    by: string;
    since: string;
    requestedByHolder: boolean;
    planDue: string;
    plan?: { measures: string[]; periodDays: number; by: string; remediationDue: string };
  };
  revocation?: {
    grounds: string[];
    by: string;
    respondBy: string;
    response?: { by: string; response: string };
    expired?: boolean;
    effectiveFrom?: string;
  };
  surrender?: { by: string; reason: string; effectiveFrom: string };
  history: { at: string; stage: RevalidationStage; note: string }[];
}

export interface RevalidationResult {
  outcome: 'revoked' | 'surrendered';
  effectiveFrom: string;
  cycle: number;
}

/** A trigger for an early revalidation: risk alerts, regional offices, reported changes, the watchdog. */
export const revalidationTriggerSignal = defineSignal<[RevalidationTriggerInput]>('revalidationTrigger');
/** Returns the state once the workflow has applied (and recorded) the action. */
export const lifecycleActionUpdate = defineUpdate<RevalidationState, [LifecycleActionInput]>('lifecycleAction');
export const revalidationStateQuery = defineQuery<RevalidationState>('revalidationState');

interface AuthorisationRef {
  authorisationNumber: string;
}

/** Activities on the AEO register, hosted by the applications service on `aeo-applications`. */
export interface RegisterActivities {
  /** "Revalidation due in N days" to the operator and its contact officer (once per due date and N). */
  recordRevalidationDue(input: AuthorisationRef & { revalidationDue: string; daysAhead: number }): Promise<void>;
  /** A cycle starts: the operator is asked to update its self-assessment by `selfAssessmentDue`. */
  startRevalidation(
    input: AuthorisationRef & { cycle: number; trigger: RevalidationTrigger; selfAssessmentDue: string },
  ): Promise<void>;
  /** Notes on the register's history that publish nothing (self-assessment updated, etc.). */
  noteRevalidation(
    input: AuthorisationRef & { cycle: number; note: string; by: string; details?: Record<string, unknown> },
  ): Promise<void>;
  /** Confirmed (with conditions, or after reinstatement): the next due date is set. */
  completeRevalidation(
    input: AuthorisationRef & {
      cycle: number;
      outcome: 'confirmed' | 'confirmed-with-conditions' | 'reinstated';
      decidedBy: string;
      reasons: string[];
      conditions: string[];
      nextRevalidationDue: string;
    },
  ): Promise<void>;
  recordSuspension(
    input: AuthorisationRef & {
      scope: 'whole' | 'security';
      grounds: string[];
      decidedBy: string;
      requestedByHolder: boolean;
      planDue: string;
    },
  ): Promise<void>;
  /** The remediation plan arrived, is overdue, or its period ended (reminders to customs and the holder). */
  recordSuspensionProgress(
    input: AuthorisationRef & {
      kind: 'remediation-plan-submitted' | 'remediation-plan-overdue' | 'remediation-period-ended';
      by: string;
      dueAt: string;
      measures?: string[];
    },
  ): Promise<void>;
  recordReinstatement(
    input: AuthorisationRef & { decidedBy: string; reasons: string[]; nextRevalidationDue: string },
  ): Promise<void>;
  openRevocationHearing(
    input: AuthorisationRef & { grounds: string[]; decidedBy: string; respondBy: string },
  ): Promise<void>;
  /** The holder's comments, or the intended revocation dropped. */
  noteRevocation(
    input: AuthorisationRef & { kind: 'hearing-response' | 'dropped'; by: string; text: string },
  ): Promise<void>;
  recordRevocation(
    input: AuthorisationRef & { decidedBy: string; grounds: string[]; effectiveFrom: string },
  ): Promise<void>;
  recordSurrender(
    input: AuthorisationRef & { requestedBy: string; reason: string; effectiveFrom: string },
  ): Promise<void>;
}

/** What the daily watchdog (a Temporal Schedule) needs from the applications service. */
export interface WatchdogActivities {
  /** Checks every authorisation in force against its revalidation workflow: starts missing ones, reports stuck ones. */
  repairRevalidationWorkflows(input: { now: string; stuckAfterDays: number }): Promise<WatchdogReport>;
}

export interface WatchdogReport {
  checked: number;
  healthy: number;
  started: string[];
  stuck: { authorisationNumber: string; reason: string }[];
}

export const WATCHDOG_SCHEDULE_ID = 'revalidation-watchdog';
export const watchdogWorkflowId = 'revalidation-watchdog-run';
