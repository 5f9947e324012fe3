import { randomBytes } from 'node:crypto';
import { dlqTopicOf } from '@aeo/contracts';
import { createTopics, testKafka } from './kafka';

/**
 * Kafka topics of a test's own: copies, under a random `prefix` (a service's `KAFKA_TOPIC_PREFIX`),
 * of platform topics, each with its dead-letter twin. What the test publishes there reaches its
 * service only, never a platform running on the same Kafka (its webhooks, its KPIs), and the
 * service's consumers read the test's events only, not the shared topics' history from its start.
 */
export interface OwnTopics {
  readonly prefix: string;
  /** The test's own copy of a platform topic. */
  topic(name: string): string;
  /** Deletes them. */
  remove(): Promise<void>;
}

/** Creates the test's own copies of `names` (platform topic names) and their `.dlq` twins. */
export async function createOwnTopics(names: readonly string[]): Promise<OwnTopics> {
  const prefix = `test-${randomBytes(4).toString('hex')}.`;
  const topic = (name: string) => prefix + name;
  const topics = [...new Set(names)].flatMap((name) => [topic(name), topic(dlqTopicOf(name))]);
  const kafka = testKafka('test-own-topics');
  await createTopics(kafka, topics);
  return {
    prefix,
    topic,
    remove: async () => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).finally(() => admin.disconnect());
    },
  };
}
