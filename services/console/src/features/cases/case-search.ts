import { z } from 'zod';
import { regionCode, searchText } from '@aeo/web';

/** The case queue's filters, sort and page in the URL. */
export const caseSearchSchema = z.object({
  purpose: z.enum(['certification', 'revalidation']).optional().catch(undefined),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']).optional().catch(undefined),
  region: regionCode(),
  q: searchText(100),
  overdue: z.enum(['true', 'false']).optional().catch(undefined),
  sort: z.enum(['dueAt', 'openedAt', 'taxpayerId']).default('dueAt').catch('dueAt'),
  order: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type CaseSearch = z.infer<typeof caseSearchSchema>;
