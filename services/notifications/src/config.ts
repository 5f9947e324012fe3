import { z } from 'zod';
import { platformEnvSchema } from '@aeo/config';

export const SERVICE_NAME = 'notifications';

export const notificationsEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3005),
});
export type NotificationsConfig = z.infer<typeof notificationsEnvSchema>;
