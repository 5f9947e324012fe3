import { type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the operations service in-process for a test file (own database, own consumer group);
 * `env` over the defaults. It stores no dead letters unless `env` names the topics
 * (DEAD_LETTER_TOPICS): the shared broker holds every other test's `.dlq` topics.
 */
export function startOperations(env: Readonly<Record<string, string>> = {}): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'operations',
    env: { DEAD_LETTER_TOPICS: '^$', ...env },
    load: async () => {
      const [{ AppModule }, { OPERATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: OPERATIONS_API };
    },
  });
}
