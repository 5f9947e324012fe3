import { ApplicationAccepted } from '@aeo/contracts';
import { waitFor } from '@aeo/testing';
import type { Client as TemporalClient } from '@temporalio/client';
import type { Client as PgClient } from 'pg';
import {
  FailoverApi,
  countsByApplication,
  expectClusterReady,
  instanceUrls,
  jsonHeaders,
  registerValidator,
  killProcess,
  notExactlyOnce,
  officerOf,
  serviceDatabase,
  submitApplications,
  temporalClient,
  terminateStartedSince,
  waitRestarted,
  waitStages,
} from './cluster-fixtures';

/**
 * (b) One instance of every service is killed with SIGKILL in the middle of a burst of
 * acceptances: the other instance takes over its partitions (consumer groups) and activities
 * (task queues) and pm2 brings the killed one back; every application is accepted once, its
 * workflow reaches validation, and each effect exists once by its key: the acceptance event in
 * the outbox, the validation case, programme's KPI fact (and at most one risk score change).
 * CLUSTER_FAULT_BURST sets the number of applications (60).
 */
const COUNT = Number(process.env['CLUSTER_FAULT_BURST'] ?? 60);
const VICTIMS = ['applications', 'validation', 'risk-management', 'mra', 'notifications', 'programme', 'operations'];
jest.setTimeout(1_200_000);

describe('cluster fault (b): one instance of every service killed mid-burst', () => {
  const startedAt = new Date();
  let temporal: TemporalClient;
  const db: Record<string, PgClient> = {};

  beforeAll(async () => {
    await expectClusterReady();
    temporal = await temporalClient();
    for (const service of ['applications', 'validation', 'risk-management', 'programme'])
      db[service] = await serviceDatabase(service);
    // Cases of the region go to its validator.
    await registerValidator(instanceUrls('validation')[1]);
  });

  afterAll(async () => {
    if (temporal) await terminateStartedSince(temporal, startedAt).catch((error) => console.error(`cleanup: ${error}`));
    await temporal?.connection.close();
    await Promise.all(Object.values(db).map((client) => client.end()));
  });

  it('accepts every application once and each effect happens once, while the other instances take over', async () => {
    const applications = new FailoverApi(instanceUrls('applications'));
    const submitted = await submitApplications(applications, COUNT);
    const ids = submitted.map((s) => s.applicationId);
    await waitStages(temporal, ids, ['acceptance'], 300_000);

    const t0 = Date.now();
    const killed = new Map<string, number>();
    let next = 0;
    const accept = async () => {
      while (next < ids.length) {
        const index = next++;
        if (index === Math.floor(COUNT / 3) && killed.size === 0)
          for (const service of VICTIMS) killed.set(`${service}-1`, await killProcess(`${service}-1`));
        const response = await applications.request(`/v1/applications/${ids[index]}/acceptance`, {
          method: 'POST',
          headers: jsonHeaders(officerOf('DARKHAN')),
          body: JSON.stringify({ decision: 'accept' }),
        });
        if (response.status !== 202)
          throw new Error(`accepting ${ids[index]}: ${response.status} ${await response.text()}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, accept));
    const acceptedMs = Date.now() - t0;
    expect([...killed.keys()]).toEqual(VICTIMS.map((s) => `${s}-1`));

    // Risk assessment (risk-management's activity), then the validation case (validation's activity).
    await waitStages(temporal, ids, ['validation'], 600_000);
    const workflowsMs = Date.now() - t0;

    const { rows: statuses } = await db['applications']!.query<{ status: string; n: string }>(
      `SELECT status, count(*) AS n FROM applications WHERE id = ANY($1) GROUP BY status`,
      [ids],
    );
    expect(statuses.map((r) => [r.status, Number(r.n)])).toEqual([['accepted', COUNT]]);
    const acceptedEvents = await countsByApplication(
      db['applications']!,
      `SELECT subject AS application_id, count(*) AS n FROM outbox
       WHERE type = '${ApplicationAccepted.type}' AND subject = ANY($1) GROUP BY subject`,
      ids,
    );
    expect(notExactlyOnce(ids, acceptedEvents)).toEqual([]);
    const assessments = await countsByApplication(
      db['risk-management']!,
      `SELECT substring(source_event_id FROM 15) AS application_id, count(*) AS n FROM risk_score_history
       WHERE source_event_id = ANY(SELECT 'certification-' || id FROM unnest($1::text[]) AS id) GROUP BY source_event_id`,
      ids,
    );
    // The score history keeps a row when an assessment changes the score: at most one per certification.
    expect(ids.filter((id) => (assessments.get(id) ?? 0) > 1)).toEqual([]);
    const cases = await countsByApplication(
      db['validation']!,
      `SELECT application_id::text, count(*) AS n FROM validation_cases WHERE application_id = ANY($1) GROUP BY application_id`,
      ids,
    );
    expect(notExactlyOnce(ids, cases)).toEqual([]);
    const facts = await waitFor(
      `programme's KPI facts of the ${COUNT} acceptances`,
      async () => {
        const counts = await countsByApplication(
          db['programme']!,
          `SELECT application_id::text, count(*) AS n FROM programme_event_facts
           WHERE type = '${ApplicationAccepted.type}' AND application_id = ANY($1) GROUP BY application_id`,
          ids,
        );
        return counts.size === COUNT ? counts : undefined;
      },
      300_000,
      2000,
    );
    expect(notExactlyOnce(ids, facts)).toEqual([]);
    const effectsMs = Date.now() - t0;

    // pm2 brought every killed instance back: the next test starts from a whole cluster.
    for (const [name, pid] of killed) await waitRestarted(name, pid);
    console.log(
      `cluster fault (b): ${COUNT} acceptances, ${VICTIMS.length} instances killed after ${Math.floor(COUNT / 3)}; ` +
        `accepted ${acceptedMs} ms (${applications.failovers} failovers); all at validation ${workflowsMs} ms; ` +
        `effects checked ${effectsMs} ms; killed instances back ${Date.now() - t0} ms`,
    );
  });
});
