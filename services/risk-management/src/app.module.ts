import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, riskManagementEnvSchema } from './config';
import { RISK_MANAGEMENT_MIGRATIONS } from './migrations';
import { AeoStatusModule } from './aeo-status/aeo-status.module';
import { AlertsModule } from './alerts/alerts.module';
import { ChannelDecisionsModule } from './channel-decisions/channel-decisions.module';
import { ChannelStatisticsModule } from './channel-statistics/channel-statistics.module';
import { MraRecognitionsModule } from './mra-recognitions/mra-recognitions.module';
import { OperatorMembersModule } from './operator-members/operator-members.module';
import { PilotCandidatesModule } from './pilot-candidates/pilot-candidates.module';
import { RiskAssessmentModule } from './risk-assessment/risk-assessment.module';
import { RiskProfilesModule } from './risk-profiles/risk-profiles.module';

/**
 * The risk-management service, the customs risk engine of the programme, one module per folder:
 * - `risk-profiles/`: the operator risk profile: kept current from declarations, compliance events
 *   and the register (`RiskProfileUpdater`), and served (`/v1/risk-profiles`);
 * - `scoring/`: the pure, configurable risk model the profiles are scored with (no module);
 * - `aeo-status/`: the AEO register projected from certification events, and the status look-up;
 * - `operator-members/`: the companies' users (the applications service's aeo.operator.user-linked/user-removed.v1):
 *   an operator user looks up its company's status only while linked to it;
 * - `pilot-candidates/`: the ranking of pilot candidates for the programme's pilot phase;
 * - `channel-statistics/`: control rates by AEO status over a period (do the benefits show?);
 * - `mra-recognitions/`: the foreign AEOs recognised under mutual recognition arrangements (replica of the mra service's events);
 * - `channel-decisions/`: a control channel for every lodged declaration, with the AEO benefits applied
 *   (ours, and those an arrangement grants a recognised foreign AEO the declaration names);
 * - `alerts/`: compliance events; serious infringements by AEOs become risk alerts;
 * - `risk-assessment/`: the certification workflow's risk-assessment activity (task queue aeo-risk-management).
 * The order of the feature modules is the order of the routes in the OpenAPI document.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, riskManagementEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: RISK_MANAGEMENT_MIGRATIONS,
      temporal: true,
    }),
    RiskProfilesModule,
    AeoStatusModule,
    PilotCandidatesModule,
    ChannelStatisticsModule,
    MraRecognitionsModule,
    ChannelDecisionsModule,
    AlertsModule,
    RiskAssessmentModule,
    OperatorMembersModule,
  ],
})
export class AppModule {}
