import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { PilotInvitationRecorder } from './invitations.activities';
import { PilotInvitationsController } from './invitations.controller';
import { PilotInvitationsService } from './invitations.service';
import { PilotSelectionModule } from '../selection/selection.module';
import { OpenInvitationsSweep, OpenInvitationsWithdrawal } from './open-invitations';

/**
 * Candidates' invitations to pilots (answers, comments, withdrawal) and the workflow's record
 * activity on `aeo-programme`; `OpenInvitationsWithdrawal` is exported for the pilot core (a pilot
 * cancelled or ended withdraws its open invitations); `OpenInvitationsSweep` withdraws those a
 * cancellation or an end left behind.
 */
@Module({
  // A step on a chosen candidate whose invitation was never started starts it (PilotSelectionService).
  imports: [PilotSelectionModule],
  controllers: [PilotInvitationsController],
  providers: [
    PilotInvitationsService,
    PilotInvitationRecorder,
    OpenInvitationsWithdrawal,
    OpenInvitationsSweep,
    activityWorkerProvider(TASK_QUEUES.programme, PilotInvitationRecorder, (activities: PilotInvitationRecorder) =>
      activities.asActivities(),
    ),
  ],
  exports: [OpenInvitationsWithdrawal],
})
export class PilotInvitationsModule {}
