import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { WORKFLOW_STATUSES } from './workflow.schemas';

export const workflowExecutionSchema = z.object({
  workflowId: z.string(),
  runId: z.string(),
  type: z.string().describe('Workflow type'),
  status: z.enum(WORKFLOW_STATUSES),
  taskQueue: z.string(),
  startTime: responseInstant,
  closeTime: responseInstant.nullable(),
  historyLength: z.number().int(),
  region: z.string().nullable().describe('Search attribute AeoRegion'),
  stage: z.string().nullable().describe('Search attribute AeoStage'),
  applicationId: z.string().nullable(),
  operatorId: z.string().nullable(),
  pilotId: z.string().nullable(),
  authorisationNumber: z.string().nullable(),
  revalidationDue: responseInstant.nullable().describe('Search attribute AeoRevalidationDue'),
  temporalUiUrl: z.string().describe('The run’s history in the Temporal Web UI'),
  stuck: z
    .object({
      since: responseInstant.describe('The last event of its history (for a failed run, when it closed)'),
      reason: z.string(),
    })
    .optional()
    .describe('With stuck=true: why the run is listed'),
});
export class WorkflowExecutionDto extends createZodDto(workflowExecutionSchema) {}

export const workflowPageSchema = z.object({
  items: z.array(workflowExecutionSchema),
  nextPageToken: z
    .string()
    .nullable()
    .describe(
      'Give it as pageToken for the next page (null on the last). With stuck=true it is where reading Temporal’s pages stopped (pageSize stuck runs found, or the most pages read for one request): a page may hold fewer than pageSize items, even none, before the last',
    ),
});
export class WorkflowPageDto extends createZodDto(workflowPageSchema) {}

export const TIMELINE_KINDS = [
  'started',
  'completed',
  'failed',
  'timed-out',
  'terminated',
  'cancel-requested',
  'cancelled',
  'continued-as-new',
  'workflow-task-failed',
  'workflow-task-timed-out',
  'activity-scheduled',
  'activity-completed',
  'activity-failed',
  'activity-timed-out',
  'activity-cancel-requested',
  'activity-cancelled',
  'timer-started',
  'timer-fired',
  'timer-cancelled',
  'signal',
  'signal-sent',
  'signal-send-failed',
  'update-accepted',
  'update-rejected',
  'update-completed',
  'child-started',
  'child-start-failed',
  'child-completed',
  'child-failed',
  'child-cancelled',
  'child-timed-out',
  'child-terminated',
  'search-attributes',
  'marker',
  'other',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineEntrySchema = z.object({
  at: responseInstant,
  eventId: z.number().int(),
  kind: z.enum(TIMELINE_KINDS),
  summary: z.string().describe('Activity type, signal, update or timer, failure message, attributes set'),
});
export type TimelineEntry = z.input<typeof timelineEntrySchema>;

export const pendingActivitySchema = z.object({
  activityId: z.string(),
  activityType: z.string(),
  state: z.string().describe('scheduled, started, cancel-requested, paused, …'),
  attempt: z.number().int(),
  scheduledAt: responseInstant.nullable(),
  lastStartedAt: responseInstant.nullable(),
  lastFailure: z.string().nullable(),
});
export type PendingActivity = z.input<typeof pendingActivitySchema>;

/** The most history events a run's timeline is made of (a longer history is truncated). */
export const TIMELINE_MAX_EVENTS = 1000;

export const workflowDetailSchema = z.object({
  execution: workflowExecutionSchema,
  pendingActivities: z.array(pendingActivitySchema).describe('Activities scheduled and not yet done (running runs)'),
  timeline: z
    .array(timelineEntrySchema)
    .describe(
      `The run’s history, oldest first, without the bookkeeping of workflow tasks and activity starts: of its first ${TIMELINE_MAX_EVENTS} events at most`,
    ),
  truncated: z
    .boolean()
    .describe(
      `true when the history has more than ${TIMELINE_MAX_EVENTS} events: the timeline shows the first ${TIMELINE_MAX_EVENTS}, the whole history is at execution.temporalUiUrl (the Temporal Web UI)`,
    ),
});
export class WorkflowDetailDto extends createZodDto(workflowDetailSchema) {}
