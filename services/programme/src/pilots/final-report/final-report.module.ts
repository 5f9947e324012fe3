import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { KpisModule } from '../../kpis/kpis.module';
import { PilotBenefitsTestModule } from '../benefits-test/benefits-test.module';
import { PilotsModule } from '../core/pilots.module';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { FinalReportAssembler } from './final-report-assembler';
import { PilotFinalReportFollowUpService } from './final-report-follow-up';
import { PilotFinalReportActivitiesHost } from './final-report.activities';
import { PilotFinalReportController } from './final-report.controller';
import { PilotFinalReportService } from './final-report.service';

/**
 * A pilot's final report (`/v1/pilots/{pilotId}/final-report[s]`): assembled from the pilot
 * modules, the KPIs and the deviation cases, rendered as HTML and PDF in mn and en, stored; the
 * pilot workflow's activities (made at the end, approved, its approval followed up) on `TASK_QUEUES.programme`.
 */
@Module({
  imports: [PilotsModule, KpisModule, EvaluationModule, PilotBenefitsTestModule],
  controllers: [PilotFinalReportController],
  providers: [
    FinalReportAssembler,
    PilotFinalReportService,
    PilotFinalReportFollowUpService,
    PilotFinalReportActivitiesHost,
    activityWorkerProvider(
      TASK_QUEUES.programme,
      PilotFinalReportActivitiesHost,
      (activities: PilotFinalReportActivitiesHost) => activities.asActivities(),
    ),
  ],
})
export class PilotFinalReportModule {}
