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
import { SERVICE_NAME, mraEnvSchema } from './config';
import { MRA_MIGRATIONS } from './migrations';
import { ArrangementEntity } from './arrangements/arrangement.entity';
import { ArrangementsController } from './arrangements/arrangements.controller';
import { ArrangementsService } from './arrangements/arrangements.service';

/**
 * The MRA service owns the mutual recognition arrangements with partner customs administrations
 * and, later, the exchange of AEO data under them.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, mraEnvSchema),
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptionsFor({ service: SERVICE_NAME, entities: [ArrangementEntity], migrations: MRA_MIGRATIONS }),
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
  controllers: [ArrangementsController],
  providers: [ArrangementsService],
})
export class AppModule {}
