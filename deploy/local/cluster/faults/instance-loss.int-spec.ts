import { ApplicationAccepted } from '@aeo/contracts';
import type { Client as PgClient } from 'pg';
import {
  acceptAll,
  countsByApplication,
  faultTestContext,
  killProcess,
  notExactlyOnce,
  programmeFacts,
  serviceDatabase,
  submitToAcceptance,
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
  const context = faultTestContext();
  const db: Record<string, PgClient> = {};

  beforeAll(async () => {
    for (const service of ['applications', 'validation', 'risk-management', 'programme'])
      db[service] = await serviceDatabase(service);
  });

  afterAll(async () => {
    await Promise.all(Object.values(db).map((client) => client.end()));
  });

  it('accepts every application once and each effect happens once, while the other instances take over', async () => {
    const { applications, temporal } = context;
    const ids = await submitToAcceptance(context, COUNT);

    const t0 = Date.now();
    const killed = new Map<string, number>();
    await acceptAll(applications, ids, {
      before: async (index) => {
        if (index === Math.floor(COUNT / 3))
          for (const service of VICTIMS) killed.set(`${service}-1`, await killProcess(`${service}-1`));
      },
    });
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
    const facts = await programmeFacts(db['programme']!, ApplicationAccepted.type, ids);
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
