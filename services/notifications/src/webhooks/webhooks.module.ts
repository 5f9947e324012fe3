import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Webhook subscriptions of backend platforms and of companies' own systems (their calls are sent by the deliveries' dispatcher). */
@Module({
  imports: [DeliveriesModule],
  controllers: [WebhookSubscriptionsController],
  providers: [WebhookSubscriptionsService],
})
export class WebhooksModule {}
