import { proxyActivities } from '@temporalio/workflow';
import type { ActivityOptions, RetryPolicy } from '@temporalio/workflow';
import type { ApplicationsActivities, ValidationActivities } from '../certification/certification.contract';
import type { RegisterActivities, WatchdogActivities } from '../revalidation/revalidation.contract';
import type { RiskManagementActivities } from '../risk/risk.contract';
import { NON_RETRYABLE_FAILURE_TYPES } from './errors';
import type { WorkflowAlertActivities } from './failures';
import { TASK_QUEUES } from './task-queues';

/**
 * The retry policy of every activity the workflows call: transient errors (database, network,
 * a service that is down) are retried until they pass; the failure types no retry can fix fail
 * at once, and the workflow handles them (see `failedForGood`).
 */
export const ACTIVITY_RETRY: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
  nonRetryableErrorTypes: [...NON_RETRYABLE_FAILURE_TYPES],
};

/** Options for `proxyActivities` on a service's task queue. */
export const activityOptions = (
  taskQueue: string,
  startToCloseTimeout: ActivityOptions['startToCloseTimeout'] = '30 seconds',
): ActivityOptions => ({
  taskQueue,
  startToCloseTimeout,
  retry: ACTIVITY_RETRY,
});

// The activities each service hosts on its own task queue, as the workflows call them.

/** The applications service: the application's certification steps. */
export const applications = proxyActivities<ApplicationsActivities>(activityOptions(TASK_QUEUES.applications));
/** The applications service: the AEO register after the grant. */
export const register = proxyActivities<RegisterActivities>(activityOptions(TASK_QUEUES.applications));
export const validation = proxyActivities<ValidationActivities>(activityOptions(TASK_QUEUES.validation));
export const risk = proxyActivities<RiskManagementActivities>(activityOptions(TASK_QUEUES.riskManagement, '1 minute'));
// Retried for half an hour at most: an alert that cannot be raised must not hold the workflow (its error log line stays).
export const alerts = proxyActivities<WorkflowAlertActivities>({
  ...activityOptions(TASK_QUEUES.applications),
  scheduleToCloseTimeout: '30 minutes',
});
/** The watchdog's check walks the whole register; it heartbeats per page. */
export const watchdog = proxyActivities<WatchdogActivities>({
  taskQueue: TASK_QUEUES.applications,
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', maximumAttempts: 10 },
});

type CaseInput = Parameters<ValidationActivities['openValidationCase']>[0];

/**
 * Opens the validation case of an application (certification) or of an authorisation's
 * revalidation cycle: the operator (as the workflow's input names it), the risk found, whether a
 * site visit is required, and when the report is due.
 */
export function openValidationCase(
  operator: Pick<
    CaseInput,
    'applicationId' | 'operatorId' | 'taxpayerId' | 'region' | 'statusType' | 'programmeVersion'
  >,
  assessment: { score: number; recommendation: CaseInput['riskRecommendation'] },
  siteVisitRequired: boolean,
  reportDue: string,
  revalidation?: Required<Pick<CaseInput, 'workflowId' | 'authorisationNumber' | 'cycle'>>,
): Promise<{ caseId: string }> {
  return validation.openValidationCase({
    applicationId: operator.applicationId,
    operatorId: operator.operatorId,
    taxpayerId: operator.taxpayerId,
    region: operator.region,
    statusType: operator.statusType,
    riskScore: assessment.score,
    riskRecommendation: assessment.recommendation,
    siteVisitRequired,
    reportDue,
    programmeVersion: operator.programmeVersion,
    ...(revalidation && { purpose: 'revalidation' as const, ...revalidation }),
  });
}
