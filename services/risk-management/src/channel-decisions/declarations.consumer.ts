import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import {
  DECLARATION_TAXPAYER_ID_FIELDS,
  DeclarationLodged,
  safeText,
  taxpayerIdRules,
  TOPIC_NAMES,
} from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { AeoRegisterCatchUp } from '../aeo-status/aeo-register-catch-up';
import type { RiskManagementConfig } from '../config';
import { ChannelDecisionsService } from './channel-decisions.service';

/**
 * The consumer is pipelined: kafkajs fetches on, and the next batches are decoded and validated,
 * while PostgreSQL works on up to this many batches (in bundles: the batches that waited, of several
 * partitions, in one transaction, each partition in order; see `joinPartitions`), each partition's
 * offset committed once its work has. Without it every
 * fetch waited until all of the last fetch's batches were decided: a declaration arriving meanwhile
 * waited a whole cycle (fetch, register check, transaction, offset commit) before its own began,
 * which at a steady 1,000 a second the service could not keep up with (bench/README.md, latency).
 * A crash or rebalance redelivers the work under way, which the inbox absorbs.
 */
const DECLARATION_BATCHES_IN_FLIGHT = 12;

/**
 * What a declaration must also be to be decided, besides its contract's schema (rules of this
 * service's configuration and clock): its trader and declarant ids of the programme's taxpayer id
 * format (`TAXPAYER_ID_PATTERN`; an id with a hidden character would be another, look-alike trader),
 * and lodged no later than `DECLARATION_CLOCK_SKEW_MS` ahead of this service's clock (a declaration
 * cannot be lodged in the future, and the AEO register in force then is not known yet: a grant
 * taking effect later would count).
 */
export function declarationRules(
  config: Pick<RiskManagementConfig, 'TAXPAYER_ID_PATTERN' | 'DECLARATION_CLOCK_SKEW_MS'>,
) {
  const skew = config.DECLARATION_CLOCK_SKEW_MS;
  return taxpayerIdRules(config.TAXPAYER_ID_PATTERN, DECLARATION_TAXPAYER_ID_FIELDS).extend({
    lodgedAt: safeText.superRefine((lodgedAt, ctx) => {
      const now = Date.now();
      if (Date.parse(lodgedAt) > now + skew)
        ctx.addIssue({
          code: 'custom',
          message: `is in the future: later than this service's clock (${new Date(now).toISOString()}) by more than ${skew} ms (DECLARATION_CLOCK_SKEW_MS)`,
        });
    }),
  });
}

/**
 * Lodged declarations in, channel decisions out (inbox, validation and DLQ by the library).
 * The declarations of a bundle (the Kafka batches of one or more partitions that waited for a free
 * slot) are decided together in one transaction; every partition of the topic is consumed
 * concurrently. Before a run's transaction opens (holding no
 * connection meanwhile), the AEO register projection catches up with every certification event
 * published before the run was read (`AeoRegisterCatchUp`): the benefits then depend on the
 * declaration and the register in force at its lodgement time, not on which consumer was faster.
 * A declaration of another region than `CUSTOMS_REGIONS`, or breaking `declarationRules`, is
 * dead-lettered with the reason.
 */
@Injectable()
export class DeclarationsConsumer {
  constructor(
    consumers: ConsumerRegistry,
    decisions: ChannelDecisionsService,
    register: AeoRegisterCatchUp,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    // The transactional path decides with TransactionalDeciderHost instead.
    if (config.CHANNEL_DECISIONS_PATH !== 'database') return;
    consumers.register(
      'risk-management.declarations',
      [TOPIC_NAMES.declarationEvents],
      (consumer) =>
        consumer.onBatch(DeclarationLodged, (events, manager) => decisions.decideBatch(manager, events), {
          // Once a bundle, ending at a stop or a rebalance (the bundle is then redelivered).
          beforeTransaction: async (_events, control) => void (await register.current(control.isRunning)),
          rules: declarationRules(config),
        }),
      {
        partitionsConsumedConcurrently: 6,
        maxBatchesInFlight: DECLARATION_BATCHES_IN_FLIGHT,
        // A decision depends on its trader's profile only (a trader's declarations share a partition).
        joinPartitions: true,
        customsRegions: config.CUSTOMS_REGIONS,
      },
    );
  }
}
