import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { int4, isoDateTime, regionCode, safeText, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const selectionEvent = eventsOn(TOPIC_NAMES.pilotEvents, 'pilot');

const text = (max: number) => safeText.trim().min(1).max(max);
const taxpayerId = text(32);
const bilingual = (max: number) => z.object({ mn: text(max), en: text(max) });

/** Why an invitation ended without an acceptance. */
export const PILOT_INVITATION_ENDINGS = ['declined', 'expired'] as const;

/**
 * The draft programme a candidate is consulted on (issue 17): the eligibility criteria, the
 * benefits and the validation process, in Mongolian and English, as the policy unit wrote them for
 * the pilot, with the programme version (published by the applications service) they refer to.
 */
export const pilotDraftProgrammeSchema = z.strictObject({
  eligibilityCriteria: bilingual(4000),
  benefits: bilingual(4000),
  validationProcess: bilingual(4000),
  /** The published programme version (`aeo.programme.published.v1`) whose criteria catalogue the text refers to. */
  programmeVersion: int4({ min: 1 }).optional(),
});
export type PilotDraftProgramme = z.output<typeof pilotDraftProgrammeSchema>;

/** A candidate of the pilot: its company, and the operator and region the programme knows of. */
const candidateRef = {
  pilotId: uuid,
  taxpayerId,
  /** The operator registered in the applications service; null while the company is not registered. */
  operatorId: uuid.nullable(),
  region: regionCode,
};

export const PilotShortlisted = selectionEvent({
  type: 'aeo.programme.pilot.shortlisted.v1',
  summary:
    'The policy unit took a shortlist of pilot candidates from the risk engine’s ranking, with the weights, window and exclusions used.',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    shortlistId: uuid,
    /** The shortlist’s number in the pilot (1, 2, ...); the latest one is chosen from. */
    sequence: int4({ min: 1 }),
    weights: z.object({ volume: z.number(), value: z.number(), revenue: z.number() }),
    windowDays: int4({ min: 1 }),
    exclusionYears: int4({ min: 1 }),
    candidates: z.array(z.object({ rank: int4({ min: 1 }), taxpayerId, score: z.number() })).max(100),
    /** Traders left out for serious infringements. */
    excluded: int4({ min: 0 }),
    by: text(200),
    at: isoDateTime,
  }),
});

export const PilotCandidateChosen = selectionEvent({
  type: 'aeo.programme.pilot.candidate-chosen.v1',
  summary:
    'The policy unit chose a shortlisted candidate for the pilot, with its reason (or a replacement was chosen automatically).',
  internal: true,
  schema: z.object({
    ...candidateRef,
    shortlistId: uuid,
    rank: int4({ min: 1 }),
    reason: text(2000),
    /** The candidate this one replaces (declined or expired), when it is a replacement. */
    replacing: taxpayerId.optional(),
    by: text(200),
    at: isoDateTime,
  }),
});

export const PilotInvitationSent = selectionEvent({
  type: 'aeo.programme.pilot.invitation-sent.v1',
  summary:
    'A chosen candidate was invited to the pilot with the draft programme (criteria, benefits, validation process); it answers by the deadline.',
  schema: z.object({
    ...candidateRef,
    pilotCode: text(64),
    pilotTitle: text(300),
    answerDueAt: isoDateTime,
    draftProgramme: pilotDraftProgrammeSchema,
    at: isoDateTime,
  }),
});

export const PilotConsultationCommented = selectionEvent({
  type: 'aeo.programme.pilot.consultation-commented.v1',
  summary: 'An invited candidate commented on the draft programme during the consultation.',
  internal: true,
  schema: z.object({ ...candidateRef, comment: text(4000), by: text(200), at: isoDateTime }),
});

/** Consumed by the applications service (P3) to tag the company’s certification as a pilot’s. */
export const PilotParticipantAccepted = selectionEvent({
  type: 'aeo.programme.pilot.participant-accepted.v1',
  summary: 'An invited candidate accepted to take part in the pilot: it is a pilot company.',
  schema: z.object({ ...candidateRef, acceptedAt: isoDateTime }),
});

export const PilotParticipantDeclined = selectionEvent({
  type: 'aeo.programme.pilot.participant-declined.v1',
  summary: 'An invited candidate declined to take part in the pilot, with its reason.',
  internal: true,
  schema: z.object({ ...candidateRef, reason: text(2000), declinedAt: isoDateTime }),
});

export const PilotInvitationExpired = selectionEvent({
  type: 'aeo.programme.pilot.invitation-expired.v1',
  summary: 'An invited candidate did not answer by the deadline.',
  internal: true,
  schema: z.object({ ...candidateRef, answerDueAt: isoDateTime, expiredAt: isoDateTime }),
});

export const PilotReplacementProposed = selectionEvent({
  type: 'aeo.programme.pilot.replacement-proposed.v1',
  summary:
    'An invitation ended without an acceptance: the next shortlisted candidate not yet invited is proposed (chosen at once when the pilot says so), or none is left.',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    /** The candidate that declined or did not answer. */
    replacing: taxpayerId,
    ending: z.enum(PILOT_INVITATION_ENDINGS),
    /** The next shortlisted candidate not yet chosen; null when the latest shortlist has none left. */
    proposed: z.object({ taxpayerId, rank: int4({ min: 1 }), shortlistId: uuid }).nullable(),
    /** True when the pilot chooses replacements automatically (the candidate was chosen and invited). */
    automatic: z.boolean(),
    at: isoDateTime,
  }),
});

export const PilotParticipantWithdrawn = selectionEvent({
  type: 'aeo.programme.pilot.participant-withdrawn.v1',
  summary: 'The policy unit withdrew a chosen, invited or accepted candidate from the pilot, with the reason.',
  schema: z.object({ ...candidateRef, reason: text(2000), by: text(200), withdrawnAt: isoDateTime }),
});

export const PilotSelectionTermsSet = selectionEvent({
  type: 'aeo.programme.pilot.selection-terms-set.v1',
  summary:
    'The policy unit set or changed what the pilot’s candidates are invited with (draft programme, answer days, replacement mode), while the pilot is planned or running; invitations already sent keep the programme they were sent with.',
  internal: true,
  schema: z.object({
    pilotId: uuid,
    draftProgramme: pilotDraftProgrammeSchema,
    answerDays: int4({ min: 1 }),
    replacement: z.enum(['confirm', 'automatic']),
    /** False the first time the terms are set. */
    changed: z.boolean(),
    by: text(200),
    at: isoDateTime,
  }),
});

/** Consumed by the applications service: the pilot company's certifications are matched by this operator too. */
export const PilotParticipantIdentified = selectionEvent({
  type: 'aeo.programme.pilot.participant-identified.v1',
  summary:
    'The policy unit set or corrected a pilot candidate’s operator id (its registration in the applications service), with the reason.',
  schema: z.object({
    ...candidateRef,
    operatorId: uuid,
    /** The operator id recorded before; null when none was. */
    previousOperatorId: uuid.nullable(),
    reason: text(2000),
    by: text(200),
    at: isoDateTime,
  }),
});

export const PROGRAMME_PILOT_SELECTION_EVENTS: readonly EventDefinition[] = [
  PilotShortlisted,
  PilotCandidateChosen,
  PilotInvitationSent,
  PilotConsultationCommented,
  PilotParticipantAccepted,
  PilotParticipantDeclined,
  PilotInvitationExpired,
  PilotReplacementProposed,
  PilotParticipantWithdrawn,
  PilotSelectionTermsSet,
  PilotParticipantIdentified,
];
