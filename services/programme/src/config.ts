import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'programme';

export const programmeEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3008),
});
export type ProgrammeConfig = z.infer<typeof programmeEnvSchema>;
