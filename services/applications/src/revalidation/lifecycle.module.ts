import { Module } from '@nestjs/common';
import { OperatorsModule } from '../operators/operators.module';
import { ProgrammeModule } from '../programme/programme.module';
import { RevalidationActivities } from './revalidation.activities';
import { RevalidationController } from './revalidation.controller';
import { RevalidationService } from './revalidation.service';
import { RevalidationTriggers } from './revalidation-triggers';
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
  providers: [RevalidationService, RevalidationWorkflows, RevalidationTriggers, RevalidationActivities, WatchdogActivitiesService, WatchdogSchedule],
  exports: [RevalidationActivities, WatchdogActivitiesService],
})
export class LifecycleModule {}
