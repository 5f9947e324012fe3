import { Module } from '@nestjs/common';
import { OperatorsModule } from '../operators/operators.module';
import { ProgrammeModule } from '../programme/programme.module';
import { LifecycleActivities } from './lifecycle.activities';
import { RevalidationController } from './lifecycle.controller';
import { LifecycleService } from './lifecycle.service';
import { LifecycleTriggers } from './lifecycle-triggers';
import { RevalidationWorkflows } from './revalidation-workflows';
import { WatchdogActivitiesService } from './watchdog.activities';
import { WatchdogSchedule } from './watchdog-schedule';

/**
 * An authorisation's life after the grant: revalidation (scheduled and early), suspension,
 * revocation, surrender, and the daily watchdog of the revalidation workflows.
 */
@Module({
  imports: [OperatorsModule, ProgrammeModule],
  controllers: [RevalidationController],
  providers: [
    LifecycleService,
    RevalidationWorkflows,
    LifecycleTriggers,
    LifecycleActivities,
    WatchdogActivitiesService,
    WatchdogSchedule,
  ],
  exports: [LifecycleActivities, WatchdogActivitiesService],
})
export class LifecycleModule {}
