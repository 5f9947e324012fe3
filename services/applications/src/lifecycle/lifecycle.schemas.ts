import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { CHANGE_KINDS, isoDate, isoDateTime, safeText, trimmedVisibleMultilineText } from '@aeo/contracts';
import { revalidationPolicySchema } from '@aeo/workflows';

/** The revalidation workflow's remediation limit, as this service starts it (the policy's default). */
const MAX_REMEDIATION_DAYS = revalidationPolicySchema.parse({}).maxRemediationDays;

const reason = (what: string) => trimmedVisibleMultilineText.min(5, `${what} (at least 5 characters)`).max(2000);
const reasons = z.array(reason('each reason needs a sentence')).min(1, 'give at least one reason').max(20);
const measures = z.array(reason('describe each measure')).min(1, 'state at least one remedial measure').max(20);
const effectiveFrom = isoDateTime
  .optional()
  .describe('When it takes effect (default: at once); at most the programme maximum ahead');

export const revalidationRequestBodySchema = z.strictObject({
  requestId: z.uuid().optional().describe('Your id for this request: sending it again changes nothing'),
  reason: reason('say why the revalidation cannot wait'),
  siteVisit: z.boolean().default(false).describe('The reassessment must include a site visit'),
});
export class RevalidationRequestDto extends createZodDto(revalidationRequestBodySchema) {}

/** How far UTC+14, the zone furthest ahead, is ahead of UTC. */
const FURTHEST_AHEAD_MS = 14 * 3_600_000;

/**
 * The last day a reported change may take effect: a year after today's date where it is latest
 * (UTC+14), so that a holder anywhere, in Mongolia at UTC+8 past its midnight too, may name the day a
 * year after its own today (a date in UTC alone refused it until 08:00 there). The change is
 * reassessed at once (an early revalidation starts), so one planned further off is reported nearer
 * its date; a change long past is still taken (the holder reports it late rather than never).
 */
export const latestChangeDate = (now = new Date()): string => {
  const date = new Date(now.getTime() + FURTHEST_AHEAD_MS);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
};

export const reportedChangeBodySchema = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  description: trimmedVisibleMultilineText.min(10, 'describe the change (at least 10 characters)').max(4000),
  effectiveDate: isoDate('must be a date such as 2026-11-01')
    .refine((date) => date <= latestChangeDate(), {
      error: () =>
        `must be at most a year ahead (${latestChangeDate()} at the latest); report a change nearer its date`,
      when: (payload) => payload.issues.length === 0,
    })
    .describe('When the change took or takes effect (YYYY-MM-DD): in the past, or at most a year ahead'),
});
export class ReportedChangeDto extends createZodDto(reportedChangeBodySchema) {}

export const selfAssessmentUpdateBodySchema = z.strictObject({
  answers: z
    .record(safeText.trim().min(1).max(64), trimmedVisibleMultilineText.min(1, 'an answer cannot be empty').max(10_000))
    .refine(
      (answers) => Object.keys(answers).length > 0,
      'give at least one updated answer (question id → answer); unchanged answers may be left out',
    )
    .refine((answers) => Object.keys(answers).length <= 300, 'at most 300 answers'),
});
export class SelfAssessmentUpdateDto extends createZodDto(selfAssessmentUpdateBodySchema) {}

export const revalidationDecisionBodySchema = z.strictObject({
  decision: z.literal('confirm').describe('Confirm the authorisation (to suspend or revoke, use those endpoints)'),
  reasons,
  conditions: z.array(trimmedVisibleMultilineText.min(5).max(500)).max(20).default([]),
});
export class RevalidationDecisionDto extends createZodDto(revalidationDecisionBodySchema) {}

export const suspensionBodySchema = z.strictObject({
  grounds: reasons,
  scope: z
    .enum(['whole', 'security'])
    .default('whole')
    .describe(
      '"security" suspends only the security part (a failed security criterion) of an AEOS or AEOF authorisation; an AEOC authorisation has none (400)',
    ),
});
export class SuspensionDto extends createZodDto(suspensionBodySchema) {}

export const suspensionRequestBodySchema = z.strictObject({
  reason: reason('say why'),
  measures,
  periodDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_REMEDIATION_DAYS, `at most ${MAX_REMEDIATION_DAYS} days`)
    .describe(`Days the remedial measures need (at most ${MAX_REMEDIATION_DAYS})`),
});
export class SuspensionRequestDto extends createZodDto(suspensionRequestBodySchema) {}

export const remediationPlanBodySchema = z.strictObject({
  measures,
  periodDays: suspensionRequestBodySchema.shape.periodDays,
});
export class RemediationPlanDto extends createZodDto(remediationPlanBodySchema) {}

export const reinstatementBodySchema = z.strictObject({ reasons });
export class ReinstatementDto extends createZodDto(reinstatementBodySchema) {}

export const revocationBodySchema = z.strictObject({ grounds: reasons });
export class RevocationDto extends createZodDto(revocationBodySchema) {}

export const revocationHearingResponseBodySchema = z.strictObject({
  response: trimmedVisibleMultilineText.min(5, 'write your comments (at least 5 characters)').max(10_000),
});
export class RevocationHearingResponseDto extends createZodDto(revocationHearingResponseBodySchema) {}

export const revocationDecisionBodySchema = z
  .strictObject({
    decision: z.enum(['revoke', 'drop']).describe('After the hearing: revoke, or drop the intended revocation'),
    reasons,
    effectiveFrom,
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'drop' && body.effectiveFrom !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveFrom'],
        message: 'effectiveFrom only goes with decision "revoke"',
      });
  });
export class RevocationDecisionDto extends createZodDto(revocationDecisionBodySchema) {}

export const surrenderBodySchema = z.strictObject({ reason: reason('say why'), effectiveFrom });
export class SurrenderDto extends createZodDto(surrenderBodySchema) {}
