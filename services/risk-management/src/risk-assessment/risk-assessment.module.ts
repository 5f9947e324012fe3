import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { RiskProfilesModule } from '../risk-profiles/risk-profiles.module';
import { RiskAssessmentActivities } from './risk-assessment.activities';

/** The certification workflow's risk-assessment activity, hosted on task queue `aeo-risk-management`. */
@Module({
  imports: [RiskProfilesModule],
  providers: [
    RiskAssessmentActivities,
    activityWorkerProvider(
      TASK_QUEUES.riskManagement,
      RiskAssessmentActivities,
      (activities: RiskAssessmentActivities) => activities.asActivities(),
    ),
  ],
})
export class RiskAssessmentModule {}
