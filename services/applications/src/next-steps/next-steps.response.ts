import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { deadlineSchemaOf, responseInstant } from '@aeo/service-kit';
import { NEXT_STEP_ACTORS, NEXT_STEP_CODES } from './next-steps';

export const nextStepSchema = z.object({
  actor: z.enum(NEXT_STEP_ACTORS).describe('Who must act: the trader (the operator) or customs'),
  code: z
    .enum(NEXT_STEP_CODES)
    .describe(
      'What is to be done; the portal words it. The trader’s: complete-self-assessment, upload-evidence, submit-application (a draft, no deadline), answer-information-request, reply-to-hearing (the right to be heard before a refusal), update-revalidation-self-assessment, remediation-plan-due, carry-out-remediation (a suspension), reply-to-revocation-hearing. Customs’: customs-acceptance-decision, customs-certification-decision, revalidation-due, customs-revalidation-decision, customs-reinstatement-decision, customs-revocation-decision',
    ),
  subject: z
    .object({ type: z.enum(['application', 'authorisation']), id: z.string() })
    .describe('The application (its id) or the authorisation (its number) the step is about'),
  deadline: deadlineSchemaOf(NEXT_STEP_CODES, 'The step’s deadline')
    .omit({ kind: true })
    .nullable()
    .describe(
      'The legal or programme deadline; null when the step has none (a draft’s, a revocation decision after the hearing)',
    ),
  link: z.string().describe('The API path of the thing to act on (customs’ steps: the record to read)'),
});

export const nextStepsSchema = z.object({
  timeZone: z.string().describe('The zone whose calendar days `daysLeft` counts (PROGRAMME_TIME_ZONE)'),
  asOf: responseInstant.describe('The instant the steps were derived at'),
  items: z
    .array(nextStepSchema)
    .describe('Every step that can be taken now, the soonest deadline first, those without one last'),
});
export class NextStepsDto extends createZodDto(nextStepsSchema) {}
