import { randomBytes } from 'node:crypto';
import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the risk-management service in-process for a test file, with fresh consumer groups: the
 * service's consumers must never commit offsets for the real groups.
 */
export async function startRiskManagement(): Promise<ServiceUnderTest> {
  process.env['KAFKA_GROUP_SUFFIX'] = `.test-${randomBytes(4).toString('hex')}`;
  const service = await startServiceInProcess({
    service: 'risk-management',
    load: async () => {
      const [{ AppModule }, { RISK_MANAGEMENT_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: RISK_MANAGEMENT_API };
    },
  });
  return {
    ...service,
    close: async () => {
      await service.close();
      delete process.env['KAFKA_GROUP_SUFFIX'];
    },
  };
}
