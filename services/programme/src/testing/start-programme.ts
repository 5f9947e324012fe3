import { customsRegionsEnv } from '@aeo/config';
import { type ServiceUnderTest, startServiceInProcess } from '@aeo/service-kit/testing';

/**
 * Boots the programme service in-process for a test file (own database, own consumer group).
 * `regions`: the test's own regions (random names, so that other runs' events on the shared
 * topics do not count), accepted as customs regions next to the configured ones.
 */
export function startProgramme(regions: readonly string[] = []): Promise<ServiceUnderTest> {
  if (regions.length > 0)
    process.env['CUSTOMS_REGIONS'] = [...customsRegionsEnv.parse(process.env['CUSTOMS_REGIONS']), ...regions].join(',');
  return startServiceInProcess({
    service: 'programme',
    load: async () => {
      const [{ AppModule }, { PROGRAMME_API }] = await Promise.all([import('../app.module'), import('../main')]);
      return { module: AppModule, api: PROGRAMME_API };
    },
  });
}
