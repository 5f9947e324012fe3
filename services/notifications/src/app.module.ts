import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, notificationsEnvSchema } from './config';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';
import { DeliveryAttemptEntity, NotificationEntity } from './deliveries/notification.entity';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveryDispatcher } from './deliveries/delivery-dispatcher';
import { DeliveryPlanner } from './deliveries/delivery-planner';
import { InboxModule } from './inbox/inbox.module';
import { RecipientsModule } from './recipients/recipients.module';
import { RoutesController } from './routing/routes.controller';
import { WebhookSubscriptionsController } from './webhooks/webhook-subscriptions.controller';

/**
 * The notifications service: consumes AEO events idempotently and tells people (in-app inbox,
 * email) and backend platforms (signed webhooks), with a delivery log, retries, dead letters
 * and per-recipient rate limits.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, notificationsEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [NotificationEntity, DeliveryAttemptEntity], migrations: NOTIFICATIONS_MIGRATIONS, temporal: false }),
    InboxModule,
    RecipientsModule,
  ],
  controllers: [DeliveriesController, WebhookSubscriptionsController, RoutesController],
  providers: [DeliveryDispatcher, DeliveryPlanner],
})
export class AppModule {}
