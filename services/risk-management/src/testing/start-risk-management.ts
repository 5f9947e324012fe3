import { randomBytes } from 'node:crypto';
import { customsRegionsWith, ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the risk-management service in-process for a test file, with fresh consumer groups: the
 * service's consumers must never commit offsets for the real consumer groups. `regions`: the test's
 * own regions, accepted as customs regions next to the configured ones until it closes.
 * `ownTopics`: the service reads and writes copies of the platform topics of the test's own
 * (`service.topic(name)`), not the shared topics from their start (a fresh group on the live
 * applications topic waded through every other run's events before the test's own link). `env`:
 * the service's own settings (e.g. `CHANNEL_DECISIONS_PATH`).
 */
export function startRiskManagement(
  regions: readonly string[] = [],
  options: { ownTopics?: boolean; env?: Readonly<Record<string, string>> } = {},
): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'risk-management',
    env: {
      ...customsRegionsWith(regions),
      KAFKA_GROUP_SUFFIX: `.test-${randomBytes(4).toString('hex')}`,
      ...options.env,
    },
    ownTopics: options.ownTopics,
    load: async () => {
      const [{ AppModule }, { RISK_MANAGEMENT_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: RISK_MANAGEMENT_API };
    },
  });
}
