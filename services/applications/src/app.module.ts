import { Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { Connection } from '@temporalio/client';
import { KAFKA, MessagingModule, kafkaReadinessCheck } from '@aeo/messaging';
import { HealthModule } from '@aeo/observability';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { PlatformModule } from '@aeo/service-kit';
import { TEMPORAL_CONNECTION, TemporalModule, activityWorkerProvider, temporalReadinessCheck } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { SERVICE_NAME, applicationsEnvSchema } from './config';
import { APPLICATIONS_MIGRATIONS } from './migrations';
import { OperatorEntity } from './operators/operator.entity';
import { OperatorsController } from './operators/operators.controller';
import { OperatorsService } from './operators/operators.service';
import { ApplicationEntity } from './applications/application.entity';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { CertificationActivities } from './certification/certification.activities';
import { CertificationStarter } from './certification/certification-starter';

/**
 * The applications service owns operators, applications and (later) the AEO register. It starts
 * certification workflows and hosts the activities that change its data.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, applicationsEnvSchema),
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptionsFor({ service: SERVICE_NAME, entities: [OperatorEntity, ApplicationEntity], migrations: APPLICATIONS_MIGRATIONS }),
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
  controllers: [OperatorsController, ApplicationsController],
  providers: [
    OperatorsService,
    ApplicationsService,
    CertificationActivities,
    activityWorkerProvider(TASK_QUEUES.applications, CertificationActivities, (activities: CertificationActivities) => activities.asActivities()),
    CertificationStarter,
  ],
})
export class AppModule {}
