import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema, programmeTimeZoneEnv } from '@aeo/config';

export const SERVICE_NAME = 'validation';

export const validationEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  /** Site visits are announced at least this many days ahead (no unannounced visits). */
  VISIT_NOTICE_DAYS: z.coerce.number().int().min(0).max(180).default(30),
  /** The customs regions of the programme (the same variable as the applications service); validators work in one of them. */
  CUSTOMS_REGIONS: customsRegionsEnv,
  /** The time zone whose calendar days the case queue's days left are counted in (as the programme service's KPI periods). */
  PROGRAMME_TIME_ZONE: programmeTimeZoneEnv,
});
export type ValidationConfig = z.infer<typeof validationEnvSchema>;
