import { randomBytes } from 'node:crypto';
import { customsRegionsWith, ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the risk-management service in-process for a test file, with fresh consumer groups: the
 * service's consumers must never commit offsets for the real groups. `regions`: the test's own
 * regions, accepted as customs regions next to the configured ones until it closes.
 */
export function startRiskManagement(regions: readonly string[] = []): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'risk-management',
    env: { ...customsRegionsWith(regions), KAFKA_GROUP_SUFFIX: `.test-${randomBytes(4).toString('hex')}` },
    load: async () => {
      const [{ AppModule }, { RISK_MANAGEMENT_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: RISK_MANAGEMENT_API };
    },
  });
}
