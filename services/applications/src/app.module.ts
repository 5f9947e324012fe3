import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, applicationsEnvSchema } from './config';
import { APPLICATIONS_MIGRATIONS } from './migrations';
import { OperatorsModule } from './operators/operators.module';
import { InvitationsModule } from './invitations/invitations.module';
import { ProgrammeModule } from './programme/programme.module';
import { ApplicationsModule } from './applications/applications.module';
import { SelfAssessmentModule } from './self-assessment/self-assessment.module';
import { InformationRequestsModule } from './information-requests/information-requests.module';
import { DecisionsModule } from './decisions/decisions.module';
import { RegisterModule } from './register/register.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { PublicRegisterModule } from './public-register/public-register.module';
import { CertificationModule } from './certification/certification.module';
import { WorkflowActivitiesModule } from './workflow-activities/workflow-activities.module';
import { PilotParticipantsModule } from './pilot-participants/pilot-participants.module';
import { WorkQueueModule } from './work-queue/work-queue.module';
import { AuthorisationQueueModule } from './authorisation-queue/authorisation-queue.module';
import { CertificatesModule } from './certificates/certificates.module';
import { NextStepsModule } from './next-steps/next-steps.module';

/**
 * The applications service owns operators, applications, their decisions and the AEO register. It
 * starts the certification workflow of each application and the revalidation workflow of each
 * authorisation, and hosts the activities that change its data. It keeps the pilot companies (from
 * the programme service's pilot topic), whose certification workflows carry `AeoPilotId`.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, applicationsEnvSchema),
    OperatorsModule,
    InvitationsModule,
    ProgrammeModule,
    ApplicationsModule,
    SelfAssessmentModule,
    InformationRequestsModule,
    DecisionsModule,
    RegisterModule,
    LifecycleModule,
    PublicRegisterModule,
    CertificationModule,
    WorkflowActivitiesModule,
    PilotParticipantsModule,
    WorkQueueModule,
    AuthorisationQueueModule,
    CertificatesModule,
    NextStepsModule,
    // After the features: the OpenAPI document lists their routes first, the health checks last.
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: APPLICATIONS_MIGRATIONS,
      temporal: true,
    }),
  ],
})
export class AppModule {}
