import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'risk-management';

export const riskManagementEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3003),
});
export type RiskManagementConfig = z.infer<typeof riskManagementEnvSchema>;
