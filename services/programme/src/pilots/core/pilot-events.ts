import type { EntityManager } from 'typeorm';
import {
  type EventDefinition,
  PilotCancelled,
  PilotCreated,
  PilotEnded,
  PilotExtended,
  PilotFinalReportApproved,
  PilotMilestoneDone,
  PilotMilestoneDueSoon,
  PilotMilestoneEscalated,
  PilotMilestoneLate,
  PilotMilestonePlanned,
  PilotObjectivesReplaced,
  PilotStarted,
  PilotUpdated,
  PilotWorkstreamsReplaced,
} from '@aeo/contracts';
import { notFound, type PilotStepRecord } from '@aeo/workflows';
import {
  type NewObjective,
  type NewWorkstream,
  type Pilot,
  type PilotMilestoneRow,
  milestonesOf,
} from './pilots.repository';

export interface PilotEvent {
  definition: EventDefinition;
  data: Record<string, unknown>;
}

const refOf = (pilot: Pilot, by: string, at: Date) => ({
  pilotId: pilot.id,
  code: pilot.code,
  title: pilot.title,
  by,
  at: at.toISOString(),
});

const milestoneOf = (m: PilotMilestoneRow) => ({
  milestoneId: m.id,
  title: m.title,
  workstream: m.workstream,
  dueOn: m.dueOn,
  owner: m.owner,
  status: m.status,
});

/** The event of a new pilot. */
export const pilotCreatedEvent = (pilot: Pilot): PilotEvent => ({
  definition: PilotCreated,
  data: {
    ...refOf(pilot, pilot.createdBy, pilot.createdAt),
    startsOn: pilot.startsOn,
    endsOn: pilot.endsOn,
    maxCompanies: pilot.maxCompanies,
  },
});

/** The event of a milestone planned (before the start at once, after it through the workflow). */
export const milestonePlannedEvent = (
  pilot: Pilot,
  by: string,
  at: Date,
  milestone: PilotMilestoneRow,
): PilotEvent => ({
  definition: PilotMilestonePlanned,
  data: { ...refOf(pilot, by, at), milestone: milestoneOf(milestone) },
});

/** The event of a pilot cancelled from the status it had. */
export const pilotCancelledEvent = (pilot: Pilot, by: string, at: Date, reason: string): PilotEvent => ({
  definition: PilotCancelled,
  data: { ...refOf(pilot, by, at), from: pilot.status, reason },
});

/** The event of the policy unit's change of a planned pilot (PATCH), with the pilot as it is now. */
export const pilotUpdatedEvent = (pilot: Pilot, by: string, at: Date): PilotEvent => ({
  definition: PilotUpdated,
  data: {
    ...refOf(pilot, by, at),
    startsOn: pilot.startsOn,
    endsOn: pilot.endsOn,
    maxCompanies: pilot.maxCompanies,
    reminderDays: pilot.reminderDays,
    escalationGraceDays: pilot.escalationGraceDays,
    version: pilot.version,
  },
});

/** The event of the pilot's objectives replaced. */
export const objectivesReplacedEvent = (
  pilot: Pilot,
  by: string,
  at: Date,
  objectives: NewObjective[],
): PilotEvent => ({
  definition: PilotObjectivesReplaced,
  data: {
    ...refOf(pilot, by, at),
    objectives: objectives.map(({ text, kpiCode, target }) => ({ text, kpiCode, target })),
  },
});

/** The event of the pilot's workstreams replaced. */
export const workstreamsReplacedEvent = (
  pilot: Pilot,
  by: string,
  at: Date,
  workstreams: NewWorkstream[],
): PilotEvent => ({
  definition: PilotWorkstreamsReplaced,
  data: { ...refOf(pilot, by, at), workstreams },
});

/**
 * The event of a step the pilot workflow recorded (after its change, in its transaction): the
 * milestone as the step left it, the pilot's dates, what was not done when it ended.
 */
export async function pilotEventOf(
  manager: EntityManager,
  pilot: Pilot,
  record: PilotStepRecord,
  at: Date,
  before: unknown,
): Promise<PilotEvent> {
  const ref = refOf(pilot, record.by, at);
  const milestones = await milestonesOf(manager, pilot.id);
  const milestone = (id: string) => {
    const found = milestones.find((m) => m.id === id);
    if (!found) throw notFound(`Pilot ${pilot.id} has no milestone ${id}`);
    return milestoneOf(found);
  };
  switch (record.step) {
    case 'start':
      return { definition: PilotStarted, data: { ...ref, startsOn: pilot.startsOn, endsOn: pilot.endsOn } };
    case 'end':
      return {
        definition: PilotEnded,
        data: {
          ...ref,
          startsOn: pilot.startsOn,
          endsOn: pilot.endsOn,
          milestonesDone: milestones.filter((m) => m.status === 'done').length,
          milestonesNotDone: milestones.filter((m) => m.status !== 'done').map(milestoneOf),
        },
      };
    case 'cancel':
      return pilotCancelledEvent(pilot, record.by, at, record.reason);
    case 'final-report-approved':
      return {
        definition: PilotFinalReportApproved,
        data: { ...ref, ...(record.note !== undefined && { note: record.note }) },
      };
    case 'extend':
      return {
        definition: PilotExtended,
        data: {
          ...ref,
          sequence: record.sequence,
          previousEndsOn: record.previousEndsOn,
          endsOn: record.endsOn,
          reason: record.reason,
        },
      };
    case 'milestone-planned':
      return {
        definition: PilotMilestonePlanned,
        data: { ...ref, milestone: milestone(record.milestone.milestoneId) },
      };
    case 'milestone-due-soon':
      return {
        definition: PilotMilestoneDueSoon,
        data: { ...ref, milestone: milestone(record.milestoneId), daysLeft: record.daysLeft },
      };
    case 'milestone-late':
      return { definition: PilotMilestoneLate, data: { ...ref, milestone: milestone(record.milestoneId) } };
    case 'milestone-escalated':
      return {
        definition: PilotMilestoneEscalated,
        data: { ...ref, milestone: milestone(record.milestoneId), graceDays: record.graceDays },
      };
    case 'milestone-done':
      return {
        definition: PilotMilestoneDone,
        data: {
          ...ref,
          milestone: milestone(record.milestoneId),
          from: (before as { status: string }).status,
          evidence: record.evidence,
          ...(record.note !== undefined && { note: record.note }),
        },
      };
  }
}
