import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, regionCode, safeText, trimmedVisibleText } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';

/**
 * Fields a holder may publish besides the authorisation number and its status, which any published
 * entry shows. Its taxpayer id, once published, also finds the entry (a business partner or a
 * partner administration checking a trader by its id).
 */
export const PUBLISHABLE_FIELDS = ['name', 'city', 'statusType', 'effectiveFrom', 'region', 'taxpayerId'] as const;

export const publicationBodySchema = z.strictObject({
  publish: z.boolean().describe('false removes the entry from the public register'),
  fields: z.array(z.enum(PUBLISHABLE_FIELDS)).max(PUBLISHABLE_FIELDS.length).default([]),
});
export class PublicationDto extends createZodDto(publicationBodySchema) {}

export const authorisationNumberParamsSchema = z.strictObject({
  authorisationNumber: trimmedVisibleText.min(1).max(64),
});
export class AuthorisationNumberParams extends createZodDto(authorisationNumberParamsSchema) {}

export const listAuthorisationsQuerySchema = z.strictObject({
  region: regionCode.optional(),
  status: z.enum(['granted', 'suspended', 'revoked', 'surrendered']).optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export class ListAuthorisationsQuery extends createZodDto(listAuthorisationsQuerySchema) {}

export const PUBLIC_SEARCH_SORTS = ['authorisationNumber'] as const;

export const publicSearchQuerySchema = z.strictObject({
  name: safeText
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe("Part of the holder's name (only holders who publish their name)"),
  taxpayerId: safeText
    .trim()
    .min(1)
    .max(32)
    .optional()
    .describe(
      "The holder’s taxpayer id, exactly (only holders who publish their taxpayer id), in the programme's format (TAXPAYER_ID_PATTERN, default `^[0-9]{7}$`, shared with risk management); other ids answer 400",
    ),
  ...pageQueryShape(PUBLIC_SEARCH_SORTS, {
    sort: 'authorisationNumber',
    order: 'asc',
    sortDescription: 'authorisationNumber (the only sort)',
  }),
});
export class PublicSearchQuery extends createZodDto(publicSearchQuerySchema) {}
