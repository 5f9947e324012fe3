import { customsRegionsEnv } from '@aeo/config';
import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the notifications service in-process for a test file (throw-away database, own consumer groups).
 * `regions`: the test's own regions (random names, so that other runs' events on the shared topics do
 * not count), accepted as customs regions next to the configured ones.
 */
export function startNotifications(regions: readonly string[] = []): Promise<ServiceUnderTest> {
  if (regions.length > 0)
    process.env['CUSTOMS_REGIONS'] = [...customsRegionsEnv.parse(process.env['CUSTOMS_REGIONS']), ...regions].join(',');
  return startServiceInProcess({
    service: 'notifications',
    load: async () => {
      const [{ AppModule }, { NOTIFICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: NOTIFICATIONS_API };
    },
  });
}
