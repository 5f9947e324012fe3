import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { APP_CONFIG } from '@aeo/config';
import { WorkflowSchedule } from '@aeo/temporal';
import {
  MRA_LIST_EXPORT_SCHEDULE_ID,
  TASK_QUEUES,
  mraListExportWorkflow,
  mraListExportWorkflowId,
} from '@aeo/workflows';
import type { MraConfig } from '../config';

/**
 * The daily Temporal Schedule exporting our AEO list, at the configured time. Operations can pause
 * or trigger it with `temporal schedule ... --schedule-id mra-list-export-daily`.
 */
@Injectable()
export class ListExportSchedule extends WorkflowSchedule {
  constructor(temporal: Client, @Inject(APP_CONFIG) config: MraConfig) {
    super(temporal, {
      scheduleId: MRA_LIST_EXPORT_SCHEDULE_ID,
      cron: { variable: 'MRA_LIST_EXPORT_CRON', value: config.MRA_LIST_EXPORT_CRON },
      // The workflow runs with the others on the orchestrating worker; its activity on TASK_QUEUES.mraListExports.
      start: {
        workflowType: mraListExportWorkflow,
        workflowId: mraListExportWorkflowId,
        taskQueue: TASK_QUEUES.certification,
        args: [],
      },
      catchupWindow: '1 day',
      purpose: 'Daily export of our signed AEO list for every operational MRA arrangement',
    });
  }
}
