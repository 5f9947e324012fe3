import { randomBytes } from 'node:crypto';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { testEnv } from './env';
import { waitFor } from './wait-for';

export const testKafka = (clientId = 'aeo-test') =>
  new Kafka({ clientId, brokers: testEnv.kafkaBrokers, logLevel: logLevel.NOTHING, retry: { retries: 8 } });

export const uniqueName = (prefix: string) => `${prefix}.${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/**
 * Creates topics (and waits for their leaders) for one test file. kafkajs's own `waitForLeaders`
 * retries only LEADER_NOT_AVAILABLE, while a broker that has not yet heard of a topic just created
 * answers UNKNOWN_TOPIC_OR_PARTITION ("This server does not host this topic-partition"), which
 * failed a CI run; so the wait is ours and takes either answer as "not yet", until every partition's
 * leader answers for its offsets.
 */
export async function createTopics(kafka: Kafka, topics: string[], numPartitions = 3): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: false,
      topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    });
    await waitFor(
      `leaders of ${topics.join(', ')}`,
      async () => {
        const { topics: described } = await admin.fetchTopicMetadata({ topics });
        if (
          described.length !== topics.length ||
          !described.every(
            (t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0 && p.partitionErrorCode === 0),
          )
        )
          return false;
        // The metadata can name a leader before that broker serves the partition (a produce then
        // answers NOT_LEADER_OR_FOLLOWER): each leader answering for its partitions' offsets does.
        await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
        return true;
      },
      30_000,
      100,
    );
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

/**
 * Reads topics with a private group, from the beginning or (`from: 'now'`) from their end when
 * called, so that a test does not wade through a large topic's history; call `stop()` when done.
 */
export async function collectMessages(kafka: Kafka, topics: string[], options: { from?: 'beginning' | 'now' } = {}) {
  const collected: CollectedMessage[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('test-collector'), allowAutoTopicCreation: false });
  let ends: { topic: string; partition: number; offset: string }[] = [];
  if (options.from === 'now') {
    const admin = kafka.admin();
    await admin.connect();
    try {
      for (const topic of topics)
        ends = ends.concat(
          (await admin.fetchTopicOffsets(topic)).map((p) => ({ topic, partition: p.partition, offset: p.high })),
        );
    } finally {
      await admin.disconnect();
    }
  }
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {}))
        if (value !== undefined) headers[name] = value.toString();
      collected.push({ topic, partition, message, headers });
    },
  });
  // Applied as the partitions are assigned: the first fetch starts where the topic ended.
  for (const end of ends) consumer.seek(end);
  return {
    messages: collected,
    waitForCount: (count: number, timeoutMs = 30_000, filter: (m: CollectedMessage) => boolean = () => true) =>
      waitFor(
        `${count} messages on ${topics.join(', ')}`,
        () => {
          const matching = collected.filter(filter);
          return matching.length >= count ? matching : undefined;
        },
        timeoutMs,
      ),
    stop: () => consumer.disconnect(),
  };
}
