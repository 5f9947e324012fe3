import { z } from 'zod';
import { regionCode } from '@aeo/web';

/** The dashboard's state in the URL (survives a reload, can be shared): bad values fall back to defaults. */
export const kpiSearchSchema = z.object({
  kpi: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .catch(undefined),
  period: z.enum(['week', 'month', 'quarter']).default('month').catch('month'),
  region: regionCode(),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']).optional().catch(undefined),
});
export type KpiSearch = z.infer<typeof kpiSearchSchema>;
