import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the validation service in-process for a test file (throw-away database, own consumer groups), with `env` set for it. */
export function startValidation(env?: Readonly<Record<string, string>>): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'validation',
    env,
    load: async () => {
      const [{ AppModule }, { VALIDATION_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: VALIDATION_API };
    },
  });
}
