import { ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/** Boots the notifications service in-process for a test file (throw-away database, own consumer groups). */
export function startNotifications(): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'notifications',
    load: async () => {
      const [{ AppModule }, { NOTIFICATIONS_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: NOTIFICATIONS_API };
    },
  });
}
