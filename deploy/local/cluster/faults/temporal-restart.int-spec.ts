import { testEnv } from '@aeo/testing';
import {
  acceptAll,
  certifyToGrant,
  clusterStart,
  expectClusterReady,
  faultTestContext,
  instanceUrls,
  killServer,
  submitToAcceptance,
} from './cluster-fixtures';

/**
 * (d) The Temporal server (the built one on PostgreSQL) is killed with SIGKILL while
 * certification workflows wait for their acceptance, and started again: the services and workers
 * reconnect, and every certification is accepted and taken to a grant. Skipped with
 * AEO_CLUSTER_TEMPORAL=dev (the dev server is the light profile's, shared with other tests).
 * CLUSTER_FAULT_CERTIFICATIONS sets the number (20).
 */
const COUNT = Number(process.env['CLUSTER_FAULT_CERTIFICATIONS'] ?? 20);
const describeServer = process.env['AEO_CLUSTER_TEMPORAL'] === 'dev' ? describe.skip : describe;
jest.setTimeout(1_200_000);

describeServer('cluster fault (d): the Temporal server restarted under running certifications', () => {
  const context = faultTestContext();

  it('resumes every workflow after the restart and completes it', async () => {
    const ids = await submitToAcceptance(context, COUNT);

    const t0 = Date.now();
    await killServer('cluster-temporal');
    clusterStart('temporal');
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
      `cluster fault (d): server back ${restartedMs} ms after the kill (${testEnv.temporalAddress}); ` +
        `${COUNT} certifications granted ${completedMs} ms after it`,
    );
  });
});
