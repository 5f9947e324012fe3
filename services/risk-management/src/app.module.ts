import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, riskManagementEnvSchema } from './config';
import { RISK_MANAGEMENT_MIGRATIONS } from './migrations';
import { AeoStatusController } from './aeo-status/aeo-status.controller';
import { AeoStatusEntity } from './aeo-status/aeo-status.entity';
import { AeoStatusProjection } from './aeo-status/aeo-status.projection';
import { AeoStatusService } from './aeo-status/aeo-status.service';
import { AeoStatusReplica } from './aeo-status/aeo-status.replica';
import { AeoStatusFastPath } from './aeo-status/aeo-status.fast-path';
import { AlertsService } from './alerts/alerts.service';
import { ComplianceConsumer } from './alerts/compliance.consumer';
import { ChannelDecisionsService } from './channel-decisions/channel-decisions.service';
import { ChannelStatisticsController } from './channel-statistics/channel-statistics.controller';
import { ChannelStatisticsService } from './channel-statistics/channel-statistics.service';
import { DeclarationsConsumer } from './channel-decisions/declarations.consumer';
import { RiskProfileUpdater } from './risk-profiles/risk-profile-updater';
import { PilotCandidatesController, PilotCandidatesService } from './pilot-candidates/pilot-candidates.controller';
import { RiskAssessmentActivities } from './assessment/risk-assessment.activities';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { OperatorRiskProfileEntity } from './risk-profiles/operator-risk-profile.entity';
import { RiskProfilesController } from './risk-profiles/risk-profiles.controller';
import { RiskProfilesService } from './risk-profiles/risk-profiles.service';

/**
 * The risk-management service, the customs risk engine of the programme:
 * - `aeo-status/`: the AEO register projected from certification events, and the status look-up;
 * - `risk-profiles/`: the operator risk profile: kept current from declarations, compliance events
 *   and the register (`RiskProfileUpdater`), and served (`/v1/risk-profiles`);
 * - `scoring/`: the pure, configurable risk model the profiles are scored with;
 * - `channel-decisions/`: a control channel for every lodged declaration, with the AEO benefits applied;
 * - `channel-statistics/`: control rates by AEO status over a period (do the benefits show?);
 * - `alerts/`: serious infringements by AEOs become risk alerts;
 * - `pilot-candidates/`: the ranking of pilot candidates for the programme's pilot phase;
 * - `assessment/`: the certification workflow's risk-assessment activity (task queue aeo-risk-management).
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, riskManagementEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [OperatorRiskProfileEntity, AeoStatusEntity], migrations: RISK_MANAGEMENT_MIGRATIONS, temporal: true }),
  ],
  controllers: [RiskProfilesController, AeoStatusController, PilotCandidatesController, ChannelStatisticsController],
  providers: [
    RiskProfilesService,
    RiskProfileUpdater,
    AeoStatusService,
    AeoStatusReplica,
    AeoStatusFastPath,
    AeoStatusProjection,
    ChannelDecisionsService,
    ChannelStatisticsService,
    DeclarationsConsumer,
    AlertsService,
    ComplianceConsumer,
    PilotCandidatesService,
    RiskAssessmentActivities,
    activityWorkerProvider(TASK_QUEUES.riskManagement, RiskAssessmentActivities, (activities: RiskAssessmentActivities) => activities.asActivities()),
  ],
})
export class AppModule {}
