import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { MRA_PHASES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, ensureTemporalNamespace, RunningProcess, startWorkerProcess } from '@aeo/testing';
import { mraArrangementStateQuery, mraArrangementWorkflowId } from '@aeo/workflows';
import { startMra } from '../testing/start-mra';

jest.setTimeout(300_000);

const TERMS = {
  statusTypes: ['AEOS', 'AEOF'],
  directions: ['import', 'export'],
  benefitsWeGrant: ['reduced-physical-controls'],
  benefitsPartnerGrants: ['reduced-physical-controls'],
};

/**
 * An arrangement's workflow survives real crashes of the orchestrating worker: the worker runs as a
 * process of its own (workflows/worker, in a Temporal namespace of this test's own) and is killed
 * with SIGKILL twice — once between two steps, once while a step is in flight — and replaced. The
 * mra service (API, its activities, the outbox) runs in-process against real PostgreSQL and Kafka.
 */
describe('MRA arrangement workflow across worker crashes', () => {
  const namespace = `mra-crash-${randomBytes(3).toString('hex')}`;
  let service: ServiceUnderTest;
  let temporal: Client;
  let worker: RunningProcess | undefined;
  let arrangementId: string | undefined;

  const officer = bearer({ sub: 'mra.officer.crash', roles: [ROLES.mraOfficer] });
  const executive = bearer({ sub: 'executive.crash', roles: [ROLES.executive] });
  const startWorker = () => startWorkerProcess({ TEMPORAL_NAMESPACE: namespace });
  const post = (path: string, token: string, body: object) =>
    service.http.post(`/v1/arrangements/${arrangementId}/${path}`).set('Authorization', token).send(body);
  const records = async (): Promise<number> => {
    const [row]: { n: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM mra_arrangement_records WHERE arrangement_id = $1`,
      [arrangementId],
    );
    return row.n;
  };

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    [service, worker] = await Promise.all([startMra(), startWorker()]);
    temporal = service.app.get(Client);
  });

  afterAll(async () => {
    if (arrangementId)
      await temporal?.workflow
        .getHandle(mraArrangementWorkflowId(arrangementId))
        .terminate('end of test')
        .catch(() => undefined);
    await worker?.stop();
    await service?.close();
    delete process.env['TEMPORAL_NAMESPACE'];
  });

  it('keeps its phase, progress and review timer when the worker is killed between steps and during one', async () => {
    const created = await service.http
      .post('/v1/arrangements')
      .set('Authorization', officer)
      .send({ partnerCountry: 'JP', partnerAdministration: 'Japan Customs', title: 'Mongolia–Japan AEO MRA' })
      .expect(201);
    arrangementId = created.body.id as string;
    await post('advance', officer, { to: 'programme-comparison' }).expect(200);
    await post('comparison', officer, {
      entries: [{ ourCriterion: 'security.physical-access', partnerCriterion: 'JC 3.1', assessment: 'equivalent' }],
    }).expect(200);

    // 1. Killed while the workflow waits for the next step; a new worker takes it up from its history.
    await worker!.stop('SIGKILL');
    worker = await startWorker();
    await post('advance', officer, { to: 'joint-validation' }).expect(200);
    const handle = temporal.workflow.getHandle(mraArrangementWorkflowId(arrangementId));
    const afterFirstCrash = await handle.query(mraArrangementStateQuery);
    expect(afterFirstCrash).toMatchObject({ phase: 'joint-validation', progress: { comparisonEntries: 1 } });

    // 2. Killed while a step is in flight: the request either completes once the new worker runs the
    // update or answers 503; its repeat answers as the step left the arrangement, recorded once.
    const before = await records();
    const visit = {
      date: '2026-08-10',
      site: 'Zamyn-Üüd rail terminal',
      operator: 'Gobi Logistics LLC',
      ourObservations: ['perimeter fenced'],
      partnerObservations: ['seal register kept'],
    };
    const inFlight = post('visits', officer, visit).then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await worker!.stop('SIGKILL');
    worker = await startWorker();
    const first = await inFlight;
    expect([200, 503]).toContain(first.status);
    const repeated = await post('visits', officer, visit).expect(200);
    expect(repeated.body).toMatchObject({ phase: 'joint-validation' });
    expect(await records()).toBe(before + 1);
    expect((await handle.query(mraArrangementStateQuery)).progress.visits).toBe(1);

    // On to operational on the replacement worker; the review is due three years on, a timer in its history.
    await post('advance', officer, { to: 'negotiation' }).expect(200);
    await post('negotiation-rounds', officer, { date: '2026-09-15', notes: 'benefits agreed' }).expect(200);
    await post('signature', executive, { text: 'Arrangement text', signedOn: '2026-10-01', terms: TERMS }).expect(200);
    await post('advance', officer, { to: 'implementation' }).expect(200);
    await post('exchange-tests', officer, { date: '2026-10-27', outcome: 'passed' }).expect(200);
    const operational = await post('advance', officer, { to: 'operational' }).expect(200);
    expect(operational.body.history.map((h: { to: string }) => h.to)).toEqual(
      MRA_PHASES.slice(0, MRA_PHASES.indexOf('operational') + 1),
    );

    // 3. Killed once more while operational: the review timer is still pending for the new worker.
    await worker!.stop('SIGKILL');
    worker = await startWorker();
    const state = await handle.query(mraArrangementStateQuery);
    expect(state).toMatchObject({ phase: 'operational', terms: TERMS, reviewDueAt: operational.body.reviewDueAt });
    const description = await handle.describe();
    expect(description.status.name).toBe('RUNNING');
    const raw = description.raw as { pendingActivities?: unknown[] };
    expect(raw.pendingActivities ?? []).toHaveLength(0);
    const history = await handle.fetchHistory();
    const timers = (history.events ?? []).filter((event) => event.timerStartedEventAttributes);
    expect(timers.length).toBeGreaterThan(0);
  });
});
