import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { TASK_QUEUES, WATCHDOG_SCHEDULE_ID, revalidationWatchdogWorkflow, watchdogWorkflowId } from '@aeo/workflows';
import type { ApplicationsConfig } from '../config';

/**
 * Makes sure the daily Temporal Schedule of the revalidation watchdog exists (created once per
 * namespace; every instance of the service tries, the first one wins). Operations can pause,
 * trigger or inspect it with `temporal schedule ... --schedule-id revalidation-watchdog`.
 */
@Injectable()
export class WatchdogSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(WatchdogSchedule.name);

  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REVALIDATION_WATCHDOG_CRON)
      return this.logger.log('revalidation watchdog schedule disabled (REVALIDATION_WATCHDOG_CRON is empty)');
    try {
      await this.temporal.schedule.create({
        scheduleId: WATCHDOG_SCHEDULE_ID,
        spec: { cronExpressions: [this.config.REVALIDATION_WATCHDOG_CRON] },
        action: {
          type: 'startWorkflow',
          workflowType: revalidationWatchdogWorkflow,
          workflowId: watchdogWorkflowId,
          taskQueue: TASK_QUEUES.certification,
          args: [{ stuckAfterDays: this.config.REVALIDATION_STUCK_AFTER_DAYS }],
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
        memo: { purpose: 'Daily check that every authorisation in force has a healthy revalidation workflow' },
      });
      this.logger.log(`revalidation watchdog scheduled (${this.config.REVALIDATION_WATCHDOG_CRON} UTC)`);
    } catch (error) {
      if (error instanceof ScheduleAlreadyRunning) return;
      // The service runs without it; the next start tries again and readiness reports Temporal.
      this.logger.warn(`revalidation watchdog schedule not created: ${(error as Error).message}`);
    }
  }
}
