import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { SERVICE_NAME, applicationsEnvSchema } from './config';
import { APPLICATIONS_MIGRATIONS } from './migrations';
import { OperatorEntity } from './operators/operator.entity';
import { OperatorsController } from './operators/operators.controller';
import { OperatorsService } from './operators/operators.service';
import { ApplicationEntity } from './applications/application.entity';
import { ApplicationsController } from './applications/applications.controller';
import { ApplicationsService } from './applications/applications.service';
import { CertificationActivities } from './certification/certification.activities';
import { CertificationStarter } from './certification/certification-starter';
import { DecisionsController } from './decisions/decisions.controller';
import { ProgrammeController } from './programme/programme.controller';
import { AuthorisationsController, PublicRegisterController } from './register/register.controller';
import { RegisterService } from './register/register.service';
import { InformationRequestsController } from './information-requests/information-requests.controller';
import { InformationRequestsService } from './information-requests/information-requests.service';
import { ProgrammeService } from './programme/programme.service';
import { SelfAssessmentController } from './self-assessment/self-assessment.controller';
import { SelfAssessmentService } from './self-assessment/self-assessment.service';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '@aeo/config';
import type { ApplicationsConfig } from './config';
import { DecisionsService } from './decisions/decisions.service';
import { RevalidationActivities } from './revalidation/revalidation.activities';
import { RevalidationController } from './revalidation/revalidation.controller';
import { RevalidationService } from './revalidation/revalidation.service';
import { RevalidationTriggers } from './revalidation/revalidation-triggers';
import { RevalidationWorkflows } from './revalidation/revalidation-workflows';
import { WatchdogActivitiesService } from './revalidation/watchdog.activities';
import { WatchdogSchedule } from './revalidation/watchdog-schedule';
import { ApplicationsQueueActivities } from './workflow-activities';
import { WorkflowAlertsActivities } from './workflow-alerts.activities';

/**
 * The applications service owns operators, applications, their decisions and the AEO register. It
 * starts the certification workflow of each application and the revalidation workflow of each
 * authorisation, and hosts the activities that change its data.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, applicationsEnvSchema),
    // Uploads are held in memory up to twice the document limit; the service answers anything above the limit with a clear 413.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ApplicationsConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.DOCUMENT_MAX_BYTES * 2, files: 1, fields: 5 } }),
    }),
    ServiceInfrastructureModule.forService(SERVICE_NAME, { entities: [OperatorEntity, ApplicationEntity], migrations: APPLICATIONS_MIGRATIONS, temporal: true }),
  ],
  controllers: [OperatorsController, ProgrammeController, ApplicationsController, SelfAssessmentController, InformationRequestsController, DecisionsController, AuthorisationsController, RevalidationController, PublicRegisterController],
  providers: [
    OperatorsService,
    ApplicationsService,
    DecisionsService,
    ProgrammeService,
    SelfAssessmentService,
    InformationRequestsService,
    RegisterService,
    CertificationActivities,
    RevalidationActivities,
    WatchdogActivitiesService,
    WorkflowAlertsActivities,
    ApplicationsQueueActivities,
    activityWorkerProvider(TASK_QUEUES.applications, ApplicationsQueueActivities, (activities: ApplicationsQueueActivities) => activities.asActivities()),
    CertificationStarter,
    RevalidationWorkflows,
    RevalidationService,
    RevalidationTriggers,
    WatchdogSchedule,
  ],
})
export class AppModule {}
