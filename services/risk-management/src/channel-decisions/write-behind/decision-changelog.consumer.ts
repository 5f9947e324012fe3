import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '@aeo/config';
import { DecisionPartitionTaken, DecisionsRecorded, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import type { RiskManagementConfig } from '../../config';
import { RiskProfileUpdater } from '../../risk-profiles/risk-profile-updater';
import { type ChangelogEvent, storeChangelog } from './decision-changelog.writer';

/** The write-behind's consumer group (before `KAFKA_GROUP_SUFFIX`). */
export const DECISION_CHANGELOG_GROUP = 'risk-management.decision-changelog';

/**
 * The write-behind of the transactional channel decider (`CHANNEL_DECISIONS_PATH=transactional`):
 * reads the decision changelog `read_committed` (what an aborted transaction wrote is never
 * read) and stores it, each record once (`storeChangelog`: the partition's position in the same
 * transaction). A record that is no changelog event is dead-lettered with the reason.
 */
@Injectable()
export class DecisionChangelogConsumer {
  private readonly logger = new Logger(DecisionChangelogConsumer.name);

  constructor(
    consumers: ConsumerRegistry,
    profiles: RiskProfileUpdater,
    @Inject(APP_CONFIG) config: RiskManagementConfig,
  ) {
    if (config.CHANNEL_DECISIONS_PATH !== 'transactional' || config.CHANNEL_DECISIONS_ROLE === 'decider') return;
    const store = async (events: readonly ChangelogEvent[], manager: Parameters<typeof storeChangelog>[0]) => {
      const { duplicates } = await storeChangelog(manager, events, (runner, taxpayerId, sourceEventId) =>
        profiles.rescore(runner, taxpayerId, 'declaration-stored', sourceEventId),
      );
      if (duplicates)
        this.logger.warn(
          `${duplicates} decision(s) not stored: their declarations were decided already (the same declaration id for another trader)`,
        );
    };
    consumers.register(
      DECISION_CHANGELOG_GROUP,
      [TOPIC_NAMES.decisionChangelog],
      (consumer) =>
        consumer
          // Idempotent by the partition's stored position, not by inbox rows.
          .onBatch(DecisionsRecorded, store, { withOtherTypes: true, idempotentByKey: true })
          .onBatch(DecisionPartitionTaken, store, { withOtherTypes: true, idempotentByKey: true }),
      { partitionsConsumedConcurrently: 4 },
    );
  }
}
