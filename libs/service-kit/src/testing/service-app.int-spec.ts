import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { customsRegionsWith, startServiceInProcess } from './service-app';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => ({ type: 'postgres' as const, url: process.env['ENV_PROBE_DATABASE_URL'] }),
    }),
  ],
})
class ProbeModule {}

const PROBE_API = { service: 'env-probe', title: 'Env probe', description: 'Boots nothing but a database.' };

describe('startServiceInProcess env', () => {
  afterEach(() => {
    delete process.env['ENV_PROBE_SET'];
    delete process.env['ENV_PROBE_UNSET'];
  });

  it('sets env for the service while it loads and runs, and puts it back as it was on close', async () => {
    process.env['ENV_PROBE_SET'] = 'before';
    const seenAtLoad: Record<string, string | undefined> = {};
    const service = await startServiceInProcess({
      service: 'env-probe',
      env: { ENV_PROBE_SET: 'for the service', ENV_PROBE_UNSET: 'for the service too' },
      load: async () => {
        seenAtLoad['set'] = process.env['ENV_PROBE_SET'];
        seenAtLoad['unset'] = process.env['ENV_PROBE_UNSET'];
        return { module: ProbeModule, api: PROBE_API };
      },
    });
    expect(seenAtLoad).toEqual({ set: 'for the service', unset: 'for the service too' });
    expect(process.env['ENV_PROBE_DATABASE_URL']).toBeDefined();
    await service.close();
    expect(process.env['ENV_PROBE_SET']).toBe('before');
    expect('ENV_PROBE_UNSET' in process.env).toBe(false);
    expect('ENV_PROBE_DATABASE_URL' in process.env).toBe(false);
  });

  it.each([
    ['A closes first', 'a-first'],
    ['B closes first', 'b-first'],
  ] as const)(
    'two services setting the same variables, closed in either order (%s): the one still running keeps its values, then they are put back',
    async (_order, order) => {
      process.env['ENV_PROBE_SET'] = 'before';
      const start = (value: string) =>
        startServiceInProcess({
          service: 'env-probe',
          env: { ENV_PROBE_SET: value },
          load: async () => ({ module: ProbeModule, api: PROBE_API }),
        });
      const a = await start('a');
      const urlOfA = process.env['ENV_PROBE_DATABASE_URL'];
      const b = await start('b');
      const urlOfB = process.env['ENV_PROBE_DATABASE_URL'];
      const [first, second, left, urlLeft] = order === 'a-first' ? [a, b, 'b', urlOfB] : [b, a, 'a', urlOfA];
      await first.close();
      expect([process.env['ENV_PROBE_SET'], process.env['ENV_PROBE_DATABASE_URL']]).toEqual([left, urlLeft]);
      await second.close();
      expect(process.env['ENV_PROBE_SET']).toBe('before');
      expect('ENV_PROBE_DATABASE_URL' in process.env).toBe(false);
    },
    // Two services started and closed (a throw-away database each).
    60_000,
  );

  it('puts env back when the service fails to start', async () => {
    await expect(
      startServiceInProcess({
        service: 'env-probe',
        env: { ENV_PROBE_UNSET: 'for the service' },
        load: () => Promise.reject(new Error('the module does not load')),
      }),
    ).rejects.toThrow('the module does not load');
    expect('ENV_PROBE_UNSET' in process.env).toBe(false);
  });

  it("adds a test's regions to the configured customs regions, and nothing without any", () => {
    const configured = process.env['CUSTOMS_REGIONS'];
    process.env['CUSTOMS_REGIONS'] = 'DARKHAN,ORKHON';
    try {
      expect(customsRegionsWith(['TEST_X1'])).toEqual({ CUSTOMS_REGIONS: 'DARKHAN,ORKHON,TEST_X1' });
      expect(customsRegionsWith([])).toEqual({});
    } finally {
      if (configured === undefined) delete process.env['CUSTOMS_REGIONS'];
      else process.env['CUSTOMS_REGIONS'] = configured;
    }
  });
});
