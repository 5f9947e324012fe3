import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { ArrangementsActivities } from './arrangements.activities';
import { ArrangementOverviewController, ArrangementsController } from './arrangements.controller';
import { ArrangementsService } from './arrangements.service';

/**
 * The mutual recognition arrangements with partner customs administrations (`/v1/arrangements`)
 * and the activities of their workflows, hosted on `TASK_QUEUES.mraArrangements`.
 */
@Module({
  controllers: [ArrangementsController, ArrangementOverviewController],
  providers: [
    ArrangementsService,
    ArrangementsActivities,
    activityWorkerProvider(TASK_QUEUES.mraArrangements, ArrangementsActivities, (activities: ArrangementsActivities) =>
      activities.asActivities(),
    ),
  ],
})
export class ArrangementsModule {}
