import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import { z } from 'zod';
import { FAILURE_TYPES } from '../shared/errors';
import { TASK_QUEUES } from '../shared/task-queues';
import type { WatchdogActivities, WatchdogReport } from './revalidation.contract';

const { repairRevalidationWorkflows } = proxyActivities<WatchdogActivities>({
  taskQueue: TASK_QUEUES.applications,
  // The check walks the whole register; it heartbeats per page.
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', maximumAttempts: 10 },
});

export const watchdogInputSchema = z.strictObject({
  /** A revalidation stage unchanged for longer than this counts as stuck (deadlines plus slack). */
  stuckAfterDays: z.number().int().min(1).max(3650).default(180),
});
export type WatchdogInput = z.input<typeof watchdogInputSchema>;

/**
 * Run daily by the `revalidation-watchdog` Temporal Schedule: every authorisation in force must
 * have a running revalidation workflow. Missing ones are started again from the register;
 * ones that look stuck (past their due date without a cycle, or one stage for too long) are
 * reported as an operations alert, which the activity publishes.
 */
export async function revalidationWatchdogWorkflow(rawInput: WatchdogInput = {}): Promise<WatchdogReport> {
  const parsed = watchdogInputSchema.safeParse(rawInput ?? {});
  if (!parsed.success) throw ApplicationFailure.create({ type: FAILURE_TYPES.invalidInput, nonRetryable: true, message: `Invalid watchdog input: ${parsed.error.message}` });
  return repairRevalidationWorkflows({ now: new Date().toISOString(), stuckAfterDays: parsed.data.stuckAfterDays });
}
