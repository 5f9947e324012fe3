import { Injectable } from '@nestjs/common';
import { MraArrangementPhaseChanged, MraForeignAeosChanged, MraForeignIdResolved, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { recordAlias, recordForeignAeos, recordPhaseChange } from './mra-recognitions.repository';

/**
 * The mra service's events in, the replica of recognised foreign AEOs out: arrangements' phases
 * and terms, partner list entries, resolved aliases (inbox; replays and older versions change nothing).
 */
@Injectable()
export class MraEventsConsumer {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('risk-management.mra-recognitions', [TOPIC_NAMES.mraEvents], (consumer) =>
      consumer
        .on(MraArrangementPhaseChanged, (event, manager) => recordPhaseChange(manager, event.data))
        .on(MraForeignAeosChanged, (event, manager) => recordForeignAeos(manager, event.data))
        .on(MraForeignIdResolved, (event, manager) => recordAlias(manager, event.data)),
    );
  }
}
