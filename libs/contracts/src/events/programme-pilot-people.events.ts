import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { taxpayerId } from './declaration.events';
import { isoDateTime, regionCode, safeText, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const pilotEvent = eventsOn(TOPIC_NAMES.pilotEvents, 'pilot');

const text = (max: number) => safeText.trim().min(1).max(max);

/** Who a training session is for: a pilot company's staff, or customs staff. */
export const PILOT_TRAINING_AUDIENCES = ['company-staff', 'customs-staff'] as const;

/** A pilot company as the pilot's events name it, so that consumers need no look-up. */
const company = {
  pilotId: uuid,
  taxpayerId,
  /** The operator's id in the applications service, when known. */
  operatorId: uuid.optional(),
  region: regionCode,
};

/** Who took the step (token subject) and when. */
const step = { by: text(200), at: isoDateTime };

/** A training session, as every training event names it. */
const session = {
  pilotId: uuid,
  sessionId: uuid,
  topic: text(200),
  /** A required topic counts towards a company's training milestone. */
  required: z.boolean(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  place: text(500).optional(),
  link: text(2000).optional(),
  audience: z.enum(PILOT_TRAINING_AUDIENCES),
};

export const PilotContactOfficerAssigned = pilotEvent({
  type: 'aeo.programme-pilot.contact-officer-assigned.v1',
  summary:
    'A pilot company got its contact officer (of its region), or another one (previousOfficerSub), with the reason: the officer hears of the company’s events from now on.',
  internal: true,
  schema: z.object({
    ...company,
    operatorName: text(300).optional(),
    officerSub: text(200),
    officerName: text(300).optional(),
    previousOfficerSub: text(200).optional(),
    /** 1 for the first assignment of the company in the pilot; each reassignment adds one. */
    sequence: z.number().int().min(1),
    reason: text(2000),
    ...step,
  }),
});

export const PilotTrainingSessionScheduled = pilotEvent({
  type: 'aeo.programme-pilot.training-session-scheduled.v1',
  summary: 'The policy unit scheduled a training session of a pilot (topic, time, place or link, audience, capacity).',
  internal: true,
  schema: z.object({ ...session, capacity: z.number().int().min(1).max(1000), ...step }),
});

export const PilotTrainingRegistered = pilotEvent({
  type: 'aeo.programme-pilot.training-registered.v1',
  summary:
    'A person was registered for a training session: a pilot company’s staff member (taxpayerId) or a customs staff member (staffSub), with the session’s time and place.',
  internal: true,
  schema: z.object({
    ...session,
    registrationId: uuid,
    taxpayerId: taxpayerId.optional(),
    operatorId: uuid.optional(),
    region: regionCode.optional(),
    staffSub: text(200).optional(),
    personName: text(300),
    personRole: text(200),
    ...step,
  }),
});

export const PilotTrainingAttendanceRecorded = pilotEvent({
  type: 'aeo.programme-pilot.training-attendance-recorded.v1',
  summary: 'Attendance at a training session was recorded after it: who attended and who did not (registration ids).',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    sessionId: uuid,
    topic: text(200),
    attended: z.array(uuid).max(1000),
    absent: z.array(uuid).max(1000),
    ...step,
  }),
});

export const PilotTrainingMaterialAdded = pilotEvent({
  type: 'aeo.programme-pilot.training-material-added.v1',
  summary: 'A material (a link or a document reference) was added to a training session.',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    sessionId: uuid,
    materialId: uuid,
    title: text(300),
    link: text(2000).optional(),
    documentRef: text(300).optional(),
    ...step,
  }),
});

export const PilotTrainingCompleted = pilotEvent({
  type: 'aeo.programme-pilot.training-completed.v1',
  summary:
    'A pilot company’s staff attended every required training topic of the pilot: the company’s training milestone is reached (published once per company and pilot).',
  internal: true,
  schema: z.object({ ...company, topics: z.array(text(200)).min(1).max(200), ...step }),
});

export const PROGRAMME_PILOT_PEOPLE_EVENTS: readonly EventDefinition[] = [
  PilotContactOfficerAssigned,
  PilotTrainingSessionScheduled,
  PilotTrainingRegistered,
  PilotTrainingAttendanceRecorded,
  PilotTrainingMaterialAdded,
  PilotTrainingCompleted,
];
