import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Backend platforms' webhook subscriptions (their calls are sent by the deliveries' dispatcher). */
@Module({
  imports: [DeliveriesModule],
  controllers: [WebhookSubscriptionsController],
  providers: [WebhookSubscriptionsService],
})
export class WebhooksModule {}
