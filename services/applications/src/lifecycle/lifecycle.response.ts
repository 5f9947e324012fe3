import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TRIGGER_SOURCES } from '@aeo/workflows';
import { riskOutcomeSchema } from '../certification/certification-state.response';

const stage = z.enum([
  'monitoring',
  'self-assessment',
  'risk-assessment',
  'validation',
  'decision',
  'suspended',
  'revocation-hearing',
  'revocation-decision',
  'revoking',
  'surrendering',
  'revoked',
  'surrendered',
]);
const trigger = z.object({
  triggerId: z.string(),
  source: z.enum(TRIGGER_SOURCES),
  reason: z.string(),
  requestedBy: z.string(),
  siteVisit: z.boolean(),
});

const CUSTOMS_ONLY = 'Customs only (absent for an operator user)';

/**
 * The revalidation workflow's state as its query and its lifecycle update answer it
 * (RevalidationState of @aeo/workflows; @ZodResponse checks at compile time that it fits). An
 * operator user gets the holder's view (holder-view.ts): without the triggers, the risk outcome,
 * the validation, the customs staff who acted and the history's notes.
 */
export const revalidationStateSchema = z.object({
  authorisationNumber: z.string(),
  stage,
  cycle: z.number().int(),
  nextDueAt: z.string().nullable().describe('ISO 8601; null once the authorisation is revoked or surrendered'),
  conditions: z.array(z.string()),
  trigger: trigger.optional().describe(`The trigger of the running cycle. ${CUSTOMS_ONLY}`),
  pendingTriggers: z
    .array(trigger)
    .optional()
    .describe(`Triggers noted while a cycle or a suspension runs; the next cycle takes them up. ${CUSTOMS_ONLY}`),
  selfAssessment: z
    .object({
      due: z.string(),
      updatedBy: z.string().optional(),
      updatedAt: z.string().optional(),
      changedQuestions: z.number().int().optional(),
    })
    .optional(),
  risk: riskOutcomeSchema.optional().describe(CUSTOMS_ONLY),
  validation: z
    .object({
      caseId: z.string(),
      reportDue: z.string(),
      siteVisitRequired: z.boolean(),
      recommendation: z.string().optional(),
      submittedBy: z.string().optional(),
    })
    .optional()
    .describe(CUSTOMS_ONLY),
  suspension: z
    .object({
      scope: z.enum(['whole', 'security']),
      grounds: z.array(z.string()),
      by: z.string().optional().describe(`Who suspended. ${CUSTOMS_ONLY}`),
      since: z.string(),
      requestedByHolder: z.boolean(),
      planDue: z.string(),
      plan: z
        .object({
          measures: z.array(z.string()),
          periodDays: z.number().int(),
          by: z.string(),
          remediationDue: z.string(),
        })
        .optional(),
    })
    .optional(),
  revocation: z
    .object({
      grounds: z.array(z.string()),
      by: z.string().optional().describe(`Who intended the revocation. ${CUSTOMS_ONLY}`),
      respondBy: z.string(),
      response: z.object({ by: z.string(), response: z.string() }).optional(),
      expired: z.boolean().optional(),
      effectiveFrom: z.string().optional(),
    })
    .optional(),
  surrender: z.object({ by: z.string(), reason: z.string(), effectiveFrom: z.string() }).optional(),
  history: z.array(
    z.object({
      at: z.string(),
      stage,
      note: z.string().optional().describe(`What happened, naming triggers, risk and staff. ${CUSTOMS_ONLY}`),
    }),
  ),
});
export class RevalidationStateDto extends createZodDto(revalidationStateSchema) {}

/** The register's view of an authorisation and its workflow's. */
export const lifecycleSchema = z.object({
  authorisationNumber: z.string(),
  status: z.enum(['granted', 'suspended', 'revoked', 'surrendered']),
  suspendedScope: z.enum(['whole', 'security']).nullable(),
  revalidationDue: z.iso.datetime().nullable().describe('null once the authorisation is revoked or surrendered'),
  revalidationCycle: z.number().int(),
  conditions: z.array(z.string()),
  workflow: revalidationStateSchema.nullable().describe('null when the workflow cannot be asked (see workflowProblem)'),
  workflowProblem: z.string().optional(),
});
export class LifecycleDto extends createZodDto(lifecycleSchema) {}

export const revalidationRequestAnswerSchema = z.object({
  requestId: z.string(),
  authorisationNumber: z.string(),
  status: z.literal('accepted'),
});
export class RevalidationRequestAnswerDto extends createZodDto(revalidationRequestAnswerSchema) {}

const reportedChange = z.object({
  changeId: z.uuid(),
  kind: z.string(),
  description: z.string(),
  effectiveDate: z.string().describe('YYYY-MM-DD'),
  siteVisit: z.boolean().describe('The change calls for a site visit'),
  reportedBy: z.string(),
  reportedAt: z.iso.datetime(),
});
export class ReportedChangeAnswerDto extends createZodDto(reportedChange.extend({ authorisationNumber: z.string() })) {}
export class ReportedChangeItemDto extends createZodDto(reportedChange) {}
