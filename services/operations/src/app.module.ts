import { Module } from '@nestjs/common';
import { PlatformModule, ServiceInfrastructureModule } from '@aeo/service-kit';
import { SERVICE_NAME, operationsEnvSchema } from './config';
import { OPERATIONS_MIGRATIONS } from './migrations';
import { DeadLettersModule } from './dead-letters/dead-letters.module';
import { ServiceHealthModule } from './health/service-health.module';
import { WatchdogAlertsModule } from './watchdog-alerts/watchdog-alerts.module';
import { WorkflowsModule } from './workflows/workflows.module';

/**
 * The operations service: what the operations team watches and repairs, one module per folder:
 * - `workflows/`: the platform's workflows from Temporal visibility, stuck ones, each run's timeline.
 * - `dead-letters/`: every `.dlq` topic's records stored once, replayed (through the outbox) or discarded.
 * - `health/`: the readiness of the platform's services and worker, with their dependencies.
 * - `watchdog-alerts/`: the revalidation watchdog's alerts stored once, acknowledged with a note.
 */
@Module({
  imports: [
    PlatformModule.forService(SERVICE_NAME, operationsEnvSchema),
    ServiceInfrastructureModule.forService(SERVICE_NAME, {
      entities: [],
      migrations: OPERATIONS_MIGRATIONS,
      temporal: true,
    }),
    WorkflowsModule,
    DeadLettersModule,
    ServiceHealthModule,
    WatchdogAlertsModule,
  ],
})
export class AppModule {}
