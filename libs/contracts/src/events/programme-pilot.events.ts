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

// Events of the pilot core on TOPIC_NAMES.pilotEvents (keyed by pilot id).
export const PROGRAMME_PILOT_EVENTS: readonly EventDefinition[] = [
  PilotCreated,
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
];
