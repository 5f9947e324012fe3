import { z } from 'zod';

/** The dead-letter list's filters and page in the URL. */
export const deadLetterSearchSchema = z.object({
  originalTopic: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/)
    .optional()
    .catch(undefined),
  consumer: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,255}$/)
    .optional()
    .catch(undefined),
  state: z.enum(['new', 'replayed', 'discarded']).default('new').catch('new'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type DeadLetterSearch = z.infer<typeof deadLetterSearchSchema>;
