import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { DECLARATION_TAXPAYER_ID_FIELDS, DeclarationLodged, taxpayerIdRules, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import type { MraConfig } from '../config';
import { ForeignIdsService } from './foreign-ids.service';

/**
 * Lodged declarations in: their foreign partners' AEO identifiers matched (inbox, validation and
 * DLQ by the library). A declaration whose trader or declarant id is not of the programme's format
 * (`TAXPAYER_ID_PATTERN`) is dead-lettered with the field named, as risk-management does.
 */
@Injectable()
export class DeclarationsConsumer {
  constructor(consumers: ConsumerRegistry, foreignIds: ForeignIdsService, @Inject(APP_CONFIG) config: MraConfig) {
    consumers.register('mra.foreign-ids', [TOPIC_NAMES.declarationEvents], (consumer) =>
      consumer.on(
        DeclarationLodged,
        async ({ data }, manager) => {
          if (data.foreignPartnerAeoIds.length > 0) await foreignIds.matchDeclaration(manager, data);
        },
        { rules: taxpayerIdRules(config.TAXPAYER_ID_PATTERN, DECLARATION_TAXPAYER_ID_FIELDS) },
      ),
    );
  }
}
