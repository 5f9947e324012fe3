import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, regionCode, safeText } from '@aeo/contracts';

/** Fields a holder may publish besides the authorisation number and its status, which any published entry shows. */
export const PUBLISHABLE_FIELDS = ['name', 'city', 'statusType', 'effectiveFrom', 'region'] as const;

export const publicationBodySchema = z.strictObject({
  publish: z.boolean().describe('false removes the entry from the public register'),
  fields: z.array(z.enum(PUBLISHABLE_FIELDS)).max(PUBLISHABLE_FIELDS.length).default([]),
});
export class PublicationDto extends createZodDto(publicationBodySchema) {}

export const authorisationNumberParamsSchema = z.strictObject({ authorisationNumber: safeText.trim().min(1).max(64) });
export class AuthorisationNumberParams extends createZodDto(authorisationNumberParamsSchema) {}

export const listAuthorisationsQuerySchema = z.strictObject({
  region: regionCode.optional(),
  status: z.enum(['granted', 'suspended', 'revoked', 'surrendered']).optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export class ListAuthorisationsQuery extends createZodDto(listAuthorisationsQuerySchema) {}

export const publicSearchQuerySchema = z.strictObject({
  name: safeText
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe("Part of the holder's name (only holders who publish their name)"),
  limit: intParam({ min: 1, max: 100 }).default(50),
});
export class PublicSearchQuery extends createZodDto(publicSearchQuerySchema) {}
