import { type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the programme service in-process for a test file (own database, own consumer group). */
export function startProgramme(): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'programme',
    load: async () => {
      const [{ AppModule }, { PROGRAMME_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: PROGRAMME_API };
    },
  });
}
