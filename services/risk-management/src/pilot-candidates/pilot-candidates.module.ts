import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { PilotCandidatesActivities } from './pilot-candidates.activities';
import { PilotCandidatesController } from './pilot-candidates.controller';
import { PilotCandidatesService } from './pilot-candidates.service';

/**
 * The ranking of pilot candidates for the programme's pilot phase: GET /v1/pilot-candidates, and
 * the same ranking as the activity `rankPilotCandidates` on `aeo-risk-management` (the programme's
 * shortlist workflow; one worker carries it with the risk assessment).
 */
@Module({
  controllers: [PilotCandidatesController],
  providers: [
    PilotCandidatesService,
    PilotCandidatesActivities,
    activityWorkerProvider(
      TASK_QUEUES.riskManagement,
      PilotCandidatesActivities,
      (activities: PilotCandidatesActivities) => activities.asActivities(),
    ),
  ],
})
export class PilotCandidatesModule {}
