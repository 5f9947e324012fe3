import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { intParam, isoDateTime, textMatching } from '@aeo/contracts';

/** A workflow execution's status, as the API names it (Temporal's `ExecutionStatus` in kebab case). */
export const WORKFLOW_STATUSES = [
  'running',
  'completed',
  'failed',
  'terminated',
  'timed-out',
  'cancelled',
  'continued-as-new',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/**
 * Every value that goes into a visibility query is checked against one of these first, so that no
 * quote, parenthesis or operator can reach the query string (they are quoted as well).
 */
export const WORKFLOW_TYPE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
export const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
export const REGION_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
/** Workflow ids of the platform: `certification-<uuid>`, `revalidation-<number>`, `programme-deviation-…`. */
export const WORKFLOW_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,254}$/;
/** Temporal's page tokens (bytes), base64url in the API. */
const PAGE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,4096}$/;

export const workflowListQuerySchema = z.strictObject({
  type: textMatching(WORKFLOW_TYPE_PATTERN, 'must be a workflow type name (a letter, then letters, digits or _)')
    .optional()
    .describe('Workflow type, e.g. certificationWorkflow'),
  status: z.enum(WORKFLOW_STATUSES).optional(),
  region: textMatching(REGION_PATTERN, 'must be a customs region code')
    .optional()
    .describe('Search attribute AeoRegion: one of CUSTOMS_REGIONS'),
  stage: textMatching(STAGE_PATTERN, 'must be a stage name (lower-case letters, digits and -)')
    .optional()
    .describe('Search attribute AeoStage, e.g. acceptance, validation, decision'),
  applicationId: z.uuid().optional().describe('Search attribute AeoApplicationId'),
  dueBefore: isoDateTime
    .optional()
    .describe('Search attribute AeoRevalidationDue at or before this instant: revalidations falling due by then'),
  stuck: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: only failed or timed-out runs, and running ones waiting on an activity or a workflow task with no new history event for stuckHours',
    ),
  stuckHours: intParam({ min: 1, max: 8760 }).default(24),
  pageSize: intParam({ min: 1, max: 100 }).default(50),
  pageToken: textMatching(PAGE_TOKEN_PATTERN, 'must be the nextPageToken of an earlier answer')
    .optional()
    .describe('nextPageToken of the previous page, with the same filters'),
});
export type WorkflowListQuery = z.output<typeof workflowListQuerySchema>;
export class WorkflowListQueryDto extends createZodDto(workflowListQuerySchema) {}

export class WorkflowIdParams extends createZodDto(
  z.strictObject({
    workflowId: textMatching(WORKFLOW_ID_PATTERN, 'must be a workflow id (letters, digits and . _ : @ -)'),
  }),
) {}

export class WorkflowRunQuery extends createZodDto(
  z.strictObject({ runId: z.uuid().optional().describe('A run of the workflow; the latest when left out') }),
) {}
