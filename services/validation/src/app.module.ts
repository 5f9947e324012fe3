import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, validationEnvSchema } from './config';
import { VALIDATION_MIGRATIONS } from './migrations';
import { ValidationCaseEntity } from './validation-cases/validation-case.entity';
import { ValidationCasesController } from './validation-cases/validation-cases.controller';
import { ValidationCasesService } from './validation-cases/validation-cases.service';

/**
 * The validation service owns validation cases: the examination of an accepted application by
 * validators of its region, up to their findings. Activities and event consumers come later.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, validationEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [ValidationCaseEntity], migrations: VALIDATION_MIGRATIONS, temporal: true }),
  ],
  controllers: [ValidationCasesController],
  providers: [ValidationCasesService],
})
export class AppModule {}
