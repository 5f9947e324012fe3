import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, regionCode, statusType, trimmedVisibleMultilineText } from '@aeo/contracts';
import { APPLICATION_STATUSES } from './application-status';

export const submitApplicationSchema = z.strictObject({
  operatorId: z.uuid(),
  statusType: statusType.describe('AEOC (customs simplifications), AEOS (security and safety) or AEOF (both)'),
  consentToMraSharing: z.boolean().describe('Consent to share the AEO data with partner administrations under MRAs'),
});
export class SubmitApplicationDto extends createZodDto(submitApplicationSchema) {}

export const mraConsentSchema = z.strictObject({
  consentToMraSharing: z.boolean().describe('Consent to share the AEO data with partner administrations under MRAs'),
  reason: trimmedVisibleMultilineText.min(1).max(2000).optional().describe('Why it changes (kept in the audit trail)'),
});
export class MraConsentDto extends createZodDto(mraConsentSchema) {}

export const acceptanceDecisionBodySchema = z
  .strictObject({
    decision: z.enum(['accept', 'reject']),
    reason: trimmedVisibleMultilineText.min(5, 'give the grounds (at least 5 characters)').max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    // A reason given but too short already has its own message.
    if (body.decision === 'reject' && body.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a rejection needs its grounds' });
  });
export class AcceptanceDecisionDto extends createZodDto(acceptanceDecisionBodySchema) {}

export const applicationIdParamsSchema = z.strictObject({ applicationId: z.uuid() });
export class ApplicationIdParams extends createZodDto(applicationIdParamsSchema) {}

export const listApplicationsQuerySchema = z.strictObject({
  status: z.enum(APPLICATION_STATUSES).optional(),
  region: regionCode.optional(),
  operatorId: z.uuid().optional(),
  limit: intParam({ min: 1, max: 500 }).default(100),
});
export class ListApplicationsQuery extends createZodDto(listApplicationsQuerySchema) {}
