import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import type { ProgrammeReportActivities, ProgrammeReportRun } from '@aeo/workflows';
import type { ProgrammeConfig } from '../config';
import { previousQuarter } from './report-quarters';
import { ReportsService } from './reports.service';

/**
 * The quarterly schedule's activity on `TASK_QUEUES.programmeReports`: the report on the quarter
 * that ended last before the run's time in PROGRAMME_TIME_ZONE, once (a retried or repeated run
 * finds it made).
 */
@Injectable()
export class ReportsActivities {
  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: Pick<ProgrammeConfig, 'PROGRAMME_TIME_ZONE'>,
  ) {}

  asActivities(): ProgrammeReportActivities {
    return { issueQuarterlyReport: (input) => this.issueQuarterlyReport(input) };
  }

  async issueQuarterlyReport(input: { now: string }): Promise<ProgrammeReportRun> {
    const now = new Date(input.now);
    const quarter = previousQuarter(now, this.config.PROGRAMME_TIME_ZONE);
    const report = await this.reports.issueScheduled(quarter, now);
    return { quarter, reportId: report?.id ?? null };
  }
}
