import { customsRegionsWith, ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the notifications service in-process for a test file (throw-away database, own consumer groups).
 * `regions`: the test's own regions (random names, so that other runs' events on the shared topics do
 * not count), accepted as customs regions next to the configured ones until it closes.
 */
export function startNotifications(regions: readonly string[] = []): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'notifications',
    env: customsRegionsWith(regions),
    load: async () => {
      const [{ AppModule }, { NOTIFICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: NOTIFICATIONS_API };
    },
  });
}
