import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { STATUS_TYPES } from '@aeo/contracts';
import { deadlineSchemaOf, pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { CASE_PURPOSES } from '../validation-cases/validation-case';
import { CASE_DEADLINE_KINDS } from './case-queue';

/** One open validation case of the queue with its report's due date. */
export const caseQueueItemSchema = z.object({
  caseId: z.uuid(),
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  taxpayerId: z.string().nullable(),
  region: z.string(),
  statusType: z.enum(STATUS_TYPES).nullable(),
  purpose: z.enum(CASE_PURPOSES),
  authorisationNumber: z.string().nullable().describe('The authorisation revalidated (revalidation cases)'),
  cycle: z.number().int().nullable().describe('The revalidation cycle (revalidation cases)'),
  assignedValidator: z.string().nullable(),
  openedAt: responseInstant,
  deadline: deadlineSchemaOf(CASE_DEADLINE_KINDS, 'The validation report’s due date'),
});
export type CaseQueueItem = z.input<typeof caseQueueItemSchema>;

export class CaseQueuePageDto extends createZodDto(pageSchemaOf(caseQueueItemSchema)) {}
