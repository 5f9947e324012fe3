import { Module } from '@nestjs/common';
import { KpisModule } from '../kpis/kpis.module';
import { ScorecardModule } from '../scorecard/scorecard.module';
import { ReportSchedule } from './report-schedule';
import { CurrentScorecard, OpenDeviationCases } from './report-section-sources';
import { REPORT_DEVIATION_SOURCE, REPORT_SCORECARD_SOURCE } from './report-sources';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/**
 * The quarterly programme report (`/v1/reports`): assembled from the KPIs, the open deviation
 * cases and the scorecard, rendered as HTML and PDF in Mongolian and English, stored, listed, and
 * issued on demand and by the quarterly schedule.
 */
@Module({
  imports: [KpisModule, ScorecardModule],
  controllers: [ReportsController],
  providers: [
    ReportsService,
    ReportSchedule,
    { provide: REPORT_DEVIATION_SOURCE, useClass: OpenDeviationCases },
    { provide: REPORT_SCORECARD_SOURCE, useClass: CurrentScorecard },
  ],
})
export class ReportsModule {}
