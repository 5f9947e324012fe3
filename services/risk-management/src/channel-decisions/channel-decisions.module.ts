import { Module } from '@nestjs/common';
import { AeoRegisterCatchUp } from '../aeo-status/aeo-register-catch-up';
import { RiskProfilesModule } from '../risk-profiles/risk-profiles.module';
import { ChannelDecisionsService } from './channel-decisions.service';
import { DeclarationsConsumer } from './declarations.consumer';

/** A control channel for every lodged declaration (the declaration also counts in its trader's profile). */
@Module({
  imports: [RiskProfilesModule],
  providers: [ChannelDecisionsService, DeclarationsConsumer, AeoRegisterCatchUp],
})
export class ChannelDecisionsModule {}
