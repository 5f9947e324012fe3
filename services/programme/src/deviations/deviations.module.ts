import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { ThresholdsModule } from '../thresholds/thresholds.module';
import { DeviationEvaluator } from './deviation-evaluator';
import { DeviationsActivities } from './deviations.activities';
import { DeviationCasesController, DeviationsController } from './deviations.controller';
import { DeviationsService } from './deviations.service';

/**
 * The deviation cases (`/v1/deviations`, paged as `/v1/deviation-cases`), the evaluator that opens them and feeds them later
 * periods' values, and the activity of their workflow, hosted on `TASK_QUEUES.programme`.
 */
@Module({
  imports: [ThresholdsModule],
  controllers: [DeviationsController, DeviationCasesController],
  providers: [
    DeviationsService,
    DeviationEvaluator,
    DeviationsActivities,
    activityWorkerProvider(TASK_QUEUES.programme, DeviationsActivities, (activities: DeviationsActivities) =>
      activities.asActivities(),
    ),
  ],
})
export class DeviationsModule {}
