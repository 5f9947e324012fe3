import type { Logger } from 'pino';
import type { EventConsumer } from './event-consumer';

/**
 * Keeps a consumer running for the lifetime of a service: if Kafka is unreachable at boot the
 * service still starts and the consumer keeps trying to join in the background; if the consumer
 * crashes later (broker gone for a while), it is restarted the same way.
 */
export class ConsumerHost {
  private stopped = false;
  private started?: Promise<void>;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly logger?: Logger,
  ) {
    consumer.setCrashHandler((error) => this.restart(error));
  }

  start(): void {
    this.started = this.connectWithRetry();
  }

  private restart(error: Error): void {
    if (this.stopped) return;
    this.logger?.warn({ err: error }, 'consumer crashed; restarting');
    const previous = this.started ?? Promise.resolve();
    this.started = previous.then(async () => {
      await this.consumer.stop().catch(() => undefined);
      await this.connectWithRetry();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.started;
    await this.consumer.stop();
  }

  private async connectWithRetry(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.consumer.start();
        return;
      } catch (error) {
        this.logger?.warn({ err: error, attempt }, 'consumer could not start; retrying');
        await this.consumer.stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
      }
    }
  }
}
