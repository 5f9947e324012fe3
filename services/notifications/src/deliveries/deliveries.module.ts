import { Module } from '@nestjs/common';
import { RecipientsModule } from '../recipients/recipients.module';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DeliveryPlanner } from './delivery-planner';

/** Events into notifications (planner), the sending queue (dispatcher) and the delivery log. */
@Module({
  imports: [RecipientsModule],
  controllers: [DeliveriesController],
  providers: [DeliveryPlanner, DeliveryDispatcher, DeliveriesService],
  exports: [DeliveryDispatcher],
})
export class DeliveriesModule {}
