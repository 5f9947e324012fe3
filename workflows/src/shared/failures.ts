import { ActivityFailure, ApplicationFailure, log, patched, workflowInfo } from '@temporalio/workflow';
import { alerts } from './activities';
import { NON_RETRYABLE_FAILURE_TYPES } from './errors';

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
 * Records a step through `call` (a service's activity); an activity that failed for good (a data
 * error) is thrown as a non-retryable refusal naming the step: nothing changed.
 */
export async function recordOrRefuse<T>(step: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const failure = failedForGood(error);
    if (!failure) throw error;
    throw ApplicationFailure.create({
      type: failure.type,
      nonRetryable: true,
      message: `"${step}" could not be recorded: ${failure.message}. Nothing changed`,
    });
  }
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
  /** Refused: the person was told and nothing changed; skipped: the workflow went on without the step; retried: the workflow waits at its stage and tries the step again. */
  outcome: 'action-refused' | 'step-skipped' | 'step-retried';
  activity: string;
  failureType: string;
  detail: string;
  by?: string;
}

/** Hosted by the applications service on `aeo-applications`: raises the alert through its outbox. */
export interface WorkflowAlertActivities {
  alertWorkflowFailure(input: WorkflowFailureAlert): Promise<void>;
}

/**
 * Runs an activity; when it fails for good (and the workflow handles such failures) `onFailure`
 * runs and false comes back, so the caller carries on at its stage.
 */
export async function attempt(
  run: () => Promise<unknown>,
  onFailure: (failure: FailedForGood) => Promise<void>,
): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const failure = handles(error);
    if (!failure) throw error;
    await onFailure(failure);
    return false;
  }
}

/** What the alerts of one workflow say about it (its process and the operator it is about). */
export type AlertSubject = Pick<
  WorkflowFailureAlert,
  'process' | 'applicationId' | 'operatorId' | 'taxpayerId' | 'region' | 'authorisationNumber'
>;

/** The alert of a step that failed for good, for this workflow of `process` about the operator (and authorisation) of its input. */
export const alerter = (
  process: AlertSubject['process'],
  { applicationId, operatorId, taxpayerId, region, authorisationNumber }: Omit<AlertSubject, 'process'>,
) => {
  const subject: AlertSubject = { process, applicationId, operatorId, taxpayerId, region };
  if (authorisationNumber !== undefined) subject.authorisationNumber = authorisationNumber;
  return (
    failure: FailedForGood,
    action: string,
    outcome: WorkflowFailureAlert['outcome'],
    by?: string,
  ): Promise<void> =>
    alertOperations({
      workflowId: workflowInfo().workflowId,
      ...subject,
      action,
      outcome,
      activity: failure.activity,
      failureType: failure.type,
      detail: failure.message,
      by,
    });
};

/** Logs the failure at error level and alerts operations; an alert that cannot be raised is only logged (it never stops the workflow). */
export async function alertOperations(alert: WorkflowFailureAlert): Promise<void> {
  log.error('workflow step failed for good', {
    action: alert.action,
    outcome: alert.outcome,
    activity: alert.activity,
    failureType: alert.failureType,
    detail: alert.detail,
  });
  try {
    await alerts.alertWorkflowFailure(alert);
  } catch (error) {
    log.error('operations could not be alerted', { action: alert.action, error: String(error) });
  }
}
