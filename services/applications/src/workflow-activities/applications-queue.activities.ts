import { Injectable } from '@nestjs/common';
import { CertificationActivities } from '../certification/certification.activities';
import { LifecycleActivities } from '../lifecycle/lifecycle.activities';
import { WatchdogActivitiesService } from '../lifecycle/watchdog.activities';
import { WorkflowAlertsActivities } from './workflow-alerts.activities';

/** Everything the applications service hosts on its task queue (`aeo-applications`). */
@Injectable()
export class ApplicationsQueueActivities {
  constructor(
    private readonly certification: CertificationActivities,
    private readonly lifecycle: LifecycleActivities,
    private readonly watchdog: WatchdogActivitiesService,
    private readonly alerts: WorkflowAlertsActivities,
  ) {}

  asActivities(): object {
    return {
      ...this.certification.asActivities(),
      ...this.lifecycle.asActivities(),
      ...this.watchdog.asActivities(),
      ...this.alerts.asActivities(),
    };
  }
}
