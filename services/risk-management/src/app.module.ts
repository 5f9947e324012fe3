import { Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { Connection } from '@temporalio/client';
import { KAFKA, MessagingModule, kafkaReadinessCheck } from '@aeo/messaging';
import { HealthModule } from '@aeo/observability';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { PlatformModule } from '@aeo/service-kit';
import { TEMPORAL_CONNECTION, TemporalModule, temporalReadinessCheck } from '@aeo/temporal';
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
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptionsFor({ service: SERVICE_NAME, entities: [OperatorRiskProfileEntity], migrations: RISK_MANAGEMENT_MIGRATIONS }),
    }),
    MessagingModule.forService(SERVICE_NAME),
    TemporalModule.forService(),
    HealthModule.forRoot({
      inject: [getDataSourceToken(), KAFKA, TEMPORAL_CONNECTION],
      useFactory: (dataSource: DataSource, kafka: Kafka, temporal: Connection) => [
        { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) },
        kafkaReadinessCheck(kafka),
        temporalReadinessCheck(temporal),
      ],
    }),
  ],
  controllers: [RiskProfilesController],
  providers: [RiskProfilesService],
})
export class AppModule {}
