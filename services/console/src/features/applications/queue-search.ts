import { z } from 'zod';
import { regionCode, searchText } from '@aeo/web';

/** The queue's filters, sort and page in the URL (a reload or a shared link shows the same page). */
export const queueSearchSchema = z.object({
  status: z.enum(['submitted', 'accepted', 'hearing']).optional().catch(undefined),
  deadlineKind: z.enum(['acceptance', 'information-reply', 'hearing-response', 'decision']).optional().catch(undefined),
  region: regionCode(),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']).optional().catch(undefined),
  q: searchText(100),
  overdue: z.enum(['true', 'false']).optional().catch(undefined),
  sort: z.enum(['dueAt', 'submittedAt', 'operatorName']).default('dueAt').catch('dueAt'),
  order: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type QueueSearch = z.infer<typeof queueSearchSchema>;
