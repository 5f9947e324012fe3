import { z } from 'zod';
import { regionCode } from '@aeo/web';

const page = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(25).catch(25);

/** The programme page's version in the URL (none: the version in force). */
export const programmeSearchSchema = z.object({
  version: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type ProgrammeSearch = z.infer<typeof programmeSearchSchema>;

/** The scorecard's chosen standard (its history shows) in the URL. */
export const scorecardSearchSchema = z.object({
  standard: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .catch(undefined),
});
export type ScorecardSearch = z.infer<typeof scorecardSearchSchema>;

export const DEVIATION_PHASES = [
  'opened',
  'analysis',
  'improvement-plan',
  'implementation',
  'verification',
  'escalated',
  'closed',
] as const;

/** The deviation list's filters, sort and page in the URL (GET /v1/deviation-cases). */
export const deviationSearchSchema = z.object({
  /** `all`: every case; `open`: every phase but closed (the default). */
  status: z
    .enum(['all', 'open', ...DEVIATION_PHASES])
    .default('open')
    .catch('open'),
  kpiId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
  region: regionCode(),
  sort: z.enum(['openedAt', 'updatedAt', 'period']).default('openedAt').catch('openedAt'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page,
  pageSize,
});
export type DeviationSearch = z.infer<typeof deviationSearchSchema>;
