export * from './messaging.migration';
export * from './outbox/outbox-writer';
export * from './outbox/outbox-relay';
export * from './inbox/inbox';
export * from './kafka/kafka-client';
export * from './consumer/event-consumer';
export * from './messaging.module';
export * from './consumer/consumer-host';
