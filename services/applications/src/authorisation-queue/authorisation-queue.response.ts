import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { STATUS_TYPES } from '@aeo/contracts';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { PENDING_KINDS, REGISTER_STATUSES } from './authorisation-queue';

const daysLeft = z
  .number()
  .int()
  .describe(
    'Calendar days from today to the due day in the programme’s time zone (PROGRAMME_TIME_ZONE): 0 due today, negative when past',
  );

/** One authorisation of the register with its revalidation due date and the step it waits for. */
export const authorisationQueueItemSchema = z.object({
  authorisationNumber: z.string(),
  operatorId: z.uuid(),
  name: z.string().describe('The holder’s name'),
  taxpayerId: z.string(),
  region: z.string(),
  statusType: z.enum(STATUS_TYPES),
  status: z.enum(REGISTER_STATUSES),
  suspendedScope: z.enum(['whole', 'security']).nullable(),
  decidedAt: responseInstant.describe('When the authorisation was granted'),
  effectiveFrom: responseInstant,
  revalidation: z
    .object({ dueAt: responseInstant, daysLeft, overdue: z.boolean() })
    .nullable()
    .describe('The next revalidation’s due date (null once revoked or surrendered)'),
  pending: z
    .object({
      kind: z.enum(PENDING_KINDS),
      since: responseInstant.nullable().describe('When the register recorded the step that opened it'),
      dueAt: responseInstant.nullable().describe('Its time limit, when it has one'),
      daysLeft: daysLeft.nullable(),
      overdue: z.boolean(),
      toDecide: z.boolean().describe('An executive’s decision is awaited'),
    })
    .nullable()
    .describe('The step the authorisation waits for, as its register history tells it (null: none)'),
});
export type AuthorisationQueueItem = z.input<typeof authorisationQueueItemSchema>;

export class AuthorisationQueuePageDto extends createZodDto(pageSchemaOf(authorisationQueueItemSchema)) {}
