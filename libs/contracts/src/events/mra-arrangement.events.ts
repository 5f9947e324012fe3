import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { MRA_PHASES, mraTermsSchema } from '../mra/benefits';
import { isoDateTime, safeText, textMatching, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const arrangementEvent = eventsOn(TOPIC_NAMES.mraEvents, 'mra-arrangement');

const text = (max: number) => safeText.trim().min(1).max(max);
const phase = z.enum(MRA_PHASES);

/** What every event about an arrangement carries, so that consumers need no look-up. */
const arrangementRef = {
  arrangementId: uuid,
  /** ISO 3166-1 alpha-2 code of the partner country. */
  partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
};

export const MraArrangementPhaseChanged = arrangementEvent({
  type: 'aeo.mra-arrangement.phase-changed.v1',
  summary:
    'A mutual recognition arrangement moved to another phase (created, advanced, signed, operational, suspended, resumed, terminated).',
  schema: z.object({
    ...arrangementRef,
    partnerAdministration: text(300),
    title: text(300),
    /** Null when the arrangement was created. */
    from: phase.nullable(),
    to: phase,
    /** Who took the step (token subject). */
    by: text(200),
    at: isoDateTime,
    reason: text(2000).optional(),
    /** The signed terms: present whenever the arrangement has them (from `signed` on, also when suspended or terminated). */
    terms: mraTermsSchema.optional(),
    /** The next periodic review, while the arrangement is operational. */
    reviewDueAt: isoDateTime.optional(),
  }),
});

export const MraArrangementStepRecorded = arrangementEvent({
  type: 'aeo.mra-arrangement.step-recorded.v1',
  summary:
    'A step within a phase of an arrangement was recorded (programme comparison, joint validation visit, negotiation round, data-exchange test, review, review period).',
  schema: z.object({
    ...arrangementRef,
    phase,
    step: text(64),
    by: text(200),
    at: isoDateTime,
    summary: text(2000),
  }),
});

export const MraArrangementReviewDue = arrangementEvent({
  type: 'aeo.mra-arrangement.review-due.v1',
  summary: 'The periodic review of an operational arrangement is due in daysBefore days (a reminder).',
  schema: z.object({
    ...arrangementRef,
    title: text(300),
    reviewDueAt: isoDateTime,
    daysBefore: z.number().int().min(0).max(365),
  }),
});

// Events of the mra service on TOPIC_NAMES.mraEvents (keyed by arrangement id).
export const MRA_ARRANGEMENT_EVENTS: readonly EventDefinition[] = [
  MraArrangementPhaseChanged,
  MraArrangementStepRecorded,
  MraArrangementReviewDue,
];
