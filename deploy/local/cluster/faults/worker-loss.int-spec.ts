import type { Client as TemporalClient } from '@temporalio/client';
import {
  FailoverApi,
  acceptAll,
  certifyToGrant,
  expectClusterReady,
  instanceUrls,
  killProcess,
  registerValidator,
  submitApplications,
  temporalClient,
  terminateStartedSince,
  waitRestarted,
  waitStages,
} from './cluster-fixtures';

/**
 * (c) A worker is killed with SIGKILL while certification workflows run (just after their
 * acceptances, with risk assessments and validation cases in flight): the other worker picks up
 * their workflow tasks, and every certification is taken through validation and the executive's
 * decision to a grant. CLUSTER_FAULT_CERTIFICATIONS sets the number (20).
 */
const COUNT = Number(process.env['CLUSTER_FAULT_CERTIFICATIONS'] ?? 20);
jest.setTimeout(1_200_000);

describe('cluster fault (c): a worker killed while certifications run', () => {
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

  it('completes every certification on the other worker', async () => {
    const applications = new FailoverApi(instanceUrls('applications'));
    const ids = (await submitApplications(applications, COUNT)).map((s) => s.applicationId);
    await waitStages(temporal, ids, ['acceptance'], 300_000);

    const t0 = Date.now();
    await acceptAll(applications, ids);
    const killedPid = await killProcess('worker-1');
    const outcomes = await certifyToGrant(temporal, ids, { validation: instanceUrls('validation')[1], applications });
    const completedMs = Date.now() - t0;

    expect([...outcomes.values()].filter((o) => o === 'granted')).toHaveLength(COUNT);
    await waitRestarted('worker-1', killedPid);
    console.log(`cluster fault (c): ${COUNT} certifications granted ${completedMs} ms after the kill of worker-1`);
  });
});
