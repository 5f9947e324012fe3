import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import {
  MRA_FOREIGN_ID_RESOLUTIONS,
  intParam,
  isoDate,
  isoDateTime,
  safeText,
  textMatching,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
} from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { REVIEW_QUEUE_SORTS } from './foreign-ids.repository';

const country = textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. CN');

export const reviewsQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved']).optional(),
  country: country.optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export type ReviewsQuery = z.output<typeof reviewsQuerySchema>;
export class ReviewsQueryDto extends createZodDto(reviewsQuerySchema) {}

/** The review items paged, filtered and sorted on the server (the console's list). */
export const reviewQueueQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved']).optional().describe('open or resolved (both when absent)'),
  country: country.optional(),
  reason: z.enum(['unmatched', 'ambiguous']).optional(),
  q: safeText
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('The start of the identifier, as declared (any case) or normalised'),
  ...pageQueryShape(REVIEW_QUEUE_SORTS, {
    sort: 'firstSeenAt',
    order: 'asc',
    sortDescription:
      'firstSeenAt (the default: oldest first), lastSeenAt or declarations (how many declarations named it)',
  }),
});
export type ReviewQueueQuery = z.output<typeof reviewQueueQuerySchema>;
export class ReviewQueueQueryDto extends createZodDto(reviewQueueQuerySchema) {}

export const reviewIdParamsSchema = z.strictObject({ reviewId: z.uuid() });
export class ReviewIdParams extends createZodDto(reviewIdParamsSchema) {}

/** Only `matched` names a partner list entry, and it must: each field named when it is missing or out of place. */
export const resolveReviewSchema = z
  .strictObject({
    resolution: z.enum(MRA_FOREIGN_ID_RESOLUTIONS),
    /** With `matched` only (and then required): the partner list entry the identifier stands for. */
    arrangementId: z.uuid().optional(),
    aeoId: trimmedVisibleText.min(1).max(64).optional(),
    note: trimmedVisibleMultilineText.min(1).max(2000).optional(),
  })
  .superRefine((body, context) => {
    for (const field of ['arrangementId', 'aeoId'] as const) {
      const given = body[field] !== undefined;
      if (given !== (body.resolution === 'matched')) {
        const message = given ? 'only with resolution matched' : 'required with resolution matched';
        context.addIssue({ code: 'custom', path: [field], message });
      }
    }
  });
export type ResolveReviewBody = z.output<typeof resolveReviewSchema>;
export class ResolveReviewDto extends createZodDto(resolveReviewSchema) {}

export const matchRateQuerySchema = z
  .strictObject({ from: isoDateTime, to: isoDateTime })
  // Instants, not strings: `10:00+09:00` is before `05:00Z`.
  .refine((query) => Date.parse(query.from) < Date.parse(query.to), { message: 'must be before to', path: ['from'] });
export class MatchRateQueryDto extends createZodDto(matchRateQuerySchema) {}

export const recognitionParamsSchema = z.strictObject({
  country,
  aeoId: trimmedVisibleText.min(1).max(64),
});
export class RecognitionParams extends createZodDto(recognitionParamsSchema) {}

export const recognitionQuerySchema = z.strictObject({
  /** The day to answer for (default today, UTC). */
  on: isoDate().optional(),
});
export class RecognitionQueryDto extends createZodDto(recognitionQuerySchema) {}
