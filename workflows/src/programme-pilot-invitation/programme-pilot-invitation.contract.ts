import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { ActivityFailure, ApplicationFailure, WorkflowIdReusePolicy } from '@temporalio/common';
import { z } from 'zod';
import { regionCode, safeText } from '@aeo/contracts/common';

/**
 * A chosen pilot candidate's invitation and consultation (issue 17): the programme sends the draft
 * programme, the candidate comments (any number of times) and accepts or declines with a reason
 * until the deadline; a decline or an expiry proposes the next shortlisted candidate as its
 * replacement. One workflow per pilot and company, `pilot-invitation-<pilotId>-<taxpayerId>`.
 */
export const pilotInvitationWorkflowId = (pilotId: string, taxpayerId: string) =>
  `pilot-invitation-${pilotId}-${taxpayerId}`;
/** A company is invited to a pilot once. */
export const PILOT_INVITATION_ID_REUSE_POLICY = WorkflowIdReusePolicy.REJECT_DUPLICATE;

export const PILOT_INVITATION_LIMITS = { comment: 4000, reason: 2000, maxAnswerDays: 90 } as const;
/** The default time a candidate has to answer (a pilot may set another). */
export const DEFAULT_PILOT_ANSWER_DAYS = 14;

const text = (max: number) => safeText.trim().min(1).max(max);
const by = text(200);
const byRoles = z.array(text(64)).max(10).default([]);

export const pilotInvitationInputSchema = z.strictObject({
  pilotId: z.uuid(),
  taxpayerId: text(32),
  region: regionCode,
  /** Days the candidate has to answer, from the invitation. */
  answerDays: z.number().int().min(1).max(PILOT_INVITATION_LIMITS.maxAnswerDays).default(DEFAULT_PILOT_ANSWER_DAYS),
});
export type PilotInvitationInput = z.input<typeof pilotInvitationInputSchema>;

/** The candidate's steps (an operator user of the company) and the policy unit's withdrawal, as one update. */
export const pilotInvitationStepSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('comment'), by, byRoles, comment: text(PILOT_INVITATION_LIMITS.comment) }),
  z.strictObject({ step: z.literal('accept'), by, byRoles, operatorId: z.uuid().optional() }),
  z.strictObject({ step: z.literal('decline'), by, byRoles, reason: text(PILOT_INVITATION_LIMITS.reason) }),
  z.strictObject({ step: z.literal('withdraw'), by, byRoles, reason: text(PILOT_INVITATION_LIMITS.reason) }),
]);
export type PilotInvitationStep = z.output<typeof pilotInvitationStepSchema>;
export type PilotInvitationStepInput = z.input<typeof pilotInvitationStepSchema>;

export const PILOT_INVITATION_STAGES = ['invited', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type PilotInvitationStage = (typeof PILOT_INVITATION_STAGES)[number];

export interface PilotInvitationState {
  workflowId: string;
  pilotId: string;
  taxpayerId: string;
  region: string;
  stage: PilotInvitationStage;
  /** Set once the invitation is recorded as sent. */
  answerDueAt?: string;
  comments: number;
  answeredBy?: string;
  reason?: string;
  /** The pilot is over (cancelled or ended) while the invitation is open: why; the invitation is being withdrawn. */
  pilotOver?: string;
  /** The stage the service had moved the participant to when this workflow's step was to be recorded (the invitation ended there). */
  moved?: PilotInvitationStage;
}

export interface PilotReplacementProposal {
  /** The next shortlisted candidate not yet chosen (chosen and invited at once when `automatic`); undefined when none is left. */
  proposed?: { taxpayerId: string; rank: number; shortlistId: string };
  automatic: boolean;
}

export interface PilotInvitationResult {
  outcome: Exclude<PilotInvitationStage, 'invited'>;
  replacement?: PilotReplacementProposal;
  /**
   * The participant had been moved by the service (its withdrawal of a candidate it found chosen
   * without an invitation, racing this workflow's start) before the workflow's step was recorded:
   * the invitation ended at that stage, without recording the step.
   */
  moved?: true;
}

export const pilotInvitationStepUpdate = defineUpdate<PilotInvitationState, [PilotInvitationStepInput]>(
  'pilotInvitationStep',
);
export const pilotInvitationStateQuery = defineQuery<PilotInvitationState>('pilotInvitationState');

/**
 * The programme service tells an open invitation that its pilot is over (cancelled, or ended
 * before the candidate answered): the workflow withdraws it (recorded as the system's `withdraw`
 * with this reason; no replacement is proposed). An answered invitation ignores it.
 */
export const pilotOverSchema = z.strictObject({ reason: text(PILOT_INVITATION_LIMITS.reason) });
export type PilotOver = z.infer<typeof pilotOverSchema>;
export const pilotOverSignal = defineSignal<[PilotOver]>('pilotOver');

/** The workflow's own steps: the invitation sent, and its expiry. */
export type PilotInvitationStepName = PilotInvitationStep['step'] | 'invite' | 'expire';

/**
 * A step as the programme service records it (the participant's row, its numbered record, the
 * comment, the audit entry and the event through the outbox, in one transaction): `sequence`
 * numbers the invitation's records (1: the invitation), so a retried activity records nothing twice.
 */
export interface PilotInvitationRecord {
  workflowId: string;
  pilotId: string;
  taxpayerId: string;
  sequence: number;
  step: PilotInvitationStepName;
  by: string;
  byRoles: string[];
  from: PilotInvitationStage | 'chosen';
  to: PilotInvitationStage;
  /** The step's content: the comment, the reason, the operator id, the deadline. */
  details: Record<string, unknown>;
}

/** Hosted by the programme service on `TASK_QUEUES.programme`. */
export interface PilotInvitationActivities {
  /** Records a step once (keyed by workflow id and sequence). */
  recordPilotInvitationStep(record: PilotInvitationRecord): Promise<void>;
  /**
   * After a decline or an expiry: proposes the next shortlisted candidate not yet chosen (an
   * event for the policy unit), or chooses and invites it when the pilot replaces automatically.
   */
  proposePilotReplacement(input: {
    pilotId: string;
    replacing: string;
    ending: 'declined' | 'expired';
  }): Promise<PilotReplacementProposal>;
}

/**
 * The record activity's refusal of a step whose participant is no longer at the step's `from`
 * stage (the service moved it meanwhile): nothing was recorded (no record, audit entry or event);
 * `details[0].stage` is the participant's stage now. Non-retryable: no retry moves it back.
 */
export const PILOT_PARTICIPANT_MOVED = 'PilotParticipantMoved';

export function participantMoved(message: string, stage: string): ApplicationFailure {
  return ApplicationFailure.create({
    type: PILOT_PARTICIPANT_MOVED,
    nonRetryable: true,
    message,
    details: [{ stage }],
  });
}

/** The participant's stage now when `error` is the record activity's `PilotParticipantMoved` refusal. */
export function movedStageOf(error: unknown): string | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : undefined;
  if (!(cause instanceof ApplicationFailure) || cause.type !== PILOT_PARTICIPANT_MOVED) return undefined;
  const [details] = (cause.details ?? []) as { stage?: unknown }[];
  return typeof details?.stage === 'string' ? details.stage : 'unknown';
}

/** The workflow's own steps are recorded as this actor. */
export const PILOT_INVITATION_SYSTEM_ACTOR = 'system';
