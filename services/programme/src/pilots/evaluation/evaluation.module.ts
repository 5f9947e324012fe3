import { Module } from '@nestjs/common';
import { PilotContactOfficersModule } from '../contact-officers/contact-officers.module';
import { EvaluationController } from './evaluation.controller';
import { EvaluationService } from './evaluation.service';

/** A pilot's evaluation (`/v1/pilots/{pilotId}/questionnaires|evaluation|lessons`): questionnaires, answers, results, lessons learnt. */
@Module({
  imports: [PilotContactOfficersModule],
  controllers: [EvaluationController],
  providers: [EvaluationService],
  exports: [EvaluationService],
})
export class EvaluationModule {}
