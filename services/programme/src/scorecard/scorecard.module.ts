import { Module } from '@nestjs/common';
import { ScorecardEvidenceConsumer } from './scorecard-evidence.consumer';
import { ScorecardController } from './scorecard.controller';
import { ScorecardService } from './scorecard.service';

/**
 * The design-principles scorecard (`/v1/scorecard`): the policy unit's assessments with history,
 * and the WTO TFA 7.7 checks from the evidence its consumer keeps. `ScorecardService.current()` is
 * the scorecard for other modules (the programme report).
 */
@Module({
  controllers: [ScorecardController],
  providers: [ScorecardService, ScorecardEvidenceConsumer],
  exports: [ScorecardService],
})
export class ScorecardModule {}
