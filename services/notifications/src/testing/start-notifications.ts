import { randomBytes } from 'node:crypto';
import { dlqTopicOf, TOPIC_NAMES } from '@aeo/contracts';
import { customsRegionsWith, ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';
import { createTopics, testKafka } from '@aeo/testing';
import { NOTIFIED_TOPICS } from '../routing/notified-events';

/** Kafka topics of a test's own: the copies, under `prefix` (`KAFKA_TOPIC_PREFIX`), of those the notifications service reads and writes. */
export interface OwnTopics {
  readonly prefix: string;
  /**
   * The test's own copy of a platform topic: what the test publishes there reaches its service
   * only, never a platform running on the same Kafka (its webhooks, its KPIs).
   */
  topic(name: string): string;
  /** Deletes them. */
  remove(): Promise<void>;
}

/** Creates the test's own copies of the notified topics and the delivery events' topic, each with its dead-letter twin. */
export async function createOwnTopics(): Promise<OwnTopics> {
  const prefix = `test-${randomBytes(4).toString('hex')}.`;
  const topic = (name: string) => prefix + name;
  const topics = [...NOTIFIED_TOPICS, TOPIC_NAMES.notificationEvents].flatMap((name) => [
    topic(name),
    topic(dlqTopicOf(name)),
  ]);
  const kafka = testKafka('notifications-test-topics');
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

/** The notifications service under test, on Kafka topics of its own (`topic` names them). */
export interface NotificationsUnderTest extends ServiceUnderTest {
  topic: OwnTopics['topic'];
}

/**
 * Boots the notifications service in-process for a test file (throw-away database, own consumer
 * groups, own topics, deleted on close). `regions`: the test's own regions (random names),
 * accepted as customs regions next to the configured ones until it closes.
 */
export async function startNotifications(regions: readonly string[] = []): Promise<NotificationsUnderTest> {
  const topics = await createOwnTopics();
  let service: ServiceUnderTest;
  try {
    service = await startServiceInProcess({
      service: 'notifications',
      env: { ...customsRegionsWith(regions), KAFKA_TOPIC_PREFIX: topics.prefix },
      load: async () => {
        const [{ AppModule }, { NOTIFICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
        return { module: AppModule, api: NOTIFICATIONS_API };
      },
    });
  } catch (error) {
    await topics.remove().catch(() => undefined);
    throw error;
  }
  return {
    ...service,
    topic: topics.topic,
    close: async () => {
      await service.close();
      await topics.remove();
    },
  };
}
