import { DynamicModule, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { APP_CONFIG, PlatformEnv, temporalConnectionOptionsFrom } from '@aeo/config';
import type { ReadinessCheck } from '@aeo/observability';
import { activityFailureInterceptors } from './activity-failures';
import { CorrelationClientInterceptor, activityCorrelationInterceptors } from './correlation';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');
/** A connection whose calls are retried three times within about half a second: for requests whose failure may be the caller's fault. */
export const TEMPORAL_CONNECTION_FEW_RETRIES = Symbol('TEMPORAL_CONNECTION_FEW_RETRIES');

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

let runtimeInstalled = false;

/** Temporal's core logs only warnings and errors inside a service (its INFO chatter is noise). */
export function installQuietTemporalRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed by the host process
  }
}

/** The activity hosts of each running application (its configuration object), by task queue. */
const hostsByApplication = new WeakMap<object, Map<string, ActivityWorkerHost>>();

/**
 * Hosts the service's activities on its own task queue, bound to Nest providers. Declare it in
 * the service's module with `activityWorkerProvider`. The worker runs for the lifetime of the
 * service; while Temporal is unreachable it keeps retrying in the background.
 */
export class ActivityWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ActivityWorker');
  private worker?: Worker;
  private running?: Promise<void>;
  private connection?: NativeConnection;
  private stopping = false;

  /** Another host of the same application polls this task queue with these activities too. */
  private readonly joined: boolean;
  /** The activities of the application's other hosts on this task queue (their own properties). */
  private readonly alongside: object[] = [];

  constructor(
    private readonly config: PlatformEnv,
    private readonly taskQueue: string,
    private readonly activities: object,
  ) {
    installQuietTemporalRuntime();
    // Several modules of one service may host activities on one task queue: one worker carries them
    // all, else Temporal hands a task to a worker without its activity (retried until it lands right).
    const hosts = hostsByApplication.get(config) ?? new Map<string, ActivityWorkerHost>();
    hostsByApplication.set(config, hosts);
    const first = hosts.get(taskQueue);
    this.joined = first !== undefined;
    if (first) first.alongside.push(activities);
    else hosts.set(taskQueue, this);
  }

  onApplicationBootstrap(): void {
    if (!this.joined) this.running = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.joined) return;
    hostsByApplication.get(this.config)?.delete(this.taskQueue);
    this.stopping = true;
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
  }

  private async run(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        this.connection ??= await NativeConnection.connect(temporalConnectionOptionsFrom(this.config));
        this.worker = await Worker.create({
          connection: this.connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          taskQueue: this.taskQueue,
          activities: this.alongside.length ? Object.assign({}, this.activities, ...this.alongside) : this.activities,
          interceptors: { activity: [activityCorrelationInterceptors, activityFailureInterceptors] },
        });
        this.logger.log(`activities hosted on task queue ${this.taskQueue}`);
        await this.worker.run();
        return;
      } catch (error) {
        this.logger.warn(
          `activity worker on ${this.taskQueue} failed (attempt ${attempt}): ${(error as Error).message}`,
        );
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }
}

/** Provider for a service module: an activity worker on `taskQueue` with activities from a provider. */
export function activityWorkerProvider(
  taskQueue: string,
  activitiesToken: unknown,
  toActivities: (instance: never) => object = (instance) => instance,
) {
  return {
    provide: ActivityWorkerHost,
    inject: [APP_CONFIG, activitiesToken as never],
    useFactory: (config: PlatformEnv, instance: never) =>
      new ActivityWorkerHost(config, taskQueue, toActivities(instance)),
  };
}

/** Closes the service's Temporal client connection on shutdown. */
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(private readonly connection: Connection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}

/**
 * Providers of TEMPORAL_CONNECTION_FEW_RETRIES (lazy, closed on shutdown). The client's default
 * gRPC interceptor retries UNKNOWN with back-off for ~18 s, and Temporal with SQL visibility answers
 * UNKNOWN to a page token it did not issue: a request carrying a caller's token goes through this
 * one, which tries three times within about half a second (a passing UNKNOWN on a token Temporal
 * did issue still gets its retries), rather than ten over eighteen seconds.
 */
export function temporalConnectionFewRetriesProviders() {
  const closer = Symbol('TemporalConnectionFewRetriesCloser');
  return [
    {
      provide: TEMPORAL_CONNECTION_FEW_RETRIES,
      inject: [APP_CONFIG],
      useFactory: (config: PlatformEnv) =>
        Connection.lazy({
          ...temporalConnectionOptionsFrom(config),
          interceptors: [
            makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 3, initialIntervalMs: () => 100 })),
          ],
        }),
    },
    {
      provide: closer,
      inject: [TEMPORAL_CONNECTION_FEW_RETRIES],
      useFactory: (connection: Connection) => new TemporalConnectionCloser(connection),
    },
  ];
}

@Module({})
export class TemporalModule {
  /**
   * A Temporal client for the service (lazy connection: the service starts even while Temporal
   * is still coming up), over TLS when TEMPORAL_TLS=true (as the activity workers).
   */
  static forService(): DynamicModule {
    const providers = [
      {
        provide: TEMPORAL_CONNECTION,
        inject: [APP_CONFIG],
        useFactory: (config: PlatformEnv) => Connection.lazy(temporalConnectionOptionsFrom(config)),
      },
      {
        provide: TemporalConnectionCloser,
        inject: [TEMPORAL_CONNECTION],
        useFactory: (connection: Connection) => new TemporalConnectionCloser(connection),
      },
      {
        provide: Client,
        inject: [TEMPORAL_CONNECTION, APP_CONFIG],
        useFactory: (connection: Connection, config: PlatformEnv) =>
          new Client({
            connection,
            namespace: config.TEMPORAL_NAMESPACE,
            interceptors: { workflow: [new CorrelationClientInterceptor()] },
          }),
      },
    ];
    return { module: TemporalModule, global: true, providers, exports: [Client, TEMPORAL_CONNECTION] };
  }
}
