import { z } from 'zod';
import { regionCode } from '@aeo/web';

export const WATCHDOG_PROBLEMS = ['stuck', 'closed-while-in-force', 'unreachable'] as const;
/** Which alerts by their acknowledgement: the open ones (the default), the acknowledged ones, or all. */
export const ALERT_STATES = ['open', 'acknowledged', 'all'] as const;

/** The watchdog alerts' filters, sort and page in the URL (a reload or a shared link shows the same page). */
export const alertSearchSchema = z.object({
  state: z.enum(ALERT_STATES).default('open').catch('open'),
  problem: z.enum(WATCHDOG_PROBLEMS).optional().catch(undefined),
  region: regionCode(),
  sort: z.enum(['raisedAt', 'authorisationNumber']).default('raisedAt').catch('raisedAt'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type AlertSearch = z.infer<typeof alertSearchSchema>;
