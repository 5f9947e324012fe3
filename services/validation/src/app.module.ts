import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, validationEnvSchema } from './config';
import { ExaminationModule } from './examination/examination.module';
import { VALIDATION_MIGRATIONS } from './migrations';
import { ProgrammeModule } from './programme/programme.module';
import { OperatorMembersModule } from './operator-members/operator-members.module';
import { ValidationCasesModule } from './validation-cases/validation-cases.module';
import { ValidatorsModule } from './validators/validators.module';
import { CaseQueueModule } from './case-queue/case-queue.module';
import { CompanyValidationsModule } from './company-validations/company-validations.module';

/**
 * The validation service owns validation cases: the examination of an accepted application by
 * validators of its region (assignment by workload, checklist findings per criterion, site visits
 * with notice, corrective actions), up to their report. It hosts the certification workflow's validation
 * activities (open the case, remind, escalate) on the `aeo-validation` task queue.
 */
@Module({
  imports: [
    // The features first: their routes lead the OpenAPI document.
    ValidationCasesModule,
    CaseQueueModule,
    ExaminationModule,
    CompanyValidationsModule,
    ValidatorsModule,
    ProgrammeModule,
    OperatorMembersModule,
    PlatformModule.forService(SERVICE_NAME, validationEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: VALIDATION_MIGRATIONS,
      temporal: true,
    }),
  ],
})
export class AppModule {}
