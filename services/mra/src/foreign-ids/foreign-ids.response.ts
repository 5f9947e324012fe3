import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { MRA_FOREIGN_ID_RESOLUTIONS, mraBenefit, MRA_DIRECTIONS } from '@aeo/contracts';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { MATCH_KINDS } from './foreign-ids.repository';

export const reviewSchema = z.object({
  id: z.uuid(),
  country: z.string().describe('ISO 3166-1 alpha-2 code of the country the identifier is of'),
  declaredId: z.string().describe('As the first declaration wrote it'),
  normalisedId: z.string(),
  reason: z.enum(['unmatched', 'ambiguous']),
  candidates: z.array(z.object({ arrangementId: z.uuid(), aeoId: z.string() })),
  firstDeclarationId: z.string(),
  declarations: z.number().int().describe('How many declarations named it while open'),
  firstSeenAt: responseInstant,
  lastSeenAt: responseInstant,
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(MRA_FOREIGN_ID_RESOLUTIONS).nullable(),
  arrangementId: z.uuid().nullable(),
  aeoId: z.string().nullable(),
  note: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: responseInstant.nullable(),
});
export class ReviewDto extends createZodDto(reviewSchema) {}
export class ReviewPageDto extends createZodDto(pageSchemaOf(reviewSchema)) {}

export const matchRateSchema = z.object({
  from: z.string(),
  to: z.string(),
  declaredIds: z.number().int().describe('Foreign identifiers declared in the period'),
  matchedExactly: z.number().int(),
  matchedNormalised: z.number().int(),
  matchedByAlias: z.number().int(),
  unmatched: z.number().int(),
  ambiguous: z.number().int(),
  rate: z.number().nullable().describe('Matched (any kind) over declared; null when none was declared'),
});
export class MatchRateDto extends createZodDto(matchRateSchema) {}

export const recognitionSchema = z.object({
  country: z.string(),
  declaredId: z.string(),
  normalisedId: z.string(),
  on: z.string().describe('The day answered for (YYYY-MM-DD)'),
  recognised: z.boolean(),
  arrangement: z.object({ id: z.uuid(), title: z.string(), partnerCountry: z.string() }).nullable(),
  aeo: z.object({ aeoId: z.string(), name: z.string(), statusType: z.string(), status: z.string() }).nullable(),
  benefits: z.array(mraBenefit).describe('What we grant the partner’s AEOs under the arrangement (when recognised)'),
  directions: z.array(z.enum(MRA_DIRECTIONS)),
  matchedBy: z.enum(MATCH_KINDS).nullable(),
  reason: z.string().nullable().describe('Why it is not recognised; null when it is'),
});
export class RecognitionDto extends createZodDto(recognitionSchema) {}
