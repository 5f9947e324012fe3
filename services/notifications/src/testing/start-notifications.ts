import { TOPIC_NAMES } from '@aeo/contracts';
import { customsRegionsWith, ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';
import { NOTIFIED_TOPICS } from '../routing/notified-events';

/** The topics the notifications service reads and writes: a test gets its own copies (`createOwnTopics`). */
export const NOTIFICATIONS_TOPICS = [...NOTIFIED_TOPICS, TOPIC_NAMES.notificationEvents];

/** The notifications service under test, on Kafka topics of its own (`topic` names them). */
export type NotificationsUnderTest = ServiceUnderTest;

/**
 * Boots the notifications service in-process for a test file (throw-away database, own consumer
 * groups, own topics, deleted on close). `regions`: the test's own regions (random names),
 * accepted as customs regions next to the configured ones until it closes.
 */
export function startNotifications(regions: readonly string[] = []): Promise<NotificationsUnderTest> {
  return startServiceInProcess({
    service: 'notifications',
    env: customsRegionsWith(regions),
    ownTopics: NOTIFICATIONS_TOPICS,
    load: async () => {
      const [{ AppModule }, { NOTIFICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: NOTIFICATIONS_API };
    },
  });
}
