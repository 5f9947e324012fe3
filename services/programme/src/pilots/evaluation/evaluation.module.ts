import { Module } from '@nestjs/common';
import { PilotContactOfficersModule } from '../contact-officers/contact-officers.module';
import { EvaluationController } from './evaluation.controller';
import { EvaluationService } from './evaluation.service';
import { PilotCancellationConsumer } from './pilot-cancellation.consumer';

/**
 * A pilot's evaluation (`/v1/pilots/{pilotId}/questionnaires|evaluation|lessons`): questionnaires,
 * answers, results, lessons learnt; a pilot cancelled closes its open questionnaires.
 */
@Module({
  imports: [PilotContactOfficersModule],
  controllers: [EvaluationController],
  providers: [EvaluationService, PilotCancellationConsumer],
  exports: [EvaluationService],
})
export class EvaluationModule {}
