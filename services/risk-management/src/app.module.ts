import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, riskManagementEnvSchema } from './config';
import { RISK_MANAGEMENT_MIGRATIONS } from './migrations';
import { OperatorRiskProfileEntity } from './risk-profiles/operator-risk-profile.entity';
import { RiskProfilesController } from './risk-profiles/risk-profiles.controller';
import { RiskProfilesService } from './risk-profiles/risk-profiles.service';

/**
 * The risk-management service owns the risk profile of each operator (its AEO status and risk
 * score) that customs risk management reads. Event consumers that keep it current come later.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, riskManagementEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [OperatorRiskProfileEntity], migrations: RISK_MANAGEMENT_MIGRATIONS, temporal: true }),
  ],
  controllers: [RiskProfilesController],
  providers: [RiskProfilesService],
})
export class AppModule {}
