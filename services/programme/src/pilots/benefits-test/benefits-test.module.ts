import { Module } from '@nestjs/common';
import { PilotBenefitsTestController } from './benefits-test.controller';
import { PilotBenefitsTestService } from './benefits-test.service';

/** A pilot's benefits test (`GET /v1/pilots/{pilotId}/benefits-test`); the service is exported for the final report. */
@Module({
  controllers: [PilotBenefitsTestController],
  providers: [PilotBenefitsTestService],
  exports: [PilotBenefitsTestService],
})
export class PilotBenefitsTestModule {}
