import { Module } from '@nestjs/common';
import { PilotCandidatesController } from './pilot-candidates.controller';
import { PilotCandidatesService } from './pilot-candidates.service';

/** The ranking of pilot candidates for the programme's pilot phase. */
@Module({
  controllers: [PilotCandidatesController],
  providers: [PilotCandidatesService],
})
export class PilotCandidatesModule {}
