import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the applications service in-process for a test file (throw-away database, own consumer groups). */
export function startApplications(): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'applications',
    load: async () => {
      const [{ AppModule }, { APPLICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: APPLICATIONS_API };
    },
  });
}
