import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { WorkflowSchedule } from '@aeo/temporal';
import { TASK_QUEUES, WATCHDOG_SCHEDULE_ID, revalidationWatchdogWorkflow, watchdogWorkflowId } from '@aeo/workflows';
import type { ApplicationsConfig } from '../config';

/**
 * The daily Temporal Schedule of the revalidation watchdog, at the configured time. Operations can
 * pause, trigger or inspect it with `temporal schedule ... --schedule-id revalidation-watchdog`.
 */
@Injectable()
export class WatchdogSchedule extends WorkflowSchedule {
  constructor(temporal: Client, @Inject(APP_CONFIG) config: ApplicationsConfig) {
    super(temporal, {
      scheduleId: WATCHDOG_SCHEDULE_ID,
      cron: { variable: 'REVALIDATION_WATCHDOG_CRON', value: config.REVALIDATION_WATCHDOG_CRON },
      start: {
        workflowType: revalidationWatchdogWorkflow,
        workflowId: watchdogWorkflowId,
        taskQueue: TASK_QUEUES.certification,
        args: [{ stuckAfterDays: config.REVALIDATION_STUCK_AFTER_DAYS }],
      },
      catchupWindow: '1 day',
      purpose: 'Daily check that every authorisation in force has a healthy revalidation workflow',
    });
  }
}
