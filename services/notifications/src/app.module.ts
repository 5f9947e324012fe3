import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, notificationsEnvSchema } from './config';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { InboxModule } from './inbox/inbox.module';
import { NOTIFICATIONS_MIGRATIONS } from './migrations';
import { RecipientsModule } from './recipients/recipients.module';
import { RoutingModule } from './routing/routing.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/**
 * The notifications service: consumes AEO events idempotently and tells people (in-app inbox,
 * email) and backend platforms (signed webhooks), with a delivery log, retries, dead letters
 * and per-recipient rate limits.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, notificationsEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: NOTIFICATIONS_MIGRATIONS,
      temporal: false,
    }),
    InboxModule,
    DeliveriesModule,
    WebhooksModule,
    RecipientsModule,
    RoutingModule,
  ],
})
export class AppModule {}
