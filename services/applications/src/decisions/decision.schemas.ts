import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { trimmedVisibleMultilineText } from '@aeo/contracts';

const reasons = z
  .array(trimmedVisibleMultilineText.min(5, 'each reason needs at least 5 characters').max(2000))
  .min(1, 'give at least one reason')
  .max(20);

export const executiveDecisionBodySchema = z
  .strictObject({
    decision: z
      .enum(['grant', 'refuse', 'extend'])
      .describe('grant; refuse (the operator is heard first, then the final decision); extend the decision period'),
    reasons,
    conditions: z
      .array(trimmedVisibleMultilineText.min(5).max(500))
      .max(20)
      .optional()
      .describe('Conditions attached to a grant'),
    days: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .describe('Extension of the decision period in days (once, at most the programme maximum)'),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'extend' && body.days === undefined)
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'an extension needs its number of days' });
    if (body.decision !== 'extend' && body.days !== undefined)
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'days only go with decision "extend"' });
    if (body.decision !== 'grant' && body.conditions !== undefined)
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'conditions only go with decision "grant"' });
  });
export class ExecutiveDecisionDto extends createZodDto(executiveDecisionBodySchema) {}

export const hearingResponseBodySchema = z.strictObject({
  response: trimmedVisibleMultilineText.min(5, 'write your comments (at least 5 characters)').max(10_000),
});
export class HearingResponseDto extends createZodDto(hearingResponseBodySchema) {}

export const withdrawalBodySchema = z.strictObject({
  reason: trimmedVisibleMultilineText.min(5, 'say why (at least 5 characters)').max(2000),
});
export class WithdrawalDto extends createZodDto(withdrawalBodySchema) {}
