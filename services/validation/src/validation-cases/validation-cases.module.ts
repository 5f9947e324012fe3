import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { ExaminationModule } from '../examination/examination.module';
import { ProgrammeModule } from '../programme/programme.module';
import { ValidatorsModule } from '../validators/validators.module';
import { ValidationCasesController } from './validation-cases.controller';
import { ValidationCasesService } from './validation-cases.service';
import { ValidationWorkflowActivities } from './validation.activities';

/**
 * Validation cases: opened, reminded and closed by the workflows through the activities hosted
 * here on the `aeo-validation` task queue, reassigned by the regional office, reported by their
 * validator.
 */
@Module({
  imports: [ExaminationModule, ValidatorsModule, ProgrammeModule],
  controllers: [ValidationCasesController],
  providers: [
    ValidationCasesService,
    ValidationWorkflowActivities,
    activityWorkerProvider(
      TASK_QUEUES.validation,
      ValidationWorkflowActivities,
      (activities: ValidationWorkflowActivities) => activities.asActivities(),
    ),
  ],
})
export class ValidationCasesModule {}
