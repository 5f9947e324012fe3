import { Module } from '@nestjs/common';
import { RecipientsModule } from '../recipients/recipients.module';
import { DeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DeliveryLogController } from './delivery-log.controller';
import { DeliveryPlanner } from './delivery-planner';

/** Events into notifications (planner), the sending queue (dispatcher) and the delivery log. */
@Module({
  imports: [RecipientsModule],
  controllers: [DeliveriesController, DeliveryLogController],
  providers: [DeliveryPlanner, DeliveryDispatcher, DeliveriesService],
  exports: [DeliveryDispatcher],
})
export class DeliveriesModule {}
