import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { regionCode, safeText, statusType } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { AUTHORISATION_QUEUE_SORTS, PENDING_KINDS, REGISTER_STATUSES } from './authorisation-queue';

const flag = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe(description);

export const authorisationQueueQuerySchema = z.strictObject({
  status: z.enum(REGISTER_STATUSES).optional().describe('granted, suspended, revoked or surrendered'),
  region: regionCode.optional().describe('A customs region (regional staff: their own, 403 for another)'),
  statusType: statusType.optional(),
  q: safeText
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The start of the holder’s name, taxpayer id or authorisation number, in any case'),
  pending: z.enum(PENDING_KINDS).optional().describe('Only the authorisations waiting for this step'),
  toDecide: flag(
    'true: only those waiting for an executive’s decision (revocation-decision, suspension-review); false: the others',
  ),
  ...pageQueryShape(AUTHORISATION_QUEUE_SORTS, {
    sort: 'revalidationDue',
    order: 'asc',
    sortDescription:
      'revalidationDue (the default; ascending: the soonest due first), decidedAt (the grant), name (Mongolian alphabetical order) or authorisationNumber',
  }),
});
export class AuthorisationQueueQuery extends createZodDto(authorisationQueueQuerySchema) {}
