import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { z } from 'zod';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import type { SearchAttributePair } from '@temporalio/common';
import {
  DEVIATION_PHASES,
  type DeviationOutcome,
  isCalendarDate,
  regionCode,
  safeText,
  STATUS_TYPES,
  textMatching,
  trimmedVisibleMultilineText,
} from '@aeo/contracts/common';

/**
 * The deviation procedure of the programme's quality monitoring (issue 16): a KPI crossed its
 * threshold for a scope (national or a region, and a status type when the KPI has one) and a
 * period; the policy unit analyses it, plans improvement actions, implements them, and the KPI
 * must come back within its threshold for a number of consecutive periods before the case closes.
 * An action's due date passing escalates the case to executives.
 */
export { DEVIATION_PHASES };
export type DeviationPhase = (typeof DEVIATION_PHASES)[number];

/**
 * The most a person's step carries, for the API (400 naming the field, before anything happens)
 * and the workflow alike. A plan or re-plan at its largest stays under the services' JSON body
 * limit (100 KB) even in three-byte UTF-8 characters: 20 actions of 1000 + 200 characters and a
 * 4000-character decision are about 85 KB. A case keeps every action planned (superseded ones
 * too), so it takes at most `plannedActions` in all, which keeps its state and events bounded.
 */
export const DEVIATION_STEP_LIMITS = {
  actions: 20,
  plannedActions: 100,
  /** An action's due date is at most this many years after the day it is planned. */
  dueYearsAhead: 5,
  description: 1000,
  owner: 200,
  rootCause: 4000,
  evidence: 4000,
  decision: 4000,
  note: 2000,
  reason: 2000,
} as const;

const text = (max: number) => safeText.trim().min(1).max(max);
type FreeText = (max: number) => z.ZodType<string>;
/**
 * Free text on several lines (root cause, description, note, evidence, decision, reason) as the
 * validator and the API take it: nothing hidden in it (bidirectional controls, zero-width
 * characters). Steps accepted before it are parsed with `text` on replay (acceptedDeviationStepSchema).
 */
const visibleFree: FreeText = (max) => trimmedVisibleMultilineText.min(1).max(max);
const by = text(200);
/** The roles of the person taking the step, as the API found them in the token (for the audit trail). */
const byRoles = z.array(text(64)).max(10).default([]);
/** A refinement runs only on a value every check before it took (one issue per field). */
export const wellFormed = (payload: { issues: readonly unknown[] }): boolean => payload.issues.length === 0;
/** YYYY-MM-DD by its pattern alone, years 1900–9999 (2027-02-31 passes it). */
const datePattern = textMatching(
  /^(19|[2-9]\d)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'must be a date such as 2026-11-01',
);
/**
 * A day of the calendar (YYYY-MM-DD; 2027-02-31 is refused), years 1900–9999: a pattern and
 * arithmetic, as zod's date check does not run inside the workflow sandbox.
 */
export const calendarDateSchema = datePattern.refine(isCalendarDate, {
  message: 'must be a day of the calendar, such as 2026-11-01',
  when: wellFormed,
});

/** The latest due date an action planned on `today` (YYYY-MM-DD) may have (`DEVIATION_STEP_LIMITS.dueYearsAhead` years on). */
export const latestDueDate = (today: string): string =>
  `${String(Number(today.slice(0, 4)) + DEVIATION_STEP_LIMITS.dueYearsAhead).padStart(4, '0')}${today.slice(4)}`;

/** A KPI's key in the programme service's catalogue (`time-to-certify`, `revalidation.overdue`). */
export const kpiIdSchema = textMatching(/^[a-z][a-z0-9.-]{1,79}$/, 'must be a KPI key such as time-to-certify');
/** The whole country, or one region (its code). */
export const deviationScopeSchema = z.union([z.literal('national'), regionCode]);
/** A measurement period: a month (2026-11), an ISO week (2026-W48) or a quarter (2026-Q4). */
export const kpiPeriodSchema = textMatching(
  /^(19|[2-9]\d)\d{2}-((0[1-9]|1[0-2])|W(0[1-9]|[1-4]\d|5[0-3])|Q[1-4])$/,
  'must be a period such as 2026-11, 2026-W48 or 2026-Q4',
);
/** A period's length; periods of one length order as text (2026-W09 before 2026-W48). */
export const periodKind = (period: string): 'week' | 'month' | 'quarter' =>
  period.includes('W') ? 'week' : period.includes('Q') ? 'quarter' : 'month';

/** What identifies one deviation case: never two for the same KPI, scope, status type and period. */
export interface DeviationKey {
  kpiId: string;
  scope: string;
  statusType?: string;
  period: string;
}

/**
 * Deterministic id: one workflow per KPI, scope (and status type) and period, for ever. The
 * programme service's database decides whether a case exists (it claims the case's row before
 * starting the workflow, and counts a repeated crossing on it: never a second case, even after
 * Temporal's retention forgot the first run); it starts the workflow with
 * `PROGRAMME_DEVIATION_ID_REUSE_POLICY`, so a repeated start of a claimed case is refused with
 * `WorkflowExecutionAlreadyStartedError`, and a second run started by hand under a closed case's
 * id fails at its opening (the service refuses to record it).
 */
export const programmeDeviationWorkflowId = ({ kpiId, scope, statusType, period }: DeviationKey) =>
  `programme-deviation-${kpiId}-${scope}${statusType ? `-${statusType}` : ''}-${period}`;

/** Refuses a second run under the same id, even after the first one closed (a closed case stays closed). */
export const PROGRAMME_DEVIATION_ID_REUSE_POLICY = WorkflowIdReusePolicy.REJECT_DUPLICATE;

/** The threshold version the crossing was measured against (configurable and versioned by the programme service). */
export const deviationThresholdSchema = z.strictObject({
  /** The threshold's version number in the programme service. */
  version: z.number().int().min(1),
  /** `upper`: the KPI must stay at or below `limit` (time to certify); `lower`: at or above it (on-time share). */
  bound: z.enum(['upper', 'lower']),
  limit: z.number().finite(),
  /** Consecutive periods back within the threshold before the case closes. */
  periodsToVerify: z.number().int().min(1).max(24).default(2),
});
export type DeviationThreshold = z.output<typeof deviationThresholdSchema>;

/** Whether `value` is within `threshold` (the limit itself is within). */
export const withinThreshold = (threshold: Pick<DeviationThreshold, 'bound' | 'limit'>, value: number): boolean =>
  threshold.bound === 'upper' ? value <= threshold.limit : value >= threshold.limit;

export const programmeDeviationInputSchema = z.strictObject({
  kpiId: kpiIdSchema,
  scope: deviationScopeSchema,
  statusType: z.enum(STATUS_TYPES).optional(),
  period: kpiPeriodSchema,
  /** The KPI's value that crossed the threshold in `period`. */
  value: z.number().finite(),
  threshold: deviationThresholdSchema,
});
export type ProgrammeDeviationInput = z.input<typeof programmeDeviationInputSchema>;
export type ProgrammeDeviationWorkflowInput = z.output<typeof programmeDeviationInputSchema>;

/**
 * The bounds steps had before `DEVIATION_STEP_LIMITS` (and a due date checked by pattern only):
 * a running case's history holds steps accepted under them, and the update's handler re-runs on
 * replay, so it parses with these; only the validator (which does not run on replay) and the API
 * take the current ones. Never tighten these: a step once accepted must replay.
 */
export const ACCEPTED_STEP_LIMITS = {
  actions: 50,
  description: 2000,
  owner: 200,
  rootCause: 5000,
  evidence: 5000,
  decision: 5000,
  note: 2000,
  reason: 2000,
} as const;
type StepBounds = Omit<typeof DEVIATION_STEP_LIMITS, 'plannedActions' | 'dueYearsAhead'> | typeof ACCEPTED_STEP_LIMITS;
/** A date as steps accepted before `calendarDateSchema` carried it: its pattern only (2027-02-31 passed). */
const acceptedDate = datePattern;

/**
 * One improvement action as the plan gives it; the workflow numbers it (`A1`, `A2`, ...). The API
 * passes a stricter due date (not before today); the workflow refuses a past one by its own clock.
 */
export const improvementActionSchema = (
  dueDate: z.ZodType<string> = calendarDateSchema,
  limits: StepBounds = DEVIATION_STEP_LIMITS,
  free: FreeText = visibleFree,
) =>
  z.strictObject({
    description: free(limits.description),
    /** Who carries it out (a person or unit). */
    owner: text(limits.owner),
    /** The action is overdue from the day after (UTC). */
    dueDate,
  });
/** A plan's actions: at least one, at most `DEVIATION_STEP_LIMITS.actions`. */
export const improvementActionsSchema = (
  dueDate?: z.ZodType<string>,
  limits: StepBounds = DEVIATION_STEP_LIMITS,
  free: FreeText = visibleFree,
) =>
  z
    .array(improvementActionSchema(dueDate, limits, free))
    .min(1)
    .max(limits.actions);

/** Each step as the workflow takes it, within `limits`: what the person gave, who (`by`, `byRoles`, set by the API from the token). */
function stepSchemas(limits: StepBounds, dueDate: z.ZodType<string>, free: FreeText) {
  const actions = improvementActionsSchema(dueDate, limits, free);
  const analysis = z.strictObject({
    step: z.literal('record-analysis'),
    by,
    byRoles,
    rootCause: free(limits.rootCause),
    /** Who owns the deviation's resolution. */
    owner: text(limits.owner),
  });
  /** The whole plan each time (a later recording, before implementation starts, replaces the earlier one). */
  const plan = z.strictObject({ step: z.literal('record-plan'), by, byRoles, actions });
  const startImplementation = z.strictObject({
    step: z.literal('start-implementation'),
    by,
    byRoles,
    note: free(limits.note).optional(),
  });
  const actionDone = z.strictObject({
    step: z.literal('report-action-done'),
    by,
    byRoles,
    actionId: textMatching(/^A\d{1,3}$/, 'must be an action id such as A1'),
    /** What was done, with evidence (documents, links). */
    evidence: free(limits.evidence),
  });
  /** An executive's new plan for the actions not done (done ones stay done), with the decision behind it. */
  const replan = z.strictObject({
    step: z.literal('replan'),
    by,
    byRoles,
    decision: free(limits.decision),
    actions,
  });
  /** An executive closes the escalated case with a decision (accepting the deviation, say). */
  const close = z.strictObject({ step: z.literal('close'), by, byRoles, decision: free(limits.decision) });
  /** The policy unit closes a case opened by mistake (a wrong figure, a threshold set wrongly), in any phase but closed. */
  const dismiss = z.strictObject({ step: z.literal('dismiss'), by, byRoles, reason: free(limits.reason) });
  /** What the policy unit (or, on an escalated case, an executive) does to a deviation case, as one Temporal update. */
  const step = z.discriminatedUnion('step', [analysis, plan, startImplementation, actionDone, replan, close, dismiss]);
  return { analysis, plan, startImplementation, actionDone, replan, close, dismiss, step };
}

const current = stepSchemas(DEVIATION_STEP_LIMITS, calendarDateSchema, visibleFree);
export const analysisStepSchema = current.analysis;
export const planStepSchema = current.plan;
export const startImplementationStepSchema = current.startImplementation;
export const actionDoneStepSchema = current.actionDone;
export const replanStepSchema = current.replan;
export const closeStepSchema = current.close;
export const dismissStepSchema = current.dismiss;
/** A step as the update's validator and the API take it: within `DEVIATION_STEP_LIMITS`. */
export const deviationStepSchema = current.step;
/**
 * A step as the update's handler takes it (it re-runs on replay): within `ACCEPTED_STEP_LIMITS`,
 * its free text safe text only, so a step accepted before the limits (or the hidden-character rule)
 * were tightened still replays.
 */
export const acceptedDeviationStepSchema = stepSchemas(ACCEPTED_STEP_LIMITS, acceptedDate, text).step;
export type DeviationStep = z.output<typeof deviationStepSchema>;
export type DeviationStepInput = z.input<typeof deviationStepSchema>;
export type DeviationHumanStepName = DeviationStep['step'];
/** The workflow's own steps: the case opened, a period's KPI value assessed, an escalation. */
export type DeviationStepName = DeviationHumanStepName | 'open' | 'assess-period' | 'escalate';

/** Which steps each phase takes; everything else is refused by the update's validator, with the reason. */
export const DEVIATION_STEPS_BY_PHASE: Record<DeviationPhase, readonly DeviationHumanStepName[]> = {
  opened: ['record-analysis', 'dismiss'],
  analysis: ['record-analysis', 'record-plan', 'dismiss'],
  'improvement-plan': ['record-plan', 'start-implementation', 'dismiss'],
  implementation: ['report-action-done', 'dismiss'],
  verification: ['dismiss'],
  escalated: ['replan', 'close', 'dismiss'],
  closed: [],
};

/**
 * A new period's KPI value, signalled by the programme service for every period after the case's
 * own, in order and of the same length (a value for a period not after the latest one signalled,
 * or of another length, is ignored: repeats and recomputes change nothing).
 */
export const kpiPeriodValueSchema = z.strictObject({
  period: kpiPeriodSchema,
  value: z.number().finite(),
});
export type KpiPeriodValue = z.output<typeof kpiPeriodValueSchema>;

export interface ImprovementAction {
  actionId: string;
  description: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'done' | 'superseded';
  doneAt?: string;
  doneBy?: string;
}

export interface ProgrammeDeviationState {
  workflowId: string;
  kpiId: string;
  scope: string;
  statusType?: string;
  period: string;
  /** The value that opened the case. */
  value: number;
  threshold: DeviationThreshold;
  phase: DeviationPhase;
  analysis?: { rootCause: string; owner: string; by: string };
  /** Every action planned, re-planned ones marked superseded. */
  actions: ImprovementAction[];
  /** Consecutive periods within the threshold since verification began (a period outside resets it). */
  periodsWithin: number;
  /** The KPI values signalled for later periods, oldest first (`within` as measured against the threshold). */
  periods: { period: string; value: number; within: boolean; counted: boolean }[];
  /** Set while escalated: the overdue action that escalated the case. */
  escalation?: { actionId: string; dueDate: string; at: string };
  closure?: ProgrammeDeviationResult;
  history: { at: string; phase: DeviationPhase; note: string }[];
}

export interface ProgrammeDeviationResult {
  phase: 'closed';
  /**
   * `recovered`: the KPI came back for the periods required; `executive-decision`: closed while
   * escalated; `dismissed`: closed by the policy unit as opened by mistake.
   */
  outcome: DeviationOutcome;
  closedBy: string;
  decision?: string;
  /** Why a dismissed case was opened by mistake. */
  reason?: string;
}

/** Returns the state once the workflow has recorded the step. */
export const deviationStepUpdate = defineUpdate<ProgrammeDeviationState, [DeviationStepInput]>('deviationStep');
export const programmeDeviationStateQuery = defineQuery<ProgrammeDeviationState>('programmeDeviationState');
/** Each new period's KPI value for the case's KPI and scope (counted while the case is in verification). */
export const deviationKpiValueSignal = defineSignal<[KpiPeriodValue]>('deviationKpiValue');

/**
 * A step as the programme service records it: the case's row, the step's record, the audit entry
 * and the outbox event (`aeo.programme.deviation-*`), in one transaction; `sequence` numbers the
 * case's records (1 for the opening), so a retried activity records nothing twice.
 */
export interface DeviationStepRecord {
  workflowId: string;
  kpiId: string;
  scope: string;
  statusType?: string;
  period: string;
  sequence: number;
  step: DeviationStepName;
  /** The person, or `system` for the workflow's own steps. */
  by: string;
  byRoles: string[];
  from: DeviationPhase;
  /** Equal to `from` for a step that does not change the phase. */
  to: DeviationPhase;
  summary: string;
  /** The step's content (root cause, actions, evidence, period value, decision, ...). */
  details: Record<string, unknown>;
  threshold: DeviationThreshold;
}

/** How a step that closes a case ends it: a person's closing or dismissal, else the workflow's own closing, a recovery. */
export const closureOutcomeOf = (step: DeviationStepName): DeviationOutcome =>
  step === 'close' ? 'executive-decision' : step === 'dismiss' ? 'dismissed' : 'recovered';

/** Activities hosted by the programme service on `TASK_QUEUES.programme`. */
export interface ProgrammeDeviationActivities {
  /** Records a step once (keyed by workflow id and sequence); a retry changes nothing. Data errors fail for good (`InvalidData`). */
  recordDeviationStep(input: DeviationStepRecord): Promise<void>;
}

/** The workflow's own steps are recorded as this actor. */
export const DEVIATION_SYSTEM_ACTOR = 'system';

/**
 * The search attributes the programme service starts a case with, so operations find it
 * (`AeoStage = "escalated" AND AeoRegion = "national"`); the workflow keeps the stage up to date.
 */
export const programmeDeviationSearchAttributes = (
  input: Pick<ProgrammeDeviationInput, 'scope' | 'statusType'>,
): SearchAttributePair[] => [
  { key: SEARCH_ATTRIBUTE_KEYS.region, value: input.scope },
  ...(input.statusType ? [{ key: SEARCH_ATTRIBUTE_KEYS.statusType, value: input.statusType }] : []),
  { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'opened' },
];
