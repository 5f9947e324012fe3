import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { hearingResponseSchema, validationReportSchema } from '@aeo/workflows';

const stage = z.enum([
  'acceptance',
  'risk-assessment',
  'validation',
  'decision',
  'hearing',
  'final-decision',
  'granted',
  'refused',
  'rejected',
  'withdrawn',
]);

/** The risk engine's outcome as a workflow holds it (certification and revalidation alike). */
export const riskOutcomeSchema = z.object({
  score: z.number(),
  recommendation: z.enum(['proceed', 'proceed-with-enhanced-validation', 'high-risk-review']),
  modelVersion: z.string(),
});

/**
 * The certification workflow's state as its query answers it (CertificationState of
 * @aeo/workflows; @ZodResponse checks at compile time that the query's type fits this schema).
 */
export const certificationStateSchema = z.object({
  stage,
  applicationId: z.uuid(),
  acceptanceDeadline: z.string().describe('ISO 8601'),
  decisionDeadline: z.string().optional().describe('Set at acceptance; moves with an extension'),
  extendedByDays: z.number().int().optional(),
  risk: riskOutcomeSchema.optional(),
  validation: z
    .object({
      caseId: z.uuid(),
      reportDue: z.string(),
      siteVisitRequired: z.boolean(),
      report: z.object(validationReportSchema.shape).optional(),
    })
    .optional(),
  informationRequests: z
    .array(
      z.object({
        requestId: z.string(),
        requestedBy: z.string(),
        requestedAt: z.string(),
        dueBy: z.string(),
        receivedAt: z.string().optional(),
      }),
    )
    .optional(),
  hearing: z
    .object({
      grounds: z.array(z.string()),
      respondBy: z.string(),
      response: z.object(hearingResponseSchema.shape).optional(),
      expired: z.boolean().optional(),
    })
    .optional(),
  decision: z
    .object({
      decision: z.enum(['grant', 'refuse']),
      decidedBy: z.string(),
      reasons: z.array(z.string()),
      conditions: z.array(z.string()).optional(),
    })
    .optional(),
  authorisation: z.object({ authorisationNumber: z.string(), effectiveFrom: z.string() }).optional(),
  history: z.array(z.object({ at: z.string(), stage, note: z.string() })),
});
export class CertificationStateDto extends createZodDto(certificationStateSchema) {}
