import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import type { SearchAttributePair } from '@temporalio/common';
import { z } from 'zod';
import { PILOT_MILESTONE_STATUSES, PILOT_STATUSES, PILOT_WORKSTREAMS, safeText } from '@aeo/contracts/common';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';
import { calendarDateSchema } from '../programme-deviation/programme-deviation.contract';

/**
 * The pilot that precedes full operation (issue 17): a time frame (start, end, extensions by an
 * executive's decision), objectives and milestones in workstreams, each milestone with a due date,
 * an owner and optionally a KPI target; reminders before a milestone is due, late after, escalated
 * to executives after a grace period. At the end the pilot waits for its final report's approval.
 */
export { PILOT_MILESTONE_STATUSES, PILOT_STATUSES, PILOT_WORKSTREAMS };
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export type PilotWorkstream = (typeof PILOT_WORKSTREAMS)[number];
export type MilestoneStatus = (typeof PILOT_MILESTONE_STATUSES)[number];

/**
 * The workflow's stages: `scheduled` (started, waiting for the start date), `running`,
 * `awaiting-final-report` (ended; the final report is made and approved later), and the two ends.
 */
export const PILOT_STAGES = ['scheduled', 'running', 'awaiting-final-report', 'closed', 'cancelled'] as const;
export type PilotStage = (typeof PILOT_STAGES)[number];

/** The most a pilot and its steps carry, for the API (400 naming the field) and the workflow alike. */
export const PILOT_LIMITS = {
  /** Milestones per pilot (the workflow keeps them all in its state). */
  milestones: 200,
  objectives: 30,
  evidence: 20,
  title: 200,
  owner: 200,
  reason: 2000,
  note: 2000,
  reference: 1000,
  /** Reminder and grace periods, in days. */
  days: 365,
} as const;

/**
 * The longest time frame of a pilot, in days from its start date to its end date (three years):
 * the API refuses a longer one when the pilot is planned, changed or extended (400 naming `endsOn`).
 */
export const PILOT_MAX_FRAME_DAYS = 3 * 365 + 1;

/** Days from one calendar date (`YYYY-MM-DD`) to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const text = (max: number) => safeText.trim().min(1).max(max);
const by = text(200);
const byRoles = z.array(text(64)).max(10).default([]);

/** Deterministic id: one workflow per pilot, never started twice. */
export const pilotWorkflowId = (pilotId: string) => `pilot-${pilotId}`;
export const PILOT_ID_REUSE_POLICY = WorkflowIdReusePolicy.REJECT_DUPLICATE;

/** A milestone as the workflow follows it. */
export const pilotMilestoneSchema = z.strictObject({
  milestoneId: z.uuid(),
  title: text(PILOT_LIMITS.title),
  workstream: z.enum(PILOT_WORKSTREAMS),
  dueOn: calendarDateSchema,
  /** A user id (token subject) or an email address: reminded, and told when the milestone is late. */
  owner: text(PILOT_LIMITS.owner),
  status: z.enum(PILOT_MILESTONE_STATUSES).default('open'),
  /** Its owner was reminded (once). */
  reminded: z.boolean().default(false),
});
export type PilotMilestone = z.output<typeof pilotMilestoneSchema>;
export type PilotMilestoneInput = z.input<typeof pilotMilestoneSchema>;

/** What a run carries over to the next (continue-as-new); absent on the first run. */
const carriedSchema = z.strictObject({
  stage: z.enum(PILOT_STAGES),
  /** Extensions recorded so far (the next one's number is this plus one). */
  extensions: z.number().int().min(0),
  /** Since when (workflow time, ms) the pilot awaits its final report's approval, when it does. */
  approvalAwaitedSince: z.number().int().min(0).optional(),
  /** The approval's follow-ups already taken (the next run does not start their clock again). */
  approvalFollowUps: z
    .array(z.enum(['reminder', 'escalation']))
    .max(2)
    .optional(),
  /** The follow-ups refused for good and to be tried again: attempts so far, and when (workflow time, ms). */
  approvalFollowUpRetries: z
    .array(
      z.strictObject({
        step: z.enum(['reminder', 'escalation']),
        attempts: z.number().int().min(1),
        retryAt: z.number().int().min(0),
      }),
    )
    .max(2)
    .optional(),
});

export const programmePilotInputSchema = z
  .strictObject({
    pilotId: z.uuid(),
    code: text(40),
    title: text(PILOT_LIMITS.title),
    startsOn: calendarDateSchema,
    /** The current end date (an extension moves it). */
    endsOn: calendarDateSchema,
    /** A milestone's owner is reminded this many days before its due date. */
    reminderDays: z.number().int().min(0).max(PILOT_LIMITS.days).default(7),
    /** A late milestone is escalated to executives this many days after its due date. */
    escalationGraceDays: z.number().int().min(0).max(PILOT_LIMITS.days).default(14),
    milestones: z.array(pilotMilestoneSchema).max(PILOT_LIMITS.milestones),
    /** History events after which a run continues as new (earlier when Temporal suggests it). */
    historyLimit: z.number().int().min(50).max(40_000).default(4_000),
    carried: carriedSchema.optional(),
  })
  .refine((input) => input.endsOn >= input.startsOn, { message: 'must not be before startsOn', path: ['endsOn'] });
export type ProgrammePilotInput = z.input<typeof programmePilotInputSchema>;
export type ProgrammePilotWorkflowInput = z.output<typeof programmePilotInputSchema>;

const evidenceSchema = z.strictObject({
  title: text(PILOT_LIMITS.title),
  /** A link or a document reference. */
  reference: text(PILOT_LIMITS.reference),
});

export const milestoneDoneStepSchema = z.strictObject({
  step: z.literal('complete-milestone'),
  by,
  byRoles,
  milestoneId: z.uuid(),
  evidence: z.array(evidenceSchema).min(1).max(PILOT_LIMITS.evidence),
  note: text(PILOT_LIMITS.note).optional(),
});
export const planMilestoneStepSchema = z.strictObject({
  step: z.literal('plan-milestone'),
  by,
  byRoles,
  milestone: pilotMilestoneSchema.omit({ status: true, reminded: true }),
});
export const extendStepSchema = z.strictObject({
  step: z.literal('extend'),
  by,
  byRoles,
  /** The new end date: after the current one. */
  endsOn: calendarDateSchema,
  reason: text(PILOT_LIMITS.reason),
});
export const cancelStepSchema = z.strictObject({
  step: z.literal('cancel'),
  by,
  byRoles,
  reason: text(PILOT_LIMITS.reason),
});
export const pilotStepSchema = z.discriminatedUnion('step', [
  milestoneDoneStepSchema,
  planMilestoneStepSchema,
  extendStepSchema,
  cancelStepSchema,
]);
export type PilotStep = z.output<typeof pilotStepSchema>;
export type PilotStepInput = z.input<typeof pilotStepSchema>;

export const approveFinalReportSchema = z.strictObject({
  by,
  byRoles,
  note: text(PILOT_LIMITS.note).optional(),
});
export type ApproveFinalReport = z.output<typeof approveFinalReportSchema>;
export type ApproveFinalReportInput = z.input<typeof approveFinalReportSchema>;

/** What the pilot's query answers. */
export interface ProgrammePilotState {
  workflowId: string;
  pilotId: string;
  stage: PilotStage;
  startsOn: string;
  endsOn: string;
  reminderDays: number;
  escalationGraceDays: number;
  milestones: PilotMilestone[];
  extensions: number;
}

export interface ProgrammePilotResult {
  pilotId: string;
  outcome: 'closed' | 'cancelled';
}

/** People's steps while the pilot is scheduled or running (milestone done, a new milestone, extension, cancellation). */
export const pilotStepUpdate = defineUpdate<ProgrammePilotState, [PilotStepInput]>('pilotStep');
/** An executive approves the final report once the pilot has ended: the pilot closes. */
export const approveFinalReportUpdate = defineUpdate<ProgrammePilotState, [ApproveFinalReportInput]>(
  'approveFinalReport',
);
export const programmePilotStateQuery = defineQuery<ProgrammePilotState>('programmePilotState');

/** The workflow's own steps are recorded as this actor. */
export const PILOT_SYSTEM_ACTOR = 'system';

/** The pilot a record is about (as the event names it). */
interface PilotRecordBase {
  pilotId: string;
  by: string;
  byRoles: string[];
}

/**
 * A step as the programme service records it (the pilot's or milestone's row, the audit entry and
 * the outbox event, in one transaction). Each is conditional on the row's state (a milestone late
 * only while open, an extension keyed by its number), so a retried activity records nothing twice.
 */
export type PilotStepRecord = PilotRecordBase &
  (
    | { step: 'start' }
    | { step: 'milestone-due-soon'; milestoneId: string; daysLeft: number }
    | { step: 'milestone-late'; milestoneId: string }
    | { step: 'milestone-escalated'; milestoneId: string; graceDays: number }
    | {
        step: 'milestone-done';
        milestoneId: string;
        evidence: { title: string; reference: string }[];
        note?: string;
      }
    | { step: 'milestone-planned'; milestone: Omit<PilotMilestone, 'status' | 'reminded'> }
    | { step: 'extend'; sequence: number; previousEndsOn: string; endsOn: string; reason: string }
    | { step: 'end' }
    | { step: 'cancel'; reason: string }
    | { step: 'final-report-approved'; note?: string }
  );

/** Activities hosted by the programme service on `TASK_QUEUES.programme`. */
export interface ProgrammePilotActivities {
  /** Records a step once (see `PilotStepRecord`); data errors fail for good (`InvalidData`). */
  recordPilotStep(input: PilotStepRecord): Promise<void>;
}

/**
 * The search attributes the programme service starts a pilot with (the workflow keeps the stage up
 * to date): `AeoPilotId` finds the pilot's workflow with its companies' certifications.
 */
export const programmePilotSearchAttributes = (pilotId: string): SearchAttributePair[] => [
  { key: SEARCH_ATTRIBUTE_KEYS.stage, value: 'scheduled' },
  { key: SEARCH_ATTRIBUTE_KEYS.pilotId, value: pilotId },
];
