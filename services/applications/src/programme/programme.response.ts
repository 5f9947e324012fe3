import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { programmeDocumentSchema } from './programme.schemas';

/** A published programme version: status types, the criteria catalogue and the time limits. */
export const programmeVersionSchema = z.object({
  version: z.number().int(),
  document: programmeDocumentSchema,
  note: z.string().nullable(),
  publishedBy: z.string(),
  publishedAt: responseInstant,
});
export class ProgrammeVersionDto extends createZodDto(programmeVersionSchema) {}

/** What an evidence upload accepts (GET /programme/evidence-limits). */
export const evidenceLimitsSchema = z.object({
  maxBytes: z.number().int().describe('Largest document accepted, in bytes (DOCUMENT_MAX_BYTES); larger is a 413'),
  mediaTypes: z
    .array(z.string())
    .describe(
      'Media types accepted, recognised by the content (application/pdf, image/png, image/jpeg); others are a 415',
    ),
});
export class EvidenceLimitsDto extends createZodDto(evidenceLimitsSchema) {}
