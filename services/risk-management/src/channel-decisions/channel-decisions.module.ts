import { Module } from '@nestjs/common';
import { AeoRegisterCatchUp } from '../aeo-status/aeo-register-catch-up';
import { RiskProfilesModule } from '../risk-profiles/risk-profiles.module';
import { ChannelDecisionsService } from './channel-decisions.service';
import { DeclarationsConsumer } from './declarations.consumer';
import { TransactionalPathMetrics } from './transactional/transactional-path.metrics';
import { TransactionalDeciderHost } from './transactional/transactional-decider.host';
import { DecisionChangelogConsumer } from './write-behind/decision-changelog.consumer';

/**
 * A control channel for every lodged declaration (the declaration also counts in its trader's
 * profile), on one of two paths (`CHANNEL_DECISIONS_PATH`): `database` (`DeclarationsConsumer`) or
 * `transactional` (`TransactionalDeciderHost`, with its write-behind `DecisionChangelogConsumer`).
 */
@Module({
  imports: [RiskProfilesModule],
  providers: [
    ChannelDecisionsService,
    DeclarationsConsumer,
    AeoRegisterCatchUp,
    TransactionalDeciderHost,
    DecisionChangelogConsumer,
    TransactionalPathMetrics,
  ],
  exports: [TransactionalDeciderHost],
})
export class ChannelDecisionsModule {}
