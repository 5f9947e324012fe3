import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ALL_ROLES } from '@aeo/auth';
import { STATUS_TYPES } from '@aeo/contracts';
import { deadlineSchemaOf, pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { DEADLINE_KINDS, OPEN_STATUSES } from './work-queue';

/** One open application of the queue with the deadline of its pending step. */
export const applicationQueueItemSchema = z.object({
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  operatorName: z.string(),
  taxpayerId: z.string(),
  region: z.string(),
  statusType: z.enum(STATUS_TYPES),
  status: z.enum(OPEN_STATUSES),
  submittedAt: responseInstant.nullable(),
  deadline: deadlineSchemaOf(DEADLINE_KINDS, 'The legal deadline of the pending step'),
  actsNext: z.array(z.enum(ALL_ROLES as [string, ...string[]])).describe('The roles whose action takes the step'),
});
export type ApplicationQueueItem = z.input<typeof applicationQueueItemSchema>;

export class ApplicationQueuePageDto extends createZodDto(pageSchemaOf(applicationQueueItemSchema)) {}
