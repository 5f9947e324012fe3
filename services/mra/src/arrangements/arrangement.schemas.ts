import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { MRA_PHASES, safeText, textMatching, trimmedVisibleMultilineText, trimmedVisibleText } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import {
  advanceStepSchema,
  comparisonStepSchema,
  exchangeTestStepSchema,
  mraReviewPolicySchema,
  negotiationRoundStepSchema,
  reviewPolicyStepSchema,
  reviewStepSchema,
  comparisonEntrySchema,
  signStepSchema,
  suspendStepSchema,
  visitStepSchema,
} from '@aeo/workflows';
import { ARRANGEMENT_OVERVIEW_SORTS, ARRANGEMENT_STATUSES } from './arrangement-overview';

export const arrangementIdParamsSchema = z.strictObject({ arrangementId: z.uuid() });
export class ArrangementIdParams extends createZodDto(arrangementIdParamsSchema) {}

export const newArrangementSchema = z.strictObject({
  partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. CN'),
  partnerAdministration: trimmedVisibleText.min(1).max(300),
  title: trimmedVisibleText.min(1).max(300),
  /** Months between periodic reviews once operational (default 36). */
  reviewIntervalMonths: mraReviewPolicySchema.shape.intervalMonths,
  /** Reminders this many days before a review is due (default 90 and 30). */
  reminderDaysBefore: mraReviewPolicySchema.shape.reminderDaysBefore,
});
export class NewArrangementDto extends createZodDto(newArrangementSchema) {}

// Each step's body: the workflow's step without its name and the person (the API sets those from the route and token).
// Its free text is refused here when something is hidden in it (the workflow's own schema stays as it was, for the
// steps it took before and the arrangements' answers).
const person = { step: true, by: true, byRoles: true } as const;
const free = (max: number) => trimmedVisibleMultilineText.min(1).max(max);
const frees = (max: number, items: number) => z.array(free(max)).max(items);

export class AdvanceDto extends createZodDto(advanceStepSchema.omit(person).extend({ note: free(2000).optional() })) {}
export class ComparisonDto extends createZodDto(
  comparisonStepSchema.omit(person).extend({
    entries: z
      .array(comparisonEntrySchema.extend({ note: free(2000).optional() }))
      .min(1)
      .max(500),
  }),
) {}
/**
 * A visit, a round, a test and a signature are recorded once they took place: their date is not
 * after today (tomorrow is allowed, for a partner's time zone ahead of ours).
 */
const tookPlace = <T extends z.ZodType<string>>(date: T) =>
  date.refine(
    (value) => value <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    'must not be in the future (record a step once it took place)',
  );

export class VisitDto extends createZodDto(
  visitStepSchema.omit(person).extend({
    date: tookPlace(visitStepSchema.shape.date),
    ourObservations: frees(2000, 50).min(1),
    partnerObservations: frees(2000, 50).min(1),
  }),
) {}
export class NegotiationRoundDto extends createZodDto(
  negotiationRoundStepSchema
    .omit(person)
    .extend({ date: tookPlace(negotiationRoundStepSchema.shape.date), notes: free(10_000) }),
) {}
export class SignatureDto extends createZodDto(
  signStepSchema.omit(person).extend({ signedOn: tookPlace(signStepSchema.shape.signedOn), text: free(100_000) }),
) {}
export class ExchangeTestDto extends createZodDto(
  exchangeTestStepSchema
    .omit(person)
    .extend({ date: tookPlace(exchangeTestStepSchema.shape.date), notes: free(5000).optional() }),
) {}
export class ReviewDto extends createZodDto(
  reviewStepSchema.omit(person).extend({ findings: frees(5000, 50).min(1) }),
) {}
export class ReviewPolicyDto extends createZodDto(reviewPolicyStepSchema.omit(person)) {}
/** Suspension, resumption and termination each give their reason. */
export class ReasonDto extends createZodDto(suspendStepSchema.omit(person).extend({ reason: free(2000) })) {}

export const arrangementOverviewQuerySchema = z.strictObject({
  phase: z
    .enum(MRA_PHASES)
    .optional()
    .describe(`One phase: ${MRA_PHASES.join(', ')}`),
  status: z
    .enum(ARRANGEMENT_STATUSES)
    .optional()
    .describe('active (neither suspended nor terminated), suspended or terminated'),
  partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. CN')
    .optional()
    .describe('ISO 3166-1 alpha-2 code of the partner country'),
  q: safeText
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The start of the partner administration’s name or of the title (any case), or the country code'),
  ...pageQueryShape(ARRANGEMENT_OVERVIEW_SORTS, {
    sort: 'lastActivityAt',
    order: 'desc',
    sortDescription:
      'lastActivityAt (the default: the latest recorded step, newest first with desc), createdAt, partnerCountry or phase (in the order of the WCO phases)',
  }),
});
export type ArrangementOverviewQuery = z.output<typeof arrangementOverviewQuerySchema>;
export class ArrangementOverviewQueryDto extends createZodDto(arrangementOverviewQuerySchema) {}
