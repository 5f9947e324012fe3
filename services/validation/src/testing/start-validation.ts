import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the validation service in-process for a test file (throw-away database, own consumer groups). */
export function startValidation(): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'validation',
    load: async () => {
      const [{ AppModule }, { VALIDATION_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: VALIDATION_API };
    },
  });
}
