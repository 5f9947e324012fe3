import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';

/** An authorisation of the AEO register as customs and its holder see it. */
export const authorisationSchema = z.object({
  authorisationNumber: z.string(),
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  taxpayerId: z.string(),
  name: z.string().describe('The holder’s name'),
  region: z.string(),
  statusType: z.string().describe('AEOC, AEOS or AEOF'),
  status: z.string().describe('granted, suspended, revoked or surrendered'),
  conditions: z.array(z.string()),
  decidedBy: z.string().optional().describe('Who decided the grant. Customs only (absent for an operator user)'),
  decidedAt: responseInstant,
  effectiveFrom: responseInstant,
  revalidationDue: responseInstant.nullable().describe('null once the authorisation is revoked or surrendered'),
  consentToMraSharing: z.boolean(),
  publishedFields: z.array(z.string()).nullable().describe('What the public register shows; null = not published'),
});
export class AuthorisationDto extends createZodDto(authorisationSchema) {}

export const authorisationWithHistorySchema = authorisationSchema.extend({
  history: z.array(
    z.object({
      change: z.string(),
      status: z.string(),
      changedBy: z.string().optional().describe('Who made the change. Customs only (absent for an operator user)'),
      changedAt: responseInstant,
      details: z.unknown(),
    }),
  ),
});
export class AuthorisationWithHistoryDto extends createZodDto(authorisationWithHistorySchema) {}

export const publicationAnswerSchema = z.object({
  authorisationNumber: z.string(),
  published: z.boolean(),
  fields: z.array(z.string()),
});
export class PublicationAnswerDto extends createZodDto(publicationAnswerSchema) {}

/** A public register entry: the number and status, and only the fields its holder chose to publish. */
export const publicEntrySchema = z.object({
  authorisationNumber: z.string(),
  status: z.string(),
  name: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  statusType: z.string().optional(),
  effectiveFrom: responseInstant.optional(),
  taxpayerId: z.string().optional(),
});
export class PublicEntryDto extends createZodDto(publicEntrySchema) {}
export class PublicEntryPageDto extends createZodDto(pageSchemaOf(publicEntrySchema)) {}
