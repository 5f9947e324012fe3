import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, safeText, trimmedVisibleMultilineText } from '@aeo/contracts';
import { RECOMMENDATIONS } from './validation-case';

export const validationCaseIdParamsSchema = z.strictObject({ caseId: z.uuid() });
export class ValidationCaseIdParams extends createZodDto(validationCaseIdParamsSchema) {}

export const listValidationCasesQuerySchema = z.strictObject({
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export class ListValidationCasesQuery extends createZodDto(listValidationCasesQuerySchema) {}

export const validationReportBodySchema = z
  .strictObject({
    recommendation: z.enum(RECOMMENDATIONS),
    conditions: z
      .array(trimmedVisibleMultilineText.min(5).max(500))
      .max(20)
      .default([])
      .describe('Conditions proposed with a grant'),
    summary: trimmedVisibleMultilineText.min(20, 'summarise the findings (at least 20 characters)').max(4000),
  })
  .superRefine((body, ctx) => {
    if (body.recommendation === 'grant-with-conditions' && body.conditions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'a grant with conditions needs the conditions' });
  });
export class ValidationReportDto extends createZodDto(validationReportBodySchema) {}

export const validationCaseAssignmentBodySchema = z.strictObject({
  validator: safeText
    .trim()
    .min(1)
    .max(200)
    .describe('The sub of an active validator of the case’s region (GET /v1/validators)'),
  reason: trimmedVisibleMultilineText.min(5).max(1000).describe('Why the case changes hands (audited)'),
});
export class ValidationCaseAssignmentDto extends createZodDto(validationCaseAssignmentBodySchema) {}
