import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { regionCode, trimmedVisibleMultilineText } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { WATCHDOG_ALERT_SORTS, WATCHDOG_PROBLEMS } from './watchdog-alerts.repository';

export const watchdogAlertListQuerySchema = z.strictObject({
  problem: z
    .enum(WATCHDOG_PROBLEMS)
    .optional()
    .describe('What the watchdog found: stuck, closed-while-in-force or unreachable'),
  region: regionCode.optional().describe('The authorisation’s customs region (one of CUSTOMS_REGIONS)'),
  acknowledged: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only the acknowledged; false: only those still open'),
  ...pageQueryShape(WATCHDOG_ALERT_SORTS, {
    sort: 'raisedAt',
    order: 'desc',
    sortDescription: 'raisedAt (the default: when the watchdog checked, newest first) or authorisationNumber',
  }),
});
export class WatchdogAlertListQueryDto extends createZodDto(watchdogAlertListQuerySchema) {}

export class WatchdogAlertIdParams extends createZodDto(z.strictObject({ alertId: z.uuid() })) {}

/** What operations did about the alert (kept with it and in the audit trail). */
export class WatchdogAlertAcknowledgementDto extends createZodDto(
  z.strictObject({
    note: trimmedVisibleMultilineText.min(1).max(2000).describe('What was done or found (required)'),
  }),
) {}
