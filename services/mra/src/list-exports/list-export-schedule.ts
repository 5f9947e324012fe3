import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { upsertSchedule } from '@aeo/temporal';
import {
  MRA_LIST_EXPORT_SCHEDULE_ID,
  TASK_QUEUES,
  mraListExportWorkflow,
  mraListExportWorkflowId,
} from '@aeo/workflows';
import type { MraConfig } from '../config';

/**
 * Makes sure the daily Temporal Schedule exporting our AEO list exists with the configured time
 * (created, or updated when it exists; every instance of the service does it, idempotently).
 * Operations can pause or trigger it with `temporal schedule ... --schedule-id mra-list-export-daily`.
 */
@Injectable()
export class ListExportSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(ListExportSchedule.name);

  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: MraConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const cron = this.config.MRA_LIST_EXPORT_CRON;
    if (!cron) return this.logger.log('MRA list export schedule disabled (MRA_LIST_EXPORT_CRON is empty)');
    const options = {
      scheduleId: MRA_LIST_EXPORT_SCHEDULE_ID,
      spec: { cronExpressions: [cron] },
      action: {
        type: 'startWorkflow' as const,
        workflowType: mraListExportWorkflow,
        workflowId: mraListExportWorkflowId,
        // The workflow runs with the others on the orchestrating worker; its activity on TASK_QUEUES.mraListExports.
        taskQueue: TASK_QUEUES.certification,
        args: [] as [],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { purpose: 'Daily export of our signed AEO list for every operational MRA arrangement' },
    } satisfies ScheduleOptions;
    try {
      await upsertSchedule(this.temporal, options);
      this.logger.log(`MRA list export scheduled (${cron} UTC)`);
    } catch (error) {
      // The service runs without it; the next start tries again.
      this.logger.warn(`MRA list export schedule not created: ${(error as Error).message}`);
    }
  }
}
