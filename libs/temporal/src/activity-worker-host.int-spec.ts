import { randomBytes } from 'node:crypto';
import type { PlatformEnv } from '@aeo/config';
import { testEnv } from '@aeo/testing';
import { ActivityWorkerHost } from './temporal.module';
import { runTwoActivitiesWorkflow } from './testing/two-activities';

jest.setTimeout(120_000);

/**
 * Two modules of one application hosting activities on one task queue (as the programme's pilot
 * modules do on aeo-programme) poll it with one worker carrying both: every task reaches a worker
 * that has its activity, at the first attempt.
 */
describe('ActivityWorkerHost (real Temporal)', () => {
  const taskQueue = `activity-hosts-${randomBytes(4).toString('hex')}`;
  const config = {
    TEMPORAL_ADDRESS: testEnv.temporalAddress,
    TEMPORAL_NAMESPACE: testEnv.temporalNamespace,
  } as PlatformEnv;
  const hosts = [
    new ActivityWorkerHost(config, taskQueue, { first: async () => 'first' }),
    new ActivityWorkerHost(config, taskQueue, { second: async () => 'second' }),
  ];

  afterAll(async () => {
    for (const host of hosts) await host.onApplicationShutdown();
  });

  it('runs one worker with the activities of every host of the application on the queue', async () => {
    for (const host of hosts) host.onApplicationBootstrap();
    const answers = await runTwoActivitiesWorkflow(
      { address: testEnv.temporalAddress },
      testEnv.temporalNamespace,
      taskQueue,
      6,
    );
    expect(answers).toEqual(Array.from({ length: 6 }, () => ['first', 'second']).flat());
  });
});
