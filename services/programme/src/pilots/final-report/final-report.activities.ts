import { Injectable } from '@nestjs/common';
import type { PilotFinalReportActivities } from '@aeo/workflows';
import { PilotFinalReportService } from './final-report.service';

/**
 * The pilot workflow's final report activities on `TASK_QUEUES.programme`: the report made at the
 * pilot's end (once), and the latest report marked approved on an executive's approval (once).
 */
@Injectable()
export class PilotFinalReportActivitiesHost {
  constructor(private readonly reports: PilotFinalReportService) {}

  asActivities(): PilotFinalReportActivities {
    return {
      producePilotFinalReport: (input) => this.reports.produceForWorkflow(input.pilotId),
      approvePilotFinalReport: (input) => this.reports.approveForWorkflow(input),
    };
  }
}
