import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { APP_CONFIG, PlatformEnv } from '@aeo/config';
import type { ReadinessCheck } from '@aeo/observability';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
export const TEMPORAL_ACTIVITIES = Symbol('TEMPORAL_ACTIVITIES');
export const TEMPORAL_ACTIVITY_QUEUE = Symbol('TEMPORAL_ACTIVITY_QUEUE');

/** Temporal readiness: the frontend answers its health check. */
export function temporalReadinessCheck(connection: Connection): ReadinessCheck {
  return {
    name: 'temporal',
    check: async () => {
      const response = await connection.healthService.check({});
      if (response.status !== 1) throw new Error(`Temporal health status ${response.status}`);
    },
  };
}

/**
 * Hosts the service's activities on its own task queue, bound to Nest providers. The worker
 * runs for the lifetime of the service; a Temporal outage only delays activities.
 */
@Injectable()
export class ActivityWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ActivityWorker');
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;

  constructor(
    @Inject(APP_CONFIG) private readonly config: PlatformEnv,
    @Optional() @Inject(TEMPORAL_ACTIVITIES) private readonly activities?: object,
    @Optional() @Inject(TEMPORAL_ACTIVITY_QUEUE) private readonly taskQueue?: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.activities || !this.taskQueue) return;
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.taskQueue,
      activities: this.activities,
    });
    this.running = this.worker.run().catch((error) => this.logger.error(`activity worker stopped: ${error}`));
    this.logger.log(`activities hosted on task queue ${this.taskQueue}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }
}

@Module({})
export class TemporalModule {
  /**
   * A Temporal client for the service, and optionally an activity worker. `activities` is a
   * provider token whose value is an object of activity functions.
   */
  static forService(options: { activityTaskQueue?: string; activitiesProvider?: unknown } = {}): DynamicModule {
    const providers = [
      {
        provide: TEMPORAL_CONNECTION,
        inject: [APP_CONFIG],
        // Lazy connection: the service starts even while Temporal is still coming up.
        useFactory: (config: PlatformEnv) => Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
      },
      {
        provide: Client,
        inject: [TEMPORAL_CONNECTION, APP_CONFIG],
        useFactory: (connection: Connection, config: PlatformEnv) => new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
      },
      ActivityWorkerHost,
      ...(options.activityTaskQueue ? [{ provide: TEMPORAL_ACTIVITY_QUEUE, useValue: options.activityTaskQueue }] : []),
      ...(options.activitiesProvider ? [{ provide: TEMPORAL_ACTIVITIES, useExisting: options.activitiesProvider as never }] : []),
    ];
    return { module: TemporalModule, global: true, providers, exports: [Client, TEMPORAL_CONNECTION] };
  }
}
