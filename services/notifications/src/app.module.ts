import { Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { KAFKA, MessagingModule, kafkaReadinessCheck } from '@aeo/messaging';
import { HealthModule } from '@aeo/observability';
import { dataSourceOptionsFor } from '@aeo/persistence';
import { PlatformModule } from '@aeo/service-kit';
import { SERVICE_NAME, notificationsEnvSchema } from './config';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';
import { NotificationEntity } from './deliveries/notification.entity';
import { NotificationsController } from './deliveries/notifications.controller';
import { DeliveryConsumer } from './deliveries/delivery.consumer';

/** The notifications service: consumes AEO events only, idempotently, and delivers them to people and platforms. */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, notificationsEnvSchema),
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptionsFor({ service: SERVICE_NAME, entities: [NotificationEntity], migrations: NOTIFICATIONS_MIGRATIONS }),
    }),
    MessagingModule.forService(SERVICE_NAME),
    HealthModule.forRoot({
      inject: [getDataSourceToken(), KAFKA],
      useFactory: (dataSource: DataSource, kafka: Kafka) => [
        { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) },
        kafkaReadinessCheck(kafka),
      ],
    }),
  ],
  controllers: [NotificationsController],
  providers: [DeliveryConsumer],
})
export class AppModule {}
