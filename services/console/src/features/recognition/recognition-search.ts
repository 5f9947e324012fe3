import { z } from 'zod';
import { searchText } from '@aeo/web';
import { ALL_PHASES } from './phases';

const page = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(25).catch(25);

/** The arrangements list's filters, sort and page in the URL (a reload or a shared link shows the same page). */
export const arrangementSearchSchema = z.object({
  phase: z.enum(ALL_PHASES).optional().catch(undefined),
  status: z.enum(['active', 'suspended', 'terminated']).optional().catch(undefined),
  partnerCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  q: searchText(100),
  sort: z
    .enum(['lastActivityAt', 'createdAt', 'partnerCountry', 'phase'])
    .default('lastActivityAt')
    .catch('lastActivityAt'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page,
  pageSize,
});
export type ArrangementSearch = z.infer<typeof arrangementSearchSchema>;

/** An arrangement page's partner list entries (status and the cursor of the page shown) in the URL. */
export const arrangementPageSearchSchema = z.object({
  entryStatus: z.enum(['active', 'suspended', 'removed']).optional().catch(undefined),
  after: z.string().max(64).optional().catch(undefined),
});
export type ArrangementPageSearch = z.infer<typeof arrangementPageSearchSchema>;

/** The foreign AEO id review list's filters, sort and page in the URL; awaiting review by default. */
export const reviewSearchSchema = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open').catch('open'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  reason: z.enum(['unmatched', 'ambiguous']).optional().catch(undefined),
  q: searchText(64),
  sort: z.enum(['firstSeenAt', 'lastSeenAt', 'declarations']).default('firstSeenAt').catch('firstSeenAt'),
  order: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page,
  pageSize,
});
export type ReviewSearch = z.infer<typeof reviewSearchSchema>;
