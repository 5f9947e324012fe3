import { Injectable } from '@nestjs/common';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { AeoRegisterCatchUp } from '../aeo-status/aeo-register-catch-up';
import { ChannelDecisionsService } from './channel-decisions.service';

/**
 * The consumer is pipelined: kafkajs fetches on, and the next batches are decoded and validated,
 * while PostgreSQL works on up to this many batches (six partitions' transactions at once, each
 * partition's in order), each partition's offset committed once its work has. Without it every
 * fetch waited until all of the last fetch's batches were decided: a declaration arriving meanwhile
 * waited a whole cycle (fetch, register check, transaction, offset commit) before its own began,
 * which at a steady 1,000 a second the service could not keep up with (bench/README.md, latency).
 * A crash or rebalance redelivers the work under way, which the inbox absorbs.
 */
const DECLARATION_BATCHES_IN_FLIGHT = 12;

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
      { partitionsConsumedConcurrently: 6, maxBatchesInFlight: DECLARATION_BATCHES_IN_FLIGHT },
    );
  }
}
