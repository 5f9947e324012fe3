import { Injectable } from '@nestjs/common';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { AeoRegisterCatchUp } from '../aeo-status/aeo-register-catch-up';
import { ChannelDecisionsService } from './channel-decisions.service';

/**
 * Lodged declarations in, channel decisions out (inbox, validation and DLQ by the library).
 * Consecutive declarations of a Kafka batch are decided together in one transaction; every
 * partition of the topic is consumed concurrently. Before a run's transaction opens (holding no
 * connection meanwhile), the AEO register projection catches up with every certification event
 * published before the run was read (`AeoRegisterCatchUp`): the benefits then depend on the
 * declaration and the register in force at its lodgement time, not on which consumer was faster.
 */
@Injectable()
export class DeclarationsConsumer {
  constructor(consumers: ConsumerRegistry, decisions: ChannelDecisionsService, register: AeoRegisterCatchUp) {
    consumers.register(
      'risk-management.declarations',
      [TOPIC_NAMES.declarationEvents],
      (consumer) =>
        consumer.onBatch(DeclarationLodged, (events, manager) => decisions.decideBatch(manager, events), {
          // Once a Kafka batch, ending at a stop or a rebalance (the batch is then redelivered).
          beforeTransaction: async (_events, control) => void (await register.current(control.isRunning)),
        }),
      { partitionsConsumedConcurrently: 6 },
    );
  }
}
