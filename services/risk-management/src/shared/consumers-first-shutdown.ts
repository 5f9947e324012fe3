import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ConsumerRegistry } from '@aeo/messaging';

/**
 * Stops the event consumers before any module shuts down. The registry stops them in
 * `onApplicationShutdown`, which can run after TypeORM closed the pool, so an event in flight
 * fails with "Connection terminated" (harmless — its offset is not committed — but noisy).
 * Stopping twice is a no-op. Remove once `ConsumerRegistry` stops in `beforeApplicationShutdown`.
 */
@Injectable()
export class ConsumersFirstShutdown implements BeforeApplicationShutdown {
  constructor(private readonly consumers: ConsumerRegistry) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumers.onApplicationShutdown();
  }
}
