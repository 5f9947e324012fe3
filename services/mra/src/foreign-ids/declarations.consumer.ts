import { Injectable } from '@nestjs/common';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { ForeignIdsService } from './foreign-ids.service';

/** Lodged declarations in: their foreign partners' AEO identifiers matched (inbox, validation and DLQ by the library). */
@Injectable()
export class DeclarationsConsumer {
  constructor(consumers: ConsumerRegistry, foreignIds: ForeignIdsService) {
    consumers.register('mra.foreign-ids', [TOPIC_NAMES.declarationEvents], (consumer) =>
      consumer.on(DeclarationLodged, async (event, manager) => {
        if (event.data.foreignPartnerAeoIds.length > 0) await foreignIds.matchDeclaration(manager, event.data);
      }),
    );
  }
}
