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
      options.logger?.[levelNames[entry.level] ?? 'info']({ kafka: extra, namespace: entry.namespace }, message);
    },
  });
}

/**
 * The platform's producer: every send is one attempt, and any failure goes back to the caller
 * (the outbox relay rolls back and sends the whole batch again; a consumer's dead letter is retried
 * with its record). `acks` is the caller's (`-1`, all in-sync replicas, everywhere). Java-compatible
 * murmur2 partitioning, so every client agrees on the partition of a key.
 *
 * Why no retries inside kafkajs (and therefore not kafkajs's idempotent mode, which refuses to run
 * without them): kafkajs 2.2.4 keeps each broker's answer across the attempts of one send
 * (`sendMessages.js`, `responsePerBroker`). When a request to one broker fails and the partition
 * moves to a broker that has already answered the same send, the retry skips that broker, and the
 * send resolves although the moved partition's records were never sent (tulios/kafkajs#1303,
 * unmerged fix #1798). The cluster profile's broker fault found exactly that: an acknowledged event
 * on no partition (`deploy/local/cluster/faults/producer-leader-move.int-spec.ts` reproduces it).
 * With one attempt nothing is skipped: a copy a failed attempt did write is absorbed by the
 * consumers' inboxes, and order per aggregate holds because a producer has one request in flight.
 */
export function createSingleAttemptProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: false,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    retry: { retries: 0 },
  });
}

/** The platform's Kafka client, for a service that injects `KAFKA` (its type without importing the client). */
export type KafkaClient = Kafka;

/** How many partitions each topic has (0: no such topic). */
export async function topicPartitionCounts(kafka: Kafka, topics: readonly string[]): Promise<Map<string, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { topics: described } = await admin.fetchTopicMetadata({ topics: [...topics] });
    return new Map(
      topics.map((name) => [name, described.find((topic) => topic.name === name)?.partitions.length ?? 0]),
    );
  } finally {
    await admin.disconnect();
  }
}
