import { ActivityFailure, ApplicationFailure, log, patched, proxyActivities } from '@temporalio/workflow';
import { activityOptions } from './activity-options';
import { NON_RETRYABLE_FAILURE_TYPES } from './errors';
import { TASK_QUEUES } from './task-queues';

/**
 * Marks the workflows that survive an activity failing for good: the person's action is refused
 * with the reason (or the workflow's own step skipped), operations are alerted, and the
 * workflow carries on. Before it, such a failure failed the whole workflow.
 */
export const ACTION_FAILURES_PATCH = 'action-failures-keep-workflow';

/** An activity failure that no retry can fix. */
export interface FailedForGood {
  activity: string;
  type: string;
  message: string;
}

/** The failure when `error` is an activity that failed for good (non-retryable), else undefined. */
export function failedForGood(error: unknown): FailedForGood | undefined {
  if (!(error instanceof ActivityFailure)) return undefined;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  const type = cause.type ?? 'Error';
  if (!cause.nonRetryable && !NON_RETRYABLE_FAILURE_TYPES.includes(type)) return undefined;
  return { activity: error.activityType ?? 'activity', type, message: cause.message };
}

/**
 * Whether this workflow handles `error` (an activity that failed for good) instead of failing;
 * histories recorded before the change keep failing as they did.
 */
export function handles(error: unknown): FailedForGood | undefined {
  const failure = failedForGood(error);
  return failure && patched(ACTION_FAILURES_PATCH) ? failure : undefined;
}

/** What operations are told about a step that failed for good (`aeo.workflow.action-failed.v1`). */
export interface WorkflowFailureAlert {
  workflowId: string;
  process: 'certification' | 'revalidation';
  applicationId: string;
  operatorId: string;
  taxpayerId: string;
  region: string;
  authorisationNumber?: string;
  /** The person's action (`reinstate`, `decision:grant`, ...) or the workflow's own step. */
  action: string;
  /** Refused: the person was told and nothing changed; skipped: the workflow went on without the step. */
  outcome: 'action-refused' | 'step-skipped';
  activity: string;
  failureType: string;
  detail: string;
  by?: string;
}

/** Hosted by the applications service on `aeo-applications`: raises the alert through its outbox. */
export interface WorkflowAlertActivities {
  alertWorkflowFailure(input: WorkflowFailureAlert): Promise<void>;
}

// Retried for half an hour at most: an alert that cannot be raised must not hold the workflow (its error log line stays).
const alerts = proxyActivities<WorkflowAlertActivities>({ ...activityOptions(TASK_QUEUES.applications), scheduleToCloseTimeout: '30 minutes' });

/** Logs the failure at error level and alerts operations; an alert that cannot be raised is only logged (it never stops the workflow). */
export async function alertOperations(alert: WorkflowFailureAlert): Promise<void> {
  log.error('workflow step failed for good', { action: alert.action, outcome: alert.outcome, activity: alert.activity, failureType: alert.failureType, detail: alert.detail });
  try {
    await alerts.alertWorkflowFailure(alert);
  } catch (error) {
    log.error('operations could not be alerted', { action: alert.action, error: String(error) });
  }
}
