import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { regionCode, safeText, statusType } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { CASE_PURPOSES } from '../validation-cases/validation-case';
import { CASE_QUEUE_SORTS } from './case-queue';

export const caseQueueQuerySchema = z.strictObject({
  region: regionCode.optional().describe('A customs region (regional staff: their own, 403 for another)'),
  validator: safeText
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('The sub of the assigned validator (a validator sees only their own cases: 403 for another)'),
  purpose: z.enum(CASE_PURPOSES).optional().describe('certification or revalidation'),
  statusType: statusType.optional(),
  q: safeText.trim().min(1).max(100).optional().describe('The start of the operator’s taxpayer id'),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only the overdue reports; false: only those still in time'),
  ...pageQueryShape(CASE_QUEUE_SORTS, {
    sort: 'dueAt',
    order: 'asc',
    sortDescription:
      'dueAt (the default; ascending: overdue first, most overdue first, then fewest days left), openedAt or taxpayerId',
  }),
});
export class CaseQueueQuery extends createZodDto(caseQueueQuerySchema) {}
