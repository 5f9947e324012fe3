import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

/** An arrangement as the API answers it (from the repository's Arrangement). */
export const arrangementSchema = z.object({
  id: z.uuid(),
  partnerCountry: z.string().describe('ISO 3166-1 alpha-2 code of the partner country'),
  partnerAdministration: z.string(),
  phase: z.string().describe('Stage of the arrangement: negotiation, joint validation, signed, implemented, ...'),
  signedOn: z.string().nullable().describe('Calendar date (YYYY-MM-DD) it was signed; null while negotiated'),
  createdAt: responseInstant,
});
export class ArrangementDto extends createZodDto(arrangementSchema) {}
