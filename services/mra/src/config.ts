import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'mra';

export const mraEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3004),
});
export type MraConfig = z.infer<typeof mraEnvSchema>;
