import { type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the mra service in-process for a test file (own database, own consumer groups). `ownTopics`:
 * the service reads and writes copies of the platform topics of the test's own
 * (`service.topic(name)`), not the shared topics from their start (a fresh group on the live
 * declaration topic waded through every other run's declarations before the test's own).
 */
export function startMra(options: { ownTopics?: boolean } = {}): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'mra',
    ownTopics: options.ownTopics,
    load: async () => {
      const [{ AppModule }, { MRA_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: MRA_API };
    },
  });
}
