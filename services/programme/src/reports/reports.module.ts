import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { KpisModule } from '../kpis/kpis.module';
import { ScorecardModule } from '../scorecard/scorecard.module';
import { ReportSchedule } from './report-schedule';
import { CurrentScorecard, OpenDeviationCases } from './report-section-sources';
import { REPORT_DEVIATION_SOURCE, REPORT_SCORECARD_SOURCE } from './report-sources';
import { ReportsActivities } from './reports.activities';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * The quarterly programme report (`/v1/reports`): assembled from the KPIs, the open deviation
 * cases and the scorecard, rendered as HTML and PDF in Mongolian and English, stored, listed, and
 * issued on demand and by the quarterly Temporal Schedule, whose activity runs on
 * `TASK_QUEUES.programmeReports`.
 */
@Module({
  imports: [KpisModule, ScorecardModule],
  controllers: [ReportsController],
  providers: [
    ReportsService,
    ReportSchedule,
    ReportsActivities,
    activityWorkerProvider(TASK_QUEUES.programmeReports, ReportsActivities, (activities: ReportsActivities) =>
      activities.asActivities(),
    ),
    { provide: REPORT_DEVIATION_SOURCE, useClass: OpenDeviationCases },
    { provide: REPORT_SCORECARD_SOURCE, useClass: CurrentScorecard },
  ],
})
export class ReportsModule {}
