import {
  certifyToGrant,
  faultTestContext,
  instanceUrls,
  killProcess,
  acceptAll,
  submitToAcceptance,
  waitRestarted,
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
  const context = faultTestContext();

  it('completes every certification on the other worker', async () => {
    const ids = await submitToAcceptance(context, COUNT);

    const t0 = Date.now();
    await acceptAll(context.applications, ids);
    const killedPid = await killProcess('worker-1');
    const outcomes = await certifyToGrant(context.temporal, ids, {
      validation: instanceUrls('validation')[1],
      applications: context.applications,
    });
    const completedMs = Date.now() - t0;

    expect([...outcomes.values()].filter((o) => o === 'granted')).toHaveLength(COUNT);
    await waitRestarted('worker-1', killedPid);
    console.log(`cluster fault (c): ${COUNT} certifications granted ${completedMs} ms after the kill of worker-1`);
  });
});
