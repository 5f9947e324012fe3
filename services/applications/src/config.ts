import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'applications';

export const applicationsEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Legal-entity taxpayer identifiers; Mongolia's register numbers have 7 digits. */
  TAXPAYER_ID_PATTERN: z.string().default('^[0-9]{7}$'),
  ACCEPTANCE_PERIOD_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DECISION_PERIOD_DAYS: z.coerce.number().int().min(1).max(730).default(120),
});
export type ApplicationsConfig = z.infer<typeof applicationsEnvSchema>;
