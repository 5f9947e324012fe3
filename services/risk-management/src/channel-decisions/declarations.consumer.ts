import { Injectable } from '@nestjs/common';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { ChannelDecisionsService } from './channel-decisions.service';

/**
 * Lodged declarations in, channel decisions out (inbox, validation and DLQ by the library).
 * Consecutive declarations of a Kafka batch are decided together in one transaction; every
 * partition of the topic is consumed concurrently.
 */
@Injectable()
export class DeclarationsConsumer {
  constructor(consumers: ConsumerRegistry, decisions: ChannelDecisionsService) {
    consumers.register(
      'risk-management.declarations',
      [TOPIC_NAMES.declarationEvents],
      (consumer) => consumer.onBatch(DeclarationLodged, (events, manager) => decisions.decideBatch(manager, events)),
      { partitionsConsumedConcurrently: 6 },
    );
  }
}
