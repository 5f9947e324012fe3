import { z } from 'zod';
import { regionCode } from '@aeo/web';

export const WORKFLOW_STATUSES = [
  'running',
  'completed',
  'failed',
  'terminated',
  'timed-out',
  'cancelled',
  'continued-as-new',
] as const;

/** The workflow list's filters and Temporal's page token in the URL. */
export const workflowSearchSchema = z.object({
  type: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/)
    .optional()
    .catch(undefined),
  status: z.enum(WORKFLOW_STATUSES).optional().catch(undefined),
  region: regionCode(),
  stage: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .optional()
    .catch(undefined),
  stuck: z.enum(['true', 'false']).optional().catch(undefined),
  pageToken: z.string().max(4000).optional().catch(undefined),
});
export type WorkflowSearch = z.infer<typeof workflowSearchSchema>;
