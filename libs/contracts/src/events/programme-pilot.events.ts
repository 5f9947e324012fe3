import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { PILOT_MILESTONE_STATUSES, PILOT_WORKSTREAMS, isoDate, isoDateTime, safeText, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const pilotEvent = eventsOn(TOPIC_NAMES.pilotEvents, 'pilot');

const text = (max: number) => safeText.trim().min(1).max(max);

/** What every event about a pilot carries, so that consumers need no look-up. */
const pilotRef = {
  pilotId: uuid,
  /** The pilot's short code (unique), e.g. `PILOT-2027`. */
  code: text(40),
  title: text(200),
  /** Who took the step (token subject), `system` for the pilot workflow's own steps. */
  by: text(200),
  at: isoDateTime,
};

/** The milestone an event is about, with its owner (who is reminded and told when it is late). */
const milestone = z.object({
  milestoneId: uuid,
  title: text(200),
  workstream: z.enum(PILOT_WORKSTREAMS),
  dueOn: isoDate(),
  /** A user id (token subject) or an email address. */
  owner: text(200),
  status: z.enum(PILOT_MILESTONE_STATUSES),
});

export const PilotCreated = pilotEvent({
  type: 'aeo.programme-pilot.created.v1',
  summary: 'The policy unit created a pilot with its time frame (planned; not started yet).',
  internal: true,
  schema: z.object({ ...pilotRef, startsOn: isoDate(), endsOn: isoDate(), maxCompanies: z.number().int().min(1) }),
});

export const PilotUpdated = pilotEvent({
  type: 'aeo.programme-pilot.updated.v1',
  summary:
    'The policy unit changed a planned pilot (not started yet): its title, time frame, company limit or milestone timing, as they are now.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    startsOn: isoDate(),
    endsOn: isoDate(),
    maxCompanies: z.number().int().min(1),
    reminderDays: z.number().int().min(0),
    escalationGraceDays: z.number().int().min(0),
    /** The pilot's version after the change. */
    version: z.number().int().min(1),
  }),
});

export const PilotObjectivesReplaced = pilotEvent({
  type: 'aeo.programme-pilot.objectives-replaced.v1',
  summary: 'The policy unit replaced a planned pilot’s objectives (each with its KPI code and target).',
  internal: true,
  schema: z.object({
    ...pilotRef,
    objectives: z.array(z.object({ text: text(2000), kpiCode: text(100), target: z.number() })).max(30),
  }),
});

export const PilotWorkstreamsReplaced = pilotEvent({
  type: 'aeo.programme-pilot.workstreams-replaced.v1',
  summary: 'The policy unit replaced a pilot’s workstreams (before it ends), with the MRA arrangement linked if any.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    workstreams: z
      .array(
        z.object({
          kind: z.enum(PILOT_WORKSTREAMS),
          description: safeText.max(2000),
          mraArrangementId: text(100).nullable(),
        }),
      )
      .max(PILOT_WORKSTREAMS.length),
  }),
});

export const PilotStarted = pilotEvent({
  type: 'aeo.programme-pilot.started.v1',
  summary: 'A pilot’s start date came (its workflow was started by the policy unit): the pilot is running.',
  internal: true,
  schema: z.object({ ...pilotRef, startsOn: isoDate(), endsOn: isoDate() }),
});

export const PilotMilestonePlanned = pilotEvent({
  type: 'aeo.programme-pilot-milestone.planned.v1',
  summary: 'A milestone was added to a pilot that had started (its workflow follows it from now on).',
  internal: true,
  schema: z.object({ ...pilotRef, milestone }),
});

export const PilotMilestoneDueSoon = pilotEvent({
  type: 'aeo.programme-pilot-milestone.due-soon.v1',
  summary: 'A pilot milestone that is not done is due within the pilot’s reminder period: a reminder to its owner.',
  internal: true,
  schema: z.object({ ...pilotRef, milestone, daysLeft: z.number().int().min(0) }),
});

export const PilotMilestoneLate = pilotEvent({
  type: 'aeo.programme-pilot-milestone.late.v1',
  summary:
    'A pilot milestone’s due date passed before it was done: it is late (its owner and the policy unit are told).',
  internal: true,
  schema: z.object({ ...pilotRef, milestone }),
});

export const PilotMilestoneEscalated = pilotEvent({
  type: 'aeo.programme-pilot-milestone.escalated.v1',
  summary:
    'A late pilot milestone was still not done after the pilot’s grace period: it was escalated to the executives.',
  internal: true,
  schema: z.object({ ...pilotRef, milestone, graceDays: z.number().int().min(0) }),
});

export const PilotMilestoneDone = pilotEvent({
  type: 'aeo.programme-pilot-milestone.done.v1',
  summary: 'A pilot milestone was reported done with its evidence (on time or late).',
  internal: true,
  schema: z.object({
    ...pilotRef,
    milestone,
    /** Its status before it was done: open, late or escalated. */
    from: z.enum(PILOT_MILESTONE_STATUSES),
    evidence: z
      .array(z.object({ title: text(200), reference: text(1000) }))
      .min(1)
      .max(20),
    note: text(2000).optional(),
  }),
});

export const PilotExtended = pilotEvent({
  type: 'aeo.programme-pilot.extended.v1',
  summary: 'An executive extended a pilot: its end date moved later, with the reason.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    /** The extension's number for the pilot (1 for the first). */
    sequence: z.number().int().min(1),
    previousEndsOn: isoDate(),
    endsOn: isoDate(),
    reason: text(2000),
  }),
});

export const PilotEnded = pilotEvent({
  type: 'aeo.programme-pilot.ended.v1',
  summary:
    'A pilot’s end date passed: it ended and awaits its final report and the executive’s approval of it; the milestones not done are listed.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    startsOn: isoDate(),
    endsOn: isoDate(),
    milestonesDone: z.number().int().min(0),
    milestonesNotDone: z.array(milestone).max(500),
  }),
});

export const PilotCancelled = pilotEvent({
  type: 'aeo.programme-pilot.cancelled.v1',
  summary: 'A pilot was cancelled before its end, with the reason; nothing more happens in it.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    /** The status it was cancelled from. */
    from: z.enum(['planned', 'running']),
    reason: text(2000),
  }),
});

export const PilotFinalReportApproved = pilotEvent({
  type: 'aeo.programme-pilot.final-report-approved.v1',
  summary: 'An executive approved a pilot’s final report: the pilot is closed.',
  internal: true,
  schema: z.object({ ...pilotRef, note: text(2000).optional() }),
});

export const PilotFinalReportGenerated = pilotEvent({
  type: 'aeo.programme-pilot.final-report-generated.v1',
  summary:
    'A pilot’s final report was made (by the pilot workflow at its end, or again on demand by the policy unit) and stored as HTML and PDF per language: it awaits an executive’s approval.',
  internal: true,
  schema: z.object({
    ...pilotRef,
    reportId: uuid,
    /** The report's number among the pilot's (1 for the workflow's, then each regenerated one). */
    sequence: z.number().int().min(1),
    trigger: z.enum(['workflow', 'on-demand']),
    languages: z.array(z.enum(['mn', 'en'])).min(1),
    /** Whether the benefits test's figures are in it (false while the platform cannot compute them). */
    benefitsTestIncluded: z.boolean(),
  }),
});

/** A final report still awaiting an executive's approval, as its reminder and escalation name it. */
const awaitedReport = {
  ...pilotRef,
  reportId: uuid,
  sequence: z.number().int().min(1),
  /** When the report was made (it awaits approval since then). */
  generatedAt: isoDateTime,
  /** Whole days the report has awaited approval (since the pilot workflow made it at the pilot's end). */
  daysWaiting: z.number().int().min(0),
};

export const PilotFinalReportApprovalReminded = pilotEvent({
  type: 'aeo.programme-pilot.final-report-approval-reminded.v1',
  summary:
    'A pilot’s final report has awaited an executive’s approval for a set time since it was made at the pilot’s end (the pilot workflow’s reminder, once per pilot).',
  internal: true,
  schema: z.object(awaitedReport),
});

export const PilotFinalReportApprovalEscalated = pilotEvent({
  type: 'aeo.programme-pilot.final-report-approval-escalated.v1',
  summary:
    'A pilot’s final report is still not approved long after it was made at the pilot’s end, its reminder unanswered: escalated (the pilot workflow, once per pilot).',
  internal: true,
  schema: z.object(awaitedReport),
});

// Events of the pilot core on TOPIC_NAMES.pilotEvents (keyed by pilot id).
export const PROGRAMME_PILOT_EVENTS: readonly EventDefinition[] = [
  PilotCreated,
  PilotUpdated,
  PilotObjectivesReplaced,
  PilotWorkstreamsReplaced,
  PilotStarted,
  PilotMilestonePlanned,
  PilotMilestoneDueSoon,
  PilotMilestoneLate,
  PilotMilestoneEscalated,
  PilotMilestoneDone,
  PilotExtended,
  PilotEnded,
  PilotCancelled,
  PilotFinalReportApproved,
  PilotFinalReportGenerated,
  PilotFinalReportApprovalReminded,
  PilotFinalReportApprovalEscalated,
];
