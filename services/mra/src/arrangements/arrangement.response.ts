import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { MRA_PHASES, mraTermsSchema } from '@aeo/contracts';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { comparisonEntrySchema } from '@aeo/workflows';
import { ARRANGEMENT_STATUSES } from './arrangement-overview';

export const phaseChangeSchema = z.object({
  from: z.string().nullable().describe('Null for the creation'),
  to: z.string(),
  step: z.string().describe('The step that moved it (advance, sign, suspend, resume, terminate, created)'),
  by: z.string(),
  at: responseInstant,
  reason: z.string().nullable(),
});

/** An arrangement as the API answers it (from the repository's Arrangement and its phase history). */
export const arrangementSchema = z.object({
  id: z.uuid(),
  partnerCountry: z.string().describe('ISO 3166-1 alpha-2 code of the partner country'),
  partnerAdministration: z.string(),
  title: z.string(),
  phase: z.string().describe(`Phase of the arrangement: ${MRA_PHASES.join(', ')}`),
  signedOn: z.string().nullable().describe('Calendar date (YYYY-MM-DD) it was signed; null before'),
  terms: mraTermsSchema
    .nullable()
    .describe('The signed terms (status types, directions, benefits); null before signing'),
  reviewDueAt: responseInstant.nullable().describe('The next periodic review, once operational'),
  reviewIntervalMonths: z.number().int(),
  reminderDaysBefore: z.array(z.number().int()),
  suspendedFrom: z.string().nullable().describe('While suspended: the phase a resumption returns to'),
  createdAt: responseInstant,
  history: z.array(phaseChangeSchema).describe('The phase changes, oldest first'),
});
export class ArrangementDto extends createZodDto(arrangementSchema) {}
export class PhaseChangeDto extends createZodDto(phaseChangeSchema) {}

export const comparisonSchema = z.object({
  arrangementId: z.uuid(),
  entries: z.array(comparisonEntrySchema),
  gaps: z.number().int().describe('Entries assessed as a gap'),
  recordedBy: z.string().nullable(),
  recordedAt: responseInstant.nullable(),
});
export class ComparisonAnswerDto extends createZodDto(comparisonSchema) {}

export const termsAnswerSchema = z.object({
  arrangementId: z.uuid(),
  signedOn: z.string().nullable(),
  terms: mraTermsSchema.nullable(),
});
export class TermsAnswerDto extends createZodDto(termsAnswerSchema) {}

export const arrangementRecordSchema = z.object({
  seq: z.number().int(),
  step: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  summary: z.string(),
  details: z.unknown().describe('The step’s content (comparison entries, visit, round, test, findings, reason, ...)'),
  by: z.string(),
  at: responseInstant,
});
export class ArrangementRecordDto extends createZodDto(arrangementRecordSchema) {}

export const arrangementOverviewItemSchema = z.object({
  id: z.uuid(),
  partnerCountry: z.string().describe('ISO 3166-1 alpha-2 code of the partner country'),
  partnerAdministration: z.string(),
  title: z.string(),
  phase: z
    .string()
    .describe(
      `Phase of the arrangement: ${MRA_PHASES.join(', ')} (rows from before the workflow may hold older names)`,
    ),
  status: z.enum(ARRANGEMENT_STATUSES),
  suspendedFrom: z.string().nullable().describe('While suspended: the phase a resumption returns to'),
  signedOn: z.string().nullable().describe('Calendar date (YYYY-MM-DD) it was signed; null before'),
  reviewDueAt: responseInstant.nullable().describe('The next periodic review, once operational'),
  createdAt: responseInstant,
  lastStep: z
    .string()
    .nullable()
    .describe('The latest step recorded (advance, record-visit, sign, ...); null for none'),
  lastActivityAt: responseInstant.describe('When the latest step was recorded (its creation when none)'),
});
export type ArrangementOverviewItem = z.input<typeof arrangementOverviewItemSchema>;
export class ArrangementOverviewPageDto extends createZodDto(pageSchemaOf(arrangementOverviewItemSchema)) {}
