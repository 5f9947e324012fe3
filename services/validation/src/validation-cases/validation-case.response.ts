import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { CASE_PURPOSES, RECOMMENDATIONS } from './validation-case';

/** A validation case as the API answers it (ValidationCase). */
export const validationCaseSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  region: z.string(),
  status: z.string().describe('open, reported, or closed when its process ended before the report'),
  assignedValidator: z.string().nullable().describe('`sub` of the validator; null when the region has no active one'),
  openedAt: responseInstant,
  programmeVersion: z.number().int().nullable(),
  taxpayerId: z.string().nullable(),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']).nullable(),
  riskScore: z.string().nullable().describe('Risk score at opening (decimal, as text)'),
  riskRecommendation: z.string().nullable(),
  siteVisitRequired: z.boolean(),
  reportDue: responseInstant.nullable(),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  conditions: z.array(z.string()).nullable(),
  reportSummary: z.string().nullable(),
  reportSubmittedBy: z.string().nullable(),
  reportSubmittedAt: responseInstant.nullable(),
  purpose: z
    .enum(CASE_PURPOSES)
    .describe('Certification of an application, or revalidation of an authorisation in one of its cycles'),
  workflowId: z.string().describe('The workflow the report is handed to'),
  authorisationNumber: z.string().nullable(),
  cycle: z.number().int().nullable(),
  caseKey: z.string(),
  closedAt: responseInstant.nullable(),
  closedReason: z.string().nullable(),
  closedBy: z.string().nullable(),
});
export class ValidationCaseDto extends createZodDto(validationCaseSchema) {}
