import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'validation';

export const validationEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  /** Site visits are announced at least this many days ahead (no unannounced visits). */
  VISIT_NOTICE_DAYS: z.coerce.number().int().min(0).max(180).default(30),
  /** The customs regions of the programme (the same variable as the applications service); validators work in one of them. */
  CUSTOMS_REGIONS: customsRegionsEnv,
});
export type ValidationConfig = z.infer<typeof validationEnvSchema>;
