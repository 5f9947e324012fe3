import { Module } from '@nestjs/common';
import { activityWorkerProvider } from '@aeo/temporal';
import { TASK_QUEUES } from '@aeo/workflows';
import { CertificationModule } from '../certification/certification.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { ApplicationsQueueActivities } from './applications-queue.activities';
import { WorkflowAlertsActivities } from './workflow-alerts.activities';

/** The activity worker of the service's task queue (`aeo-applications`): certification, lifecycle, watchdog and alert activities. */
@Module({
  imports: [CertificationModule, LifecycleModule],
  providers: [
    WorkflowAlertsActivities,
    ApplicationsQueueActivities,
    activityWorkerProvider(
      TASK_QUEUES.applications,
      ApplicationsQueueActivities,
      (activities: ApplicationsQueueActivities) => activities.asActivities(),
    ),
  ],
})
export class WorkflowActivitiesModule {}
