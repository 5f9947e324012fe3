import { Module } from '@nestjs/common';
import { RiskProfilesModule } from '../risk-profiles/risk-profiles.module';
import { AeoStatusController } from './aeo-status.controller';
import { AeoStatusFastPath } from './aeo-status.fast-path';
import { AeoStatusProjection } from './aeo-status.projection';
import { AeoStatusReplica } from './aeo-status.replica';
import { AeoStatusService } from './aeo-status.service';

/** The AEO register projected from certification events (a change rescores the profile), and the status look-up for border systems. */
@Module({
  imports: [RiskProfilesModule],
  controllers: [AeoStatusController],
  providers: [AeoStatusService, AeoStatusReplica, AeoStatusFastPath, AeoStatusProjection],
})
export class AeoStatusModule {}
