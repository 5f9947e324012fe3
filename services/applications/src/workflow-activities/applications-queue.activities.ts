import { Injectable } from '@nestjs/common';
import { CertificationActivities } from '../certification/certification.activities';
import { RevalidationActivities } from '../revalidation/revalidation.activities';
import { WatchdogActivitiesService } from '../revalidation/watchdog.activities';
import { WorkflowAlertsActivities } from './workflow-alerts.activities';

/** Everything the applications service hosts on its task queue (`aeo-applications`). */
@Injectable()
export class ApplicationsQueueActivities {
  constructor(
    private readonly certification: CertificationActivities,
    private readonly revalidation: RevalidationActivities,
    private readonly watchdog: WatchdogActivitiesService,
    private readonly alerts: WorkflowAlertsActivities,
  ) {}

  asActivities(): object {
    return { ...this.certification.asActivities(), ...this.revalidation.asActivities(), ...this.watchdog.asActivities(), ...this.alerts.asActivities() };
  }
}
