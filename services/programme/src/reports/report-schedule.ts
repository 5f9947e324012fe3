import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Client, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { upsertSchedule } from '@aeo/temporal';
import {
  PROGRAMME_REPORT_SCHEDULE_ID,
  TASK_QUEUES,
  programmeReportWorkflow,
  programmeReportWorkflowId,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../config';

/**
 * Makes sure the quarterly Temporal Schedule of the programme report exists with the configured
 * time (created, or updated when it exists; every instance does it, idempotently). A run missed
 * while Temporal was down is caught up within 30 days; the report itself is made once per quarter
 * (the activity finds it made). Operations can pause or trigger it with `temporal schedule ...
 * --schedule-id programme-report-quarterly`.
 */
@Injectable()
export class ReportSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportSchedule.name);

  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const cron = this.config.PROGRAMME_REPORT_CRON;
    if (!cron) return this.logger.log('quarterly report schedule disabled (PROGRAMME_REPORT_CRON is empty)');
    const options = {
      scheduleId: PROGRAMME_REPORT_SCHEDULE_ID,
      spec: { cronExpressions: [cron] },
      action: {
        type: 'startWorkflow' as const,
        workflowType: programmeReportWorkflow,
        workflowId: programmeReportWorkflowId,
        // The workflow runs with the others on the orchestrating worker; its activity on TASK_QUEUES.programmeReports.
        taskQueue: TASK_QUEUES.certification,
        args: [] as [],
      },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '30 days' },
      memo: { purpose: 'Quarterly programme report for executive management (the quarter that has just ended)' },
    } satisfies ScheduleOptions;
    try {
      await upsertSchedule(this.temporal, options);
      this.logger.log(`quarterly programme report scheduled (${cron} UTC)`);
    } catch (error) {
      // The service runs without it; the next start tries again (reports can still be made on demand).
      this.logger.warn(`quarterly programme report schedule not created: ${(error as Error).message}`);
    }
  }
}
