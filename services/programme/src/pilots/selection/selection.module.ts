import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { PilotSelectionActivities } from './selection.activities';
import { PilotSelectionController } from './selection.controller';
import { PilotSelectionService } from './selection.service';

/**
 * A pilot's selection: terms, shortlists (the workflow's record activity), choices, participants,
 * and the replacement proposed after a decline or an expiry; activities on `aeo-programme`.
 */
@Module({
  controllers: [PilotSelectionController],
  providers: [
    PilotSelectionService,
    PilotSelectionActivities,
    activityWorkerProvider(TASK_QUEUES.programme, PilotSelectionActivities, (activities: PilotSelectionActivities) =>
      activities.asActivities(),
    ),
  ],
  exports: [PilotSelectionService],
})
export class PilotSelectionModule {}
