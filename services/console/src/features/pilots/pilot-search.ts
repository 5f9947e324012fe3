import { z } from 'zod';
import { regionCode } from '@aeo/web';

export const PILOT_STATUSES = ['planned', 'running', 'ended', 'reported', 'closed', 'cancelled'] as const;

const page = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(25).catch(25);

/** The pilot list's status filter (`all`: every pilot), sort and page in the URL (GET /v1/pilot-overview). */
export const pilotSearchSchema = z.object({
  status: z
    .enum(['all', ...PILOT_STATUSES])
    .default('all')
    .catch('all'),
  sort: z.enum(['startsOn', 'code', 'createdAt']).default('startsOn').catch('startsOn'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page,
  pageSize,
});
export type PilotSearch = z.infer<typeof pilotSearchSchema>;

/** The pilot companies' filters, sort and page in the URL (GET /v1/pilot-companies). */
export const companySearchSchema = z.object({
  /** `true`: only the companies the signed-in officer looks after. */
  mine: z.enum(['true', 'false']).optional().catch(undefined),
  /** `true`: only the companies that have no contact officer yet (contactOfficer=none). */
  unassigned: z.enum(['true']).optional().catch(undefined),
  pilotId: z.uuid().optional().catch(undefined),
  region: regionCode(),
  sort: z.enum(['assignedAt', 'taxpayerId', 'pilotCode']).default('assignedAt').catch('assignedAt'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page,
  pageSize,
});
export type CompanySearch = z.infer<typeof companySearchSchema>;
