import { customsRegionsWith, type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the programme service in-process for a test file (own database, own consumer group).
 * `regions`: the test's own regions (random names, so that other runs' events on the shared
 * topics do not count), accepted as customs regions next to the configured ones until it closes;
 * `env`: other configuration for the service, likewise put back on close. `ownTopics`: the service
 * reads and writes copies of the platform topics of the test's own (`service.topic(name)`), not the
 * shared topics from their start (a fresh group on the live applications topic waded through every
 * other run's events before the test's own links).
 */
export function startProgramme(
  regions: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
  options: { ownTopics?: boolean } = {},
): Promise<ServiceUnderTest> {
  return startServiceInProcess({
    service: 'programme',
    // Tests may plan pilots that started in the past (their workflows' timers have passed); `env` may say 0.
    env: { PILOT_START_BACKDATING_DAYS: '3650', ...env, ...customsRegionsWith(regions) },
    ownTopics: options.ownTopics,
    load: async () => {
      const [{ AppModule }, { PROGRAMME_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: PROGRAMME_API };
    },
  });
}
