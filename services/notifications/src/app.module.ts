import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, notificationsEnvSchema } from './config';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';
import { NotificationEntity } from './deliveries/notification.entity';
import { NotificationsController } from './deliveries/notifications.controller';
import { DeliveryConsumer } from './deliveries/delivery.consumer';

/** The notifications service: consumes AEO events only, idempotently, and delivers them to people and platforms. */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, notificationsEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [NotificationEntity], migrations: NOTIFICATIONS_MIGRATIONS, temporal: false }),
  ],
  controllers: [NotificationsController],
  providers: [DeliveryConsumer],
})
export class AppModule {}
