import { testEnv } from '@aeo/testing';
import {
  acceptAll,
  certifyToGrant,
  clusterStart,
  devServerStart,
  expectClusterReady,
  faultTestContext,
  instanceUrls,
  killServer,
  submitToAcceptance,
} from './cluster-fixtures';

/**
 * (d) The profile's Temporal server is killed with SIGKILL while certification workflows wait for
 * their acceptance, and started again: the services and workers reconnect, and every certification
 * is accepted and taken to a grant. Which server: the one on PostgreSQL (`cluster start temporal`
 * starts it again), or with AEO_CLUSTER_TEMPORAL=dev, as in the test command on a fresh clone, the
 * light profile's dev server (`infra.sh start temporal`; its SQLite store keeps the workflows).
 * The dev server is shared with the light profile: a restart that fails is tried once more before
 * the test fails, and `cluster test` runs this file last (test-sequencer.js).
 * CLUSTER_FAULT_CERTIFICATIONS sets the number (20).
 */
const COUNT = Number(process.env['CLUSTER_FAULT_CERTIFICATIONS'] ?? 20);
const server =
  process.env['AEO_CLUSTER_TEMPORAL'] === 'dev'
    ? { name: 'the Temporal dev server', pidFile: 'temporal', start: devServerStart }
    : { name: 'the Temporal server on PostgreSQL', pidFile: 'cluster-temporal', start: () => clusterStart('temporal') };
jest.setTimeout(1_200_000);

describe(`cluster fault (d): ${server.name} restarted under running certifications`, () => {
  const context = faultTestContext();

  it('resumes every workflow after the restart and completes it', async () => {
    const ids = await submitToAcceptance(context, COUNT);

    const t0 = Date.now();
    await killServer(server.pidFile);
    try {
      server.start();
    } catch (error) {
      // A failed restart (infra.sh stops a server that did not answer in time): once more, so that
      // whatever runs next on the server finds it running; the test fails either way.
      try {
        server.start();
      } catch (again) {
        console.error(`starting ${server.name} again failed too: ${String(again)}`);
      }
      throw error;
    }
    const restartedMs = Date.now() - t0;
    await expectClusterReady(180_000);
    await acceptAll(context.applications, ids);
    const outcomes = await certifyToGrant(context.temporal, ids, {
      validation: instanceUrls('validation')[0],
      applications: context.applications,
    });
    const completedMs = Date.now() - t0;

    expect([...outcomes.values()].filter((o) => o === 'granted')).toHaveLength(COUNT);
    console.log(
      `cluster fault (d): ${server.name} back ${restartedMs} ms after the kill (${testEnv.temporalAddress}); ` +
        `${COUNT} certifications granted ${completedMs} ms after it`,
    );
  });
});
