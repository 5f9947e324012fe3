import type { temporal } from '@temporalio/proto';
import { decodeSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import { SEARCH_ATTRIBUTES } from '@aeo/workflows';
import {
  REGION_PATTERN,
  STAGE_PATTERN,
  WORKFLOW_TYPE_PATTERN,
  type WorkflowListQuery,
  type WorkflowStatus,
} from './workflow.schemas';

/** Temporal's `ExecutionStatus` values (visibility queries) by the API's status names. */
const EXECUTION_STATUS: Record<WorkflowStatus, string> = {
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  terminated: 'Terminated',
  'timed-out': 'TimedOut',
  cancelled: 'Canceled',
  'continued-as-new': 'ContinuedAsNew',
};

/** `WorkflowExecutionStatus` of the API's protos (wire values, stable) by the API's status names. */
const STATUS_OF_PROTO: Record<number, WorkflowStatus> = {
  1: 'running',
  2: 'completed',
  3: 'failed',
  4: 'cancelled',
  5: 'terminated',
  6: 'continued-as-new',
  7: 'timed-out',
};

/** Refuses (as a bug, not a 400: the DTO checked it already) a value that does not match its pattern. */
function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`refusing to put ${what} ${JSON.stringify(value)} into a visibility query`);
  return value;
}

/** A value quoted for the visibility query language (checked values hold no quote; escaped anyway). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The visibility query of a list request, built only from checked values (enum members, or text
 * matching its pattern again here), each quoted. With `stuck`, the runs that may be stuck: failed
 * or timed out, or running since before `stuckSince` (a younger run cannot have been without
 * progress that long); which of the running ones are is decided per run (`stuckReason`).
 */
export function visibilityQuery(filter: Omit<WorkflowListQuery, 'pageSize' | 'pageToken'>, stuckSince: Date): string {
  const clauses: string[] = [];
  if (filter.type) clauses.push(`WorkflowType = ${quoted(checked(filter.type, WORKFLOW_TYPE_PATTERN, 'type'))}`);
  if (filter.status) clauses.push(`ExecutionStatus = ${quoted(EXECUTION_STATUS[filter.status])}`);
  if (filter.region) clauses.push(`AeoRegion = ${quoted(checked(filter.region, REGION_PATTERN, 'region'))}`);
  if (filter.stage) clauses.push(`AeoStage = ${quoted(checked(filter.stage, STAGE_PATTERN, 'stage'))}`);
  if (filter.applicationId)
    clauses.push(`AeoApplicationId = ${quoted(checked(filter.applicationId, UUID, 'applicationId'))}`);
  if (filter.dueBefore)
    clauses.push(
      `AeoRevalidationDue <= ${quoted(checked(new Date(filter.dueBefore).toISOString(), ISO_INSTANT, 'dueBefore'))}`,
    );
  if (filter.stuck === 'true')
    clauses.push(
      `(ExecutionStatus = "Failed" OR ExecutionStatus = "TimedOut" OR (ExecutionStatus = "Running" AND StartTime < ${quoted(stuckSince.toISOString())}))`,
    );
  return clauses.join(' AND ');
}

type Attributes = Partial<Record<keyof typeof SEARCH_ATTRIBUTES, unknown>>;

function keyword(attributes: Attributes, name: keyof typeof SEARCH_ATTRIBUTES): string | null {
  const values = attributes[name];
  const first = Array.isArray(values) ? values[0] : undefined;
  return typeof first === 'string' ? first : null;
}

function instant(attributes: Attributes, name: keyof typeof SEARCH_ATTRIBUTES): Date | null {
  const values = attributes[name];
  const first = Array.isArray(values) ? values[0] : undefined;
  return first instanceof Date ? first : typeof first === 'string' ? new Date(first) : null;
}

export interface WorkflowExecution {
  workflowId: string;
  runId: string;
  type: string;
  status: WorkflowStatus;
  taskQueue: string;
  startTime: Date;
  closeTime: Date | null;
  historyLength: number;
  region: string | null;
  stage: string | null;
  applicationId: string | null;
  operatorId: string | null;
  pilotId: string | null;
  authorisationNumber: string | null;
  revalidationDue: Date | null;
  temporalUiUrl: string;
  stuck?: { since: Date; reason: string };
}

/** Where the Web UI shows a run's history. */
export const temporalUiUrl = (uiUrl: string, namespace: string, workflowId: string, runId: string) =>
  `${uiUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}/history`;

/** A visibility record (or a description's execution info) as the API shows it. */
export function executionOf(
  raw: temporal.api.workflow.v1.IWorkflowExecutionInfo,
  link: { uiUrl: string; namespace: string },
): WorkflowExecution {
  const workflowId = raw.execution?.workflowId ?? '';
  const runId = raw.execution?.runId ?? '';
  const attributes = decodeSearchAttributes(raw.searchAttributes?.indexedFields) as Attributes;
  return {
    workflowId,
    runId,
    type: raw.type?.name ?? '',
    status: STATUS_OF_PROTO[raw.status ?? 0] ?? 'running',
    taskQueue: raw.taskQueue ?? '',
    startTime: optionalTsToDate(raw.startTime) ?? new Date(0),
    closeTime: optionalTsToDate(raw.closeTime) ?? null,
    historyLength: Number(raw.historyLength ?? 0),
    region: keyword(attributes, 'AeoRegion'),
    stage: keyword(attributes, 'AeoStage'),
    applicationId: keyword(attributes, 'AeoApplicationId'),
    operatorId: keyword(attributes, 'AeoOperatorId'),
    pilotId: keyword(attributes, 'AeoPilotId'),
    authorisationNumber: keyword(attributes, 'AeoAuthorisationNumber'),
    revalidationDue: instant(attributes, 'AeoRevalidationDue'),
    temporalUiUrl: temporalUiUrl(link.uiUrl, link.namespace, workflowId, runId),
  };
}

/** Temporal's page token in the API (base64url) and back. */
export const encodePageToken = (token: Uint8Array | null | undefined): string | null =>
  token && token.length > 0 ? Buffer.from(token).toString('base64url') : null;
export const decodePageToken = (token: string | undefined): Buffer | undefined =>
  token === undefined ? undefined : Buffer.from(token, 'base64url');
