import { ApplicationFailure } from '@temporalio/workflow';
import { z } from 'zod';
import { FAILURE_TYPES } from '../shared/errors';
import { watchdog } from '../shared/activities';
import type { WatchdogReport } from './revalidation.contract';

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
  if (!parsed.success)
    throw ApplicationFailure.create({
      type: FAILURE_TYPES.invalidInput,
      nonRetryable: true,
      message: `Invalid watchdog input: ${parsed.error.message}`,
    });
  return watchdog.repairRevalidationWorkflows({
    now: new Date().toISOString(),
    stuckAfterDays: parsed.data.stuckAfterDays,
  });
}
