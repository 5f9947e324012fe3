import { Kafka, Partitioners, Producer, SASLOptions, logLevel as KafkaLogLevel, LogEntry } from 'kafkajs';
import type { Logger } from 'pino';

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  logger?: Logger;
  ssl?: boolean;
  sasl?: SASLOptions;
}

const levelNames: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [KafkaLogLevel.ERROR]: 'error',
  [KafkaLogLevel.WARN]: 'warn',
  [KafkaLogLevel.INFO]: 'info',
  [KafkaLogLevel.DEBUG]: 'debug',
};

const LIMITED_RETRIES_WARNING = 'Limiting retries for the idempotent producer may invalidate EoS guarantees';

/** A kafkajs client whose logs go to the service's structured logger. */
export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ssl: options.ssl,
    sasl: options.sasl,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 200, retries: 5, maxRetryTime: 5000 },
    logLevel: KafkaLogLevel.WARN,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      // Bounded producer retries are deliberate: the relay must give up and roll back (releasing
      // its locks) while Kafka is down. Ordering and de-duplication come from outbox and inbox.
      if (message === LIMITED_RETRIES_WARNING) return;
      options.logger?.[levelNames[entry.level] ?? 'info']({ kafka: extra, namespace: entry.namespace }, message);
    },
  });
}

/**
 * Idempotent producer (exactly-once per partition on the broker side, ordered retries);
 * Java-compatible murmur2 partitioning so every client agrees on the partition of a key.
 */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    // Give up quickly while the broker is away: the relay rolls back (releasing its locks, so
    // writers of the same aggregate never wait long) and retries the batch itself.
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
  });
}
