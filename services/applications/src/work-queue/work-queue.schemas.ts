import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { regionCode, safeText, statusType } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { DEADLINE_KINDS, OPEN_STATUSES, QUEUE_SORTS } from './work-queue';

export const applicationQueueQuerySchema = z.strictObject({
  status: z.enum(OPEN_STATUSES).optional().describe('submitted, accepted or hearing'),
  deadlineKind: z
    .enum(DEADLINE_KINDS)
    .optional()
    .describe('The pending step: acceptance, information-reply, hearing-response or decision'),
  region: regionCode.optional().describe('A customs region (regional staff: their own, 403 for another)'),
  statusType: statusType.optional(),
  q: safeText
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The start of the operator’s name or taxpayer id, in any case'),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only the overdue; false: only those still in time'),
  ...pageQueryShape(QUEUE_SORTS, {
    sort: 'dueAt',
    order: 'asc',
    sortDescription:
      'dueAt (the default; ascending: overdue first, most overdue first, then fewest days left), submittedAt or operatorName',
  }),
});
export class ApplicationQueueQuery extends createZodDto(applicationQueueQuerySchema) {}
