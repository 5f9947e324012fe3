import type { ActivityOptions, RetryPolicy } from '@temporalio/workflow';
import { NON_RETRYABLE_FAILURE_TYPES } from './errors';

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
export const activityOptions = (taskQueue: string, startToCloseTimeout: ActivityOptions['startToCloseTimeout'] = '30 seconds'): ActivityOptions => ({
  taskQueue,
  startToCloseTimeout,
  retry: ACTIVITY_RETRY,
});
