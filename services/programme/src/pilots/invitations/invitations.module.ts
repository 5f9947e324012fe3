import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { PilotInvitationRecorder } from './invitations.activities';
import { PilotInvitationsController } from './invitations.controller';
import { PilotInvitationsService } from './invitations.service';

/** Candidates' invitations to pilots (answers, comments, withdrawal) and the workflow's record activity on `aeo-programme`. */
@Module({
  controllers: [PilotInvitationsController],
  providers: [
    PilotInvitationsService,
    PilotInvitationRecorder,
    activityWorkerProvider(TASK_QUEUES.programme, PilotInvitationRecorder, (activities: PilotInvitationRecorder) =>
      activities.asActivities(),
    ),
  ],
})
export class PilotInvitationsModule {}
