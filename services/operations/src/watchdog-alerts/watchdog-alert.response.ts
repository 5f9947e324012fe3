import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageSchemaOf, responseInstant } from '@aeo/service-kit';
import { WATCHDOG_PROBLEMS } from './watchdog-alerts.repository';

export const watchdogAlertSchema = z.object({
  id: z.uuid(),
  eventId: z.string().describe('The alert event’s id (stored once)'),
  authorisationNumber: z.string(),
  operatorId: z.uuid(),
  taxpayerId: z.string(),
  region: z.string(),
  statusType: z.string(),
  problem: z.enum(WATCHDOG_PROBLEMS).describe('What the watchdog found'),
  detail: z.string().describe('What the watchdog says about it'),
  raisedAt: responseInstant.describe('When the watchdog checked (the event’s checkedAt)'),
  receivedAt: responseInstant.describe('When this service stored it'),
  acknowledgedAt: responseInstant.nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgementNote: z.string().nullable(),
});
export class WatchdogAlertDto extends createZodDto(watchdogAlertSchema) {}

export class WatchdogAlertPageDto extends createZodDto(pageSchemaOf(watchdogAlertSchema)) {}
