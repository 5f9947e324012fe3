import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, validationEnvSchema } from './config';
import { VALIDATION_MIGRATIONS } from './migrations';
import { ValidationCaseEntity } from './validation-cases/validation-case.entity';
import { ValidationCasesController } from './validation-cases/validation-cases.controller';
import { ValidationCasesService } from './validation-cases/validation-cases.service';
import { ValidationWorkflowActivities } from './validation-cases/validation.activities';
import { ExaminationController } from './examination/examination.controller';
import { ExaminationService } from './examination/examination.service';
import { ProgrammeProjection } from './programme/programme.projection';
import { ValidatorsController } from './validators/validators.controller';
import { ValidatorsService } from './validators/validators.service';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';

/**
 * The validation service owns validation cases: the examination of an accepted application by
 * validators of its region (assignment by workload, checklist findings per criterion, site visits
 * with notice, corrective actions), up to their report. It hosts the certification workflow's validation
 * activities (open the case, remind, escalate) on the `aeo-validation` task queue.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, validationEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [ValidationCaseEntity], migrations: VALIDATION_MIGRATIONS, temporal: true }),
  ],
  controllers: [ValidationCasesController, ExaminationController, ValidatorsController],
  providers: [
    ValidationCasesService,
    ExaminationService,
    ValidatorsService,
    ProgrammeProjection,
    ValidationWorkflowActivities,
    activityWorkerProvider(TASK_QUEUES.validation, ValidationWorkflowActivities, (activities: ValidationWorkflowActivities) => activities.asActivities()),
  ],
})
export class AppModule {}
