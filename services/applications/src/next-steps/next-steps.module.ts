import { Module } from '@nestjs/common';
import { SelfAssessmentModule } from '../self-assessment/self-assessment.module';
import { NextStepsController } from './next-steps.controller';
import { NextStepsService } from './next-steps.service';

/** What the trader must do next and what customs waits for, across applications and authorisations. */
@Module({
  imports: [SelfAssessmentModule],
  controllers: [NextStepsController],
  providers: [NextStepsService],
})
export class NextStepsModule {}
