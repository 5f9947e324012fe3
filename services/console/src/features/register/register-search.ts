import { z } from 'zod';
import { regionCode, searchText } from '@aeo/web';

export const REGISTER_STATUSES = ['granted', 'suspended', 'revoked', 'surrendered'] as const;
export const PENDING_KINDS = [
  'hearing-response',
  'revocation-decision',
  'remediation',
  'suspension-review',
  'revalidation',
] as const;
export const REGISTER_SORTS = ['revalidationDue', 'decidedAt', 'name', 'authorisationNumber'] as const;

/** The register's filters, tab, sort and page in the URL (a reload or a shared link shows the same page). */
export const registerSearchSchema = z.object({
  status: z.enum(REGISTER_STATUSES).optional().catch(undefined),
  pending: z.enum(PENDING_KINDS).optional().catch(undefined),
  /** The executive's tab: only what waits for an executive's decision (`?toDecide=true`: the router reads a boolean). */
  toDecide: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((value) => (value === true || value === 'true' ? true : undefined))
    .optional()
    .catch(undefined),
  region: regionCode(),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']).optional().catch(undefined),
  /** The holder's name, taxpayer id or number; spaces around it dropped, and nothing when only spaces (the API refuses it). */
  q: searchText(100),
  sort: z.enum(REGISTER_SORTS).default('revalidationDue').catch('revalidationDue'),
  order: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type RegisterSearch = z.infer<typeof registerSearchSchema>;

/** The pill class of a register status (AA contrast: styles.css). */
export const STATUS_PILL: Record<(typeof REGISTER_STATUSES)[number], string> = {
  granted: 'pill pill-good',
  suspended: 'pill pill-warn',
  revoked: 'pill pill-bad',
  surrendered: 'pill pill-neutral',
};
