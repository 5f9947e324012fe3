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
import { SERVICE_NAME, validationEnvSchema } from './config';
import { VALIDATION_MIGRATIONS } from './migrations';
import { ValidationCaseEntity } from './validation-cases/validation-case.entity';
import { ValidationCasesController } from './validation-cases/validation-cases.controller';
import { ValidationCasesService } from './validation-cases/validation-cases.service';

/**
 * The validation service owns validation cases: the examination of an accepted application by
 * validators of its region, up to their findings. Activities and event consumers come later.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, validationEnvSchema),
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptionsFor({ service: SERVICE_NAME, entities: [ValidationCaseEntity], migrations: VALIDATION_MIGRATIONS }),
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
  controllers: [ValidationCasesController],
  providers: [ValidationCasesService],
})
export class AppModule {}
