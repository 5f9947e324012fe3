import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { PilotInvitationsModule } from '../invitations/invitations.module';
import { PilotsActivities } from './pilots.activities';
import { PilotOverviewController, PilotsController } from './pilots.controller';
import { PilotsService } from './pilots.service';

/**
 * The pilot itself (`/v1/pilots`): its time frame, objectives, workstreams and milestones, and the
 * activity of its workflow `pilot-<id>` on `TASK_QUEUES.programme`. `PilotsService` is exported for
 * the other pilot modules (a milestone reported done in-process, the pilot's dates).
 */
@Module({
  // A pilot cancelled or ended withdraws its open invitations (OpenInvitationsWithdrawal).
  imports: [PilotInvitationsModule],
  controllers: [PilotsController, PilotOverviewController],
  providers: [
    PilotsService,
    PilotsActivities,
    activityWorkerProvider(TASK_QUEUES.programme, PilotsActivities, (activities: PilotsActivities) =>
      activities.asActivities(),
    ),
  ],
  exports: [PilotsService],
})
export class PilotsModule {}
