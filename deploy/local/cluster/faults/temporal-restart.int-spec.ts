import type { Client as TemporalClient } from '@temporalio/client';
import { testEnv } from '@aeo/testing';
import {
  FailoverApi,
  acceptAll,
  certifyToGrant,
  clusterStart,
  expectClusterReady,
  instanceUrls,
  killServer,
  registerValidator,
  submitApplications,
  temporalClient,
  terminateStartedSince,
  waitStages,
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
  const startedAt = new Date();
  let temporal: TemporalClient;

  beforeAll(async () => {
    await expectClusterReady();
    temporal = await temporalClient();
    await registerValidator(instanceUrls('validation')[1]);
  });

  afterAll(async () => {
    if (temporal) await terminateStartedSince(temporal, startedAt).catch((error) => console.error(`cleanup: ${error}`));
    await temporal?.connection.close();
  });

  it('resumes every workflow after the restart and completes it', async () => {
    const applications = new FailoverApi(instanceUrls('applications'));
    const ids = (await submitApplications(applications, COUNT)).map((s) => s.applicationId);
    await waitStages(temporal, ids, ['acceptance'], 300_000);

    const t0 = Date.now();
    await killServer('cluster-temporal');
    clusterStart('temporal');
    const restartedMs = Date.now() - t0;
    await expectClusterReady(180_000);
    await acceptAll(applications, ids);
    const outcomes = await certifyToGrant(temporal, ids, { validation: instanceUrls('validation')[0], applications });
    const completedMs = Date.now() - t0;

    expect([...outcomes.values()].filter((o) => o === 'granted')).toHaveLength(COUNT);
    console.log(
      `cluster fault (d): server back ${restartedMs} ms after the kill (${testEnv.temporalAddress}); ` +
        `${COUNT} certifications granted ${completedMs} ms after it`,
    );
  });
});
