import { Module } from '@nestjs/common';
import { RiskProfileUpdater } from './risk-profile-updater';
import { RiskProfilesController } from './risk-profiles.controller';
import { RiskProfilesService } from './risk-profiles.service';

/** The operator risk profile: kept current by `RiskProfileUpdater` (used by the feeds and the assessment), served at `/v1/risk-profiles`. */
@Module({
  controllers: [RiskProfilesController],
  providers: [RiskProfilesService, RiskProfileUpdater],
  exports: [RiskProfileUpdater],
})
export class RiskProfilesModule {}
