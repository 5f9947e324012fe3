import { Injectable } from '@nestjs/common';
import type { PilotFinalReportActivities } from '@aeo/workflows';
import { PilotFinalReportFollowUpService } from './final-report-follow-up';
import { PilotFinalReportService } from './final-report.service';

/**
 * The pilot workflow's final report activities on `TASK_QUEUES.programme`: the report made at the
 * pilot's end (once), the latest report marked approved on an executive's approval (once), and
 * the reminder and escalation while it awaits that approval (once each), and their refusals.
 */
@Injectable()
export class PilotFinalReportActivitiesHost {
  constructor(
    private readonly reports: PilotFinalReportService,
    private readonly followUps: PilotFinalReportFollowUpService,
  ) {}

  asActivities(): PilotFinalReportActivities {
    return {
      producePilotFinalReport: (input) => this.reports.produceForWorkflow(input.pilotId),
      approvePilotFinalReport: (input) => this.reports.approveForWorkflow(input),
      followUpPilotFinalReportApproval: (input) => this.followUps.followUp(input),
      recordPilotFinalReportFollowUpRefusal: (input) => this.followUps.recordRefusal(input),
    };
  }
}
