import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { WorkflowSchedule } from '@aeo/temporal';
import {
  PROGRAMME_REPORT_SCHEDULE_ID,
  TASK_QUEUES,
  programmeReportWorkflow,
  programmeReportWorkflowId,
} from '@aeo/workflows';
import type { ProgrammeConfig } from '../config';

/**
 * The quarterly Temporal Schedule of the programme report, at the configured time. A run missed
 * while Temporal was down is caught up within 30 days; the report itself is made once per quarter
 * (the activity finds it made; reports can still be made on demand without the schedule).
 * Operations can pause or trigger it with `temporal schedule ... --schedule-id programme-report-quarterly`.
 */
@Injectable()
export class ReportSchedule extends WorkflowSchedule {
  constructor(temporal: Client, @Inject(APP_CONFIG) config: ProgrammeConfig) {
    super(temporal, {
      scheduleId: PROGRAMME_REPORT_SCHEDULE_ID,
      cron: { variable: 'PROGRAMME_REPORT_CRON', value: config.PROGRAMME_REPORT_CRON },
      // Read in the programme's zone: the default (01:00 on a quarter's first day) then always falls after the
      // quarter's end there, wherever the zone is (read in UTC, it fell before it west of UTC-01:00).
      timeZone: config.PROGRAMME_TIME_ZONE,
      // The workflow runs with the others on the orchestrating worker; its activity on TASK_QUEUES.programmeReports.
      start: {
        workflowType: programmeReportWorkflow,
        workflowId: programmeReportWorkflowId,
        taskQueue: TASK_QUEUES.certification,
        args: [],
      },
      catchupWindow: '30 days',
      purpose: 'Quarterly programme report for executive management (the quarter that has just ended)',
    });
  }
}
