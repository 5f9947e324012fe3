import { type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the mra service in-process for a test file (own database, own consumer groups). */
export function startMra(): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'mra',
    load: async () => {
      const [{ AppModule }, { MRA_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: MRA_API };
    },
  });
}
