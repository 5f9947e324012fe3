import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { isoDateTime, safeText, textMatching, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const matchingEvent = eventsOn(TOPIC_NAMES.mraEvents, 'mra-foreign-id');

const text = (max: number) => safeText.trim().min(1).max(max);

/** What every foreign identifier review event carries (message key: the arrangement id, else the country). */
const reviewRef = {
  reviewId: uuid,
  /** ISO 3166-1 alpha-2 code of the country the declaration names the AEO of. */
  country: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
  /** The identifier as the first declaration wrote it. */
  declaredId: text(64),
  /** normaliseForeignAeoId(country, declaredId). */
  normalisedId: text(64),
};

export const MRA_FOREIGN_ID_REVIEW_REASONS = ['unmatched', 'ambiguous'] as const;
export const MRA_FOREIGN_ID_RESOLUTIONS = ['matched', 'not-recognised'] as const;

export const MraForeignIdReviewNeeded = matchingEvent({
  type: 'aeo.mra-foreign-id.review-needed.v1',
  summary:
    'A foreign AEO identifier named by a declaration matched no active partner list entry (unmatched) or several (ambiguous): an MRA officer resolves it in the review queue. Published once per open review item.',
  schema: z.object({
    ...reviewRef,
    reason: z.enum(MRA_FOREIGN_ID_REVIEW_REASONS),
    candidates: z.array(z.object({ arrangementId: uuid, aeoId: text(64) })).max(50),
    declarationId: text(64),
    firstSeenAt: isoDateTime,
  }),
});

export const MraForeignIdResolved = matchingEvent({
  type: 'aeo.mra-foreign-id.resolved.v1',
  summary:
    'An MRA officer resolved a foreign AEO identifier under review: matched to a partner list entry (an alias later declarations match by) or not recognised.',
  schema: z.object({
    ...reviewRef,
    resolution: z.enum(MRA_FOREIGN_ID_RESOLUTIONS),
    arrangementId: uuid.optional(),
    aeoId: text(64).optional(),
    by: text(200),
    at: isoDateTime,
  }),
});

// Events of the mra service on TOPIC_NAMES.mraEvents (keyed by arrangement id, else the country).
export const MRA_MATCHING_EVENTS: readonly EventDefinition[] = [MraForeignIdReviewNeeded, MraForeignIdResolved];
