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
