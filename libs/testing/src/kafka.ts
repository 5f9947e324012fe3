import { randomBytes } from 'node:crypto';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { testEnv } from './env';
import { waitFor } from './wait-for';

export const testKafka = (clientId = 'aeo-test') => new Kafka({ clientId, brokers: testEnv.kafkaBrokers, logLevel: logLevel.NOTHING, retry: { retries: 8 } });

export const uniqueName = (prefix: string) => `${prefix}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** Creates topics (and waits for their leaders) for one test file. */
export async function createTopics(kafka: Kafka, topics: string[], numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })) });
  } finally {
    await admin.disconnect();
  }
}

export interface CollectedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  headers: Record<string, string>;
}

/** Reads topics from the beginning with a private group; call `stop()` when done. */
export async function collectMessages(kafka: Kafka, topics: string[]) {
  const collected: CollectedMessage[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('test-collector'), allowAutoTopicCreation: false });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) if (value !== undefined) headers[name] = value.toString();
      collected.push({ topic, partition, message, headers });
    },
  });
  return {
    messages: collected,
    waitForCount: (count: number, timeoutMs = 30_000, filter: (m: CollectedMessage) => boolean = () => true) =>
      waitFor(`${count} messages on ${topics.join(', ')}`, () => {
        const matching = collected.filter(filter);
        return matching.length >= count ? matching : undefined;
      }, timeoutMs),
    stop: () => consumer.disconnect(),
  };
}
