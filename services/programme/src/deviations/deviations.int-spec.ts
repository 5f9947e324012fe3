import { randomBytes, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import {
  ApplicationSubmitted,
  AuthorisationRefused,
  TOPIC_NAMES,
  findEventDefinition,
  toKafkaRecord,
  type EventEnvelope,
} from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  bearer,
  collectMessages,
  ensureTemporalNamespace,
  type InProcessWorker,
  runWorkerInProcess,
  testKafka,
  waitFor,
} from '@aeo/testing';
import { TASK_QUEUES, programmeDeviationWorkflowId } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { startProgramme } from '../testing/start-programme';
import { DeviationEvaluator } from './deviation-evaluator';

jest.setTimeout(300_000);

/**
 * The deviation procedure against the real servers: the programme service in-process (KPI facts
 * from Kafka, evaluator, API, the activity on aeo-programme, outbox relay), the orchestrating
 * worker in-process in a Temporal namespace of the test's own, PostgreSQL and Kafka. The
 * evaluator runs when the test calls it, at a `now` of the test's choosing; the KPI's periods lie
 * in a year of this run only (the live store's other facts fall in other years), and the regions
 * are this run's own (added to CUSTOMS_REGIONS: the evaluator opens cases for those only). The
 * service reads and writes topics of the file's own (`service.topic`).
 */
describe('programme deviation procedure (real PostgreSQL, Temporal, Kafka)', () => {
  const namespace = `programme-deviations-${randomBytes(3).toString('hex')}`;
  const REGION = `DEV${randomBytes(5).toString('hex').toUpperCase()}`;
  const OTHER_REGION = `DEV${randomBytes(5).toString('hex').toUpperCase()}`;
  const TRADE_REGION = `DEV${randomBytes(5).toString('hex').toUpperCase()}`;
  // A year of its own (no other run's facts), never a leap year: the figures below count the days across February as 28.
  const drawn = 2100 + (randomBytes(2).readUInt16BE() % 7800);
  const YEAR = drawn % 4 === 0 && (drawn % 100 !== 0 || drawn % 400 === 0) ? drawn + 1 : drawn;
  const month = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
  const day = (m: number, d: number) => `${month(m)}-${String(d).padStart(2, '0')}T00:00:00.000Z`;
  const KPI = 'certification-time-median';

  let service: ServiceUnderTest;
  let temporal: Client;
  let worker: InProcessWorker;
  let producer: Producer;
  let evaluator: DeviationEvaluator;
  const kafka = testKafka('programme-deviations-int');
  let events: Awaited<ReturnType<typeof collectMessages>>;

  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: REGION });
  const otherOffice = bearer({ sub: 'ro-2', roles: [ROLES.regionalOffice], region: OTHER_REGION });

  const caseOf = (scope: string, period: string, statusType?: 'AEOC') =>
    programmeDeviationWorkflowId({ kpiId: KPI, scope, statusType, period });
  const regionalCase = caseOf(REGION, month(3), 'AEOC');

  /** An AEOC application of the region submitted and refused on the given days (time to certify: the days between). */
  function certified(submitted: [number, number], refused: [number, number]): EventEnvelope[] {
    const applicationId = randomUUID();
    const operatorId = randomUUID();
    const taxpayerId = `9${randomBytes(3).toString('hex')}`;
    const ref = { applicationId, operatorId, taxpayerId, region: REGION, statusType: 'AEOC' as const };
    const envelope = (type: string, data: unknown, time: string): EventEnvelope => ({
      id: randomUUID(),
      type,
      source: '/aeo/test',
      subject: applicationId,
      time,
      data: findEventDefinition(type)!.schema.parse(data),
    });
    const submittedAt = day(...submitted);
    const decidedAt = day(...refused);
    return [
      envelope(
        ApplicationSubmitted.type,
        {
          ...ref,
          operatorName: 'Deviation LLC',
          contactEmail: 'deviation@example.mn',
          contactLanguage: 'en',
          consentToMraSharing: false,
          submittedAt,
          acceptanceDeadline: day(12, 31),
        },
        submittedAt,
      ),
      envelope(
        AuthorisationRefused.type,
        {
          ...ref,
          decidedBy: 'executive-1',
          decidedAt,
          reasons: ['Security criteria not met'],
          operatorCommented: false,
        },
        decidedAt,
      ),
    ];
  }

  async function publish(stream: EventEnvelope[]): Promise<void> {
    // Counted before sending: the service may fold some of the stream before the last send returns.
    const expected = await factsOfRegion();
    for (const event of stream) {
      const topic = service.topic(findEventDefinition(event.type)!.topic);
      const key = (event.data as { operatorId: string }).operatorId;
      await producer.send({ topic, acks: -1, messages: [toKafkaRecord(event, key)] });
    }
    await waitFor('the events folded', async () => (await factsOfRegion()) >= expected + stream.length, 120_000, 250);
  }
  let folded = 0;
  const factsOfRegion = async () => {
    const [{ n }] = await service.dataSource.query(
      'SELECT count(*)::int AS n FROM programme_event_facts WHERE region = $1',
      [REGION],
    );
    return Math.max(folded, (folded = n));
  };

  const get = (path: string, token = policyUnit) => service.http.get(path).set('Authorization', token);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(`/v1/deviations/${regionalCase}/${path}`).set('Authorization', token).send(body);
  const phaseOf = async (caseId: string) => (await get(`/v1/deviations/${caseId}`).expect(200)).body.phase;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    service = await startProgramme(
      [REGION, OTHER_REGION, TRADE_REGION],
      {
        TEMPORAL_NAMESPACE: namespace,
        DEVIATION_EVALUATION_INTERVAL_S: '0',
        DEVIATION_LOOKBACK_PERIODS: '2',
      },
      { ownTopics: true },
    );
    temporal = service.app.get(Client);
    evaluator = service.app.get(DeviationEvaluator);
    worker = await runWorkerInProcess((connection) =>
      createOrchestratingWorker(
        { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 10 },
        connection,
      ),
    );
    events = await collectMessages(kafka, [service.topic(TOPIC_NAMES.programmeEvents)], { from: 'now' });
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    const open = await service?.dataSource.query(`SELECT case_id FROM deviation_cases WHERE phase <> 'closed'`);
    for (const { case_id } of open ?? [])
      await temporal?.workflow
        .getHandle(case_id)
        .terminate('end of test')
        .catch(() => undefined);
    await events?.stop();
    await producer?.disconnect();
    await worker?.stop();
    await service?.close();
  });

  it('versions a KPI’s threshold (seeded from its target; a change is a new version with who and why, audited and published)', async () => {
    const seeded = (await get(`/v1/thresholds/${KPI}`).expect(200)).body;
    expect(seeded).toMatchObject({ version: 1, bound: 'upper', limit: 90, changedBy: 'system', period: 'month' });
    await service.http
      .put(`/v1/thresholds/${KPI}`)
      .set('Authorization', office)
      .send({ limit: 60, periodsToVerify: 2, reason: 'tighter' })
      .expect(403);
    const refused = await service.http
      .put(`/v1/thresholds/${KPI}`)
      .set('Authorization', policyUnit)
      .send({ limit: 60, periodsToVerify: 0, reason: 'tighter' })
      .expect(400);
    expect(refused.body.message).toContain('periodsToVerify');
    const changed = (
      await service.http
        .put(`/v1/thresholds/${KPI}`)
        .set('Authorization', policyUnit)
        .send({ limit: 60, periodsToVerify: 2, reason: 'The decree of 2026 shortens the decision period' })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({ version: 2, limit: 60, periodsToVerify: 2, changedBy: 'policy.unit.oyun' });
    expect(changed.history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const listed = (await get('/v1/thresholds', office).expect(200)).body;
    expect(listed.find((t: { kpiId: string }) => t.kpiId === KPI)).toMatchObject({ version: 2, limit: 60 });
    const published = await events.waitForCount(
      1,
      120_000,
      (m) => m.headers['ce_type'] === 'aeo.programme-threshold.changed.v1' && m.headers['ce_subject'] === KPI,
    );
    expect(published.map((m) => JSON.parse(m.message.value!.toString()).version)).toContain(2);
    const [audit] = await service.dataSource.query(
      `SELECT actor_sub, reason FROM audit_log WHERE action = 'programme-threshold.changed' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [KPI],
    );
    expect(audit).toEqual({ actor_sub: 'policy.unit.oyun', reason: 'The decree of 2026 shortens the decision period' });
  });

  it('opens exactly one case per KPI, scope and period when a value crosses its threshold; a repeated crossing opens none', async () => {
    // March: one decision 67 days after its submission (above 60).
    await publish(certified([1, 2], [3, 10]));
    const first = await evaluator.evaluate(new Date(day(4, 5)));
    const ours = (ids: string[]) => ids.filter((id) => id.startsWith(`programme-deviation-${KPI}-`)).sort();
    expect(ours(first.opened)).toEqual(
      [
        caseOf('national', month(3)),
        caseOf('national', month(3), 'AEOC'),
        caseOf(REGION, month(3)),
        regionalCase,
      ].sort(),
    );
    // The evaluator claims the case rows itself; the workflows' opening steps are recorded after it.
    await waitFor(
      'the openings recorded',
      async () => {
        const rows = await service.dataSource.query(
          `SELECT count(DISTINCT r.case_id)::int AS n FROM deviation_records r
             JOIN deviation_cases c USING (case_id) WHERE c.kpi_id = $1 AND r.step = 'open'`,
          [KPI],
        );
        return rows[0].n === 4;
      },
      120_000,
    );
    const opened = (await get(`/v1/deviations/${regionalCase}`).expect(200)).body;
    expect(opened).toMatchObject({
      kpiId: KPI,
      scope: REGION,
      statusType: 'AEOC',
      period: month(3),
      value: 67,
      threshold: { version: 2, bound: 'upper', limit: 60, periodsToVerify: 2 },
      phase: 'opened',
      crossings: 1,
    });
    expect(opened.history.map((r: { step: string }) => r.step)).toEqual(['open']);

    // The same figures again: nothing to do.
    expect(await evaluator.evaluate(new Date(day(4, 5)))).toEqual({
      evaluated: 0,
      opened: [],
      repeated: [],
      signalled: 0,
    });
    // A late decision changes March's figure (median of 67 and 64 days): still across, the cases count it, none opens.
    await publish(certified([1, 20], [3, 25]));
    const again = await evaluator.evaluate(new Date(day(4, 5)));
    expect(ours(again.opened)).toEqual([]);
    expect(ours(again.repeated)).toContain(regionalCase);
    const cases = (await get(`/v1/deviations?kpiId=${KPI}&region=${REGION}`).expect(200)).body;
    expect(cases.map((c: { caseId: string; crossings: number }) => [c.caseId, c.crossings]).sort()).toEqual(
      [
        [caseOf(REGION, month(3)), 2],
        [regionalCase, 2],
      ].sort(),
    );
    const openedEvents = await events.waitForCount(
      1,
      120_000,
      (m) => m.headers['ce_type'] === 'aeo.programme-deviation.opened.v1' && m.headers['ce_subject'] === regionalCase,
    );
    expect(openedEvents).toHaveLength(1);
    expect(JSON.parse(openedEvents[0]!.message.value!.toString())).toMatchObject({
      caseId: regionalCase,
      kpiId: KPI,
      scope: REGION,
      statusType: 'AEOC',
      period: month(3),
      value: 67,
      by: 'system',
    });

    // A regional office sees its region's cases only.
    const seen = (await get(`/v1/deviations?kpiId=${KPI}`, office).expect(200)).body;
    expect(seen.every((c: { scope: string }) => c.scope === REGION)).toBe(true);
    await get(`/v1/deviations/${regionalCase}`, otherOffice).expect(404);
    await get(`/v1/deviations?region=${REGION}`, otherOffice).expect(403);
    await get(`/v1/deviations?status=pending`).expect(400);
    expect((await get('/v1/deviations?region=MARS').expect(400)).body.message).toContain(
      'region: MARS is not a customs',
    );
  });

  it('takes every step through the API (role-checked, validated, 409 out of phase), and closes the case once the KPI recovers', async () => {
    await post('plan', { actions: [{ description: 'x', owner: 'y', dueDate: inDays(30) }] }).expect(409);
    await post(
      'analysis',
      { rootCause: 'Validators short in the region', owner: 'Head of the regional office' },
      office,
    ).expect(403);
    const invalid = await post('analysis', { owner: 'Head of the regional office' }).expect(400);
    expect(invalid.body.message).toContain('rootCause');
    await post('close', { decision: 'accepted' }, executive).expect(409);

    const analysed = await post('analysis', {
      rootCause: 'Validators short in the region',
      owner: 'Head of the regional office',
    }).expect(200);
    expect(analysed.body).toMatchObject({ phase: 'analysis', owner: 'Head of the regional office' });
    // Due dates are days of the calendar from today on, and a plan is bounded: 400 naming the field, nothing sent.
    const late = await post('plan', { actions: [{ description: 'x', owner: 'y', dueDate: '2020-01-01' }] }).expect(400);
    expect(late.body.message).toBe(`actions.0.dueDate: must not be in the past (today is ${inDays(0)}, UTC)`);
    const action = { description: 'x', owner: 'y', dueDate: inDays(30) };
    const impossible = await post('plan', { actions: [action, { ...action, dueDate: '2099-02-31' }] }).expect(400);
    expect(impossible.body.message).toBe('actions.1.dueDate: must be a day of the calendar, such as 2026-11-01');
    const tooMany = await post('plan', { actions: Array.from({ length: 21 }, () => action) }).expect(400);
    expect(tooMany.body.message).toMatch(/^actions: /);
    const tooLong = await post('plan', { actions: [{ ...action, description: 'я'.repeat(1001) }] }).expect(400);
    expect(tooLong.body.message).toMatch(/^actions\.0\.description: /);
    const planned = await post('plan', {
      actions: [{ description: 'Second validator assigned', owner: 'HR unit', dueDate: inDays(30) }],
    }).expect(200);
    expect(planned.body.actions).toEqual([
      expect.objectContaining({ actionId: 'A1', status: 'open', dueDate: inDays(30) }),
    ]);
    await post('implementation', { note: 'Started' }).expect(200);
    await service.http
      .post(`/v1/deviations/${regionalCase}/actions/A2/done`)
      .set('Authorization', policyUnit)
      .send({ evidence: 'none' })
      .expect(404)
      .expect(({ body }) => expect(body.message).toMatch(/^actionId: .* has no action A2 \(its actions: A1\)/));
    const done = await post('actions/A1/done', { evidence: 'Order 12/2026' }).expect(200);
    expect(done.body).toMatchObject({ phase: 'verification' });
    expect(done.body.actions[0]).toMatchObject({ status: 'done', doneBy: 'policy.unit.oyun' });

    // April and May within the threshold (21 and 15 days): two consecutive periods, the case closes.
    await publish([...certified([3, 20], [4, 10]), ...certified([4, 20], [5, 5])]);
    const evaluation = await evaluator.evaluate(new Date(day(6, 2)));
    expect(evaluation.signalled).toBeGreaterThanOrEqual(2);
    await waitFor('the case closed', async () => (await phaseOf(regionalCase)) === 'closed', 60_000, 250);
    const closed = (await get(`/v1/deviations/${regionalCase}`).expect(200)).body;
    expect(closed).toMatchObject({ phase: 'closed', outcome: 'recovered', latestValue: 15 });
    expect(closed.history.map((r: { step: string; to: string }) => `${r.step}>${r.to}`)).toEqual([
      'open>opened',
      'record-analysis>analysis',
      'record-plan>improvement-plan',
      'start-implementation>implementation',
      'report-action-done>verification',
      'assess-period>verification',
      'assess-period>closed',
    ]);
    // The other cases were in no verification: the values are kept, not counted.
    expect(await phaseOf(caseOf(REGION, month(3)))).toBe('opened');
    await post('analysis', { rootCause: 'again', owner: 'someone' }).expect(409);

    // Every step published (keyed by the case) and audited.
    const types = (
      await events.waitForCount(
        7,
        120_000,
        (m) => m.headers['ce_subject'] === regionalCase && m.headers['ce_type']!.startsWith('aeo.programme-deviation.'),
      )
    ).map((m) => m.headers['ce_type']);
    expect(types).toEqual([
      'aeo.programme-deviation.opened.v1',
      'aeo.programme-deviation.analysed.v1',
      'aeo.programme-deviation.planned.v1',
      'aeo.programme-deviation.step-recorded.v1',
      'aeo.programme-deviation.step-recorded.v1',
      'aeo.programme-deviation.step-recorded.v1',
      'aeo.programme-deviation.closed.v1',
    ]);
    const audit = await service.dataSource.query(
      `SELECT action, actor_sub FROM audit_log WHERE entity_type = 'programme-deviation' AND entity_id = $1 ORDER BY id`,
      [regionalCase],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'programme-deviation.open',
      'programme-deviation.repeated-crossing',
      'programme-deviation.record-analysis',
      'programme-deviation.record-plan',
      'programme-deviation.start-implementation',
      'programme-deviation.report-action-done',
      'programme-deviation.assess-period',
      'programme-deviation.assess-period',
    ]);
  });

  it('follows a case under its own period length after the threshold changes it (the weekly threshold does not strand a monthly case)', async () => {
    const monthly = caseOf(REGION, month(3));
    const step = (path: string, body: object) =>
      service.http.post(`/v1/deviations/${monthly}/${path}`).set('Authorization', policyUnit).send(body).expect(200);
    await step('analysis', { rootCause: 'Validators short', owner: 'Regional office head' });
    await step('plan', { actions: [{ description: 'Validator hired', owner: 'HR unit', dueDate: inDays(30) }] });
    await step('implementation', { note: 'Started' });
    expect((await step('actions/A1/done', { evidence: 'Order 13/2026' })).body.phase).toBe('verification');
    const threshold = (period: 'week' | 'month') =>
      service.http
        .put(`/v1/thresholds/${KPI}`)
        .set('Authorization', policyUnit)
        .send({ limit: 60, periodsToVerify: 2, period, reason: `evaluated by ${period}` })
        .expect(200);
    await threshold('week');
    // June and July within (11 days each): the case counts them by month, against its version 2.
    await publish([...certified([5, 25], [6, 5]), ...certified([6, 20], [7, 1])]);
    await evaluator.evaluate(new Date(day(8, 2)));
    await waitFor('the monthly case closed', async () => (await phaseOf(monthly)) === 'closed', 60_000, 250);
    const closed = (await get(`/v1/deviations/${monthly}`).expect(200)).body;
    expect(closed).toMatchObject({ outcome: 'recovered', threshold: { version: 2 } });
    expect(
      closed.history
        .filter((r: { step: string }) => r.step === 'assess-period')
        .map((r: { summary: string }) => r.summary),
    ).toEqual([
      expect.stringMatching(new RegExp(`^${month(6)}: 11 within`)),
      expect.stringMatching(new RegExp(`^${month(7)}: 11 within`)),
    ]);
    await threshold('month');
  });

  it("lets the database decide a case exists: a closed case past Temporal's retention is not opened again, a claim whose start was lost starts", async () => {
    // September: a decision 70 days after its submission. Two of its cases were decided before (no workflow left in Temporal).
    const pastRetention = caseOf(REGION, month(9), 'AEOC');
    const lostStart = caseOf(REGION, month(9));
    const threshold = JSON.stringify({ version: 4, bound: 'upper', limit: 60, periodsToVerify: 2 });
    await service.dataSource.query(
      `INSERT INTO deviation_cases (case_id, kpi_id, scope, status_type, period, value, threshold, phase, outcome, opened_at, updated_at, closed_at)
       VALUES ($1, $2, $3, 'AEOC', $4, 80, $5::jsonb, 'closed', 'recovered', now(), now(), now())`,
      [pastRetention, KPI, REGION, month(9), threshold],
    );
    await service.dataSource.query(
      `INSERT INTO deviation_records (case_id, sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)
       VALUES ($1, 1, 'open', 'opened', 'opened', 'opened', '{}', 'system', now())`,
      [pastRetention],
    );
    // Claimed, its value saved as evaluated, and the service stopped before the workflow started.
    await service.dataSource.query(
      `INSERT INTO deviation_cases (case_id, kpi_id, scope, status_type, period, value, threshold, phase, opened_at, updated_at)
       VALUES ($1, $2, $3, NULL, $4, 70, $5::jsonb, 'opened', now(), now())`,
      [lostStart, KPI, REGION, month(9), threshold],
    );
    await service.dataSource.query(
      `INSERT INTO kpi_evaluations (kpi_id, scope, status_type, period, value, threshold_version, evaluated_at)
       VALUES ($1, $2, '', $3, 70, 4, now())`,
      [KPI, REGION, month(9)],
    );
    await publish(certified([7, 1], [9, 9]));
    const outcome = await evaluator.evaluate(new Date(day(10, 5)));
    expect(outcome.opened).toEqual(expect.arrayContaining([lostStart, caseOf('national', month(9))]));
    expect(outcome.opened).not.toContain(pastRetention);
    expect(outcome.repeated).toContain(pastRetention);
    await expect(temporal.workflow.getHandle(pastRetention).describe()).rejects.toThrow(/not found/i);
    expect((await get(`/v1/deviations/${pastRetention}`).expect(200)).body).toMatchObject({
      phase: 'closed',
      crossings: 2,
    });
    await waitFor(
      'the lost start recorded',
      async () => (await get(`/v1/deviations/${lostStart}`).expect(200)).body.history.length === 1,
      60_000,
      250,
    );

    // A second run under a closed case's id records nothing: it fails at once instead of losing its steps.
    const second = await temporal.workflow.start('programmeDeviationWorkflow', {
      workflowId: pastRetention,
      taskQueue: TASK_QUEUES.certification,
      args: [
        {
          kpiId: KPI,
          scope: REGION,
          statusType: 'AEOC',
          period: month(9),
          value: 70,
          threshold: JSON.parse(threshold),
        },
      ],
    });
    await expect(second.result()).rejects.toThrow();
    const failure = await second.describe();
    expect(failure.status.name).toBe('FAILED');
    const [{ n }] = await service.dataSource.query(
      'SELECT count(*)::int AS n FROM deviation_records WHERE case_id = $1',
      [pastRetention],
    );
    expect(n).toBe(1);
  });

  it('evaluates each KPI in the regions of its own source (a region with declarations and no certification)', async () => {
    const KPI_B = 'aeo-declaration-share';
    // Facts of a region that is no customs region (test traffic, a mistyped code): no case for it.
    const NOT_A_REGION = `FAM${randomBytes(5).toString('hex').toUpperCase()}`;
    await service.http
      .put(`/v1/thresholds/${KPI_B}`)
      .set('Authorization', policyUnit)
      .send({ limit: 0.25, periodsToVerify: 1, reason: 'the programme target' })
      .expect(200);
    // November: 10 declarations of the region, none by an AEO (share 0, below 0.25).
    await service.dataSource.query(
      `INSERT INTO declaration_benefit_daily (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
       VALUES ($1, $2, 'none', 10, 1000, 2, 1, 0)`,
      [day(11, 10), TRADE_REGION],
    );
    await service.dataSource.query(
      `INSERT INTO declaration_benefit_daily (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
       VALUES ($1, $2, 'none', 10, 1000, 2, 1, 0)`,
      [day(11, 10), NOT_A_REGION],
    );
    const outcome = await evaluator.evaluate(new Date(day(12, 5)));
    expect(outcome.opened).toContain(
      programmeDeviationWorkflowId({ kpiId: KPI_B, scope: TRADE_REGION, period: month(11) }),
    );
    expect(outcome.opened.filter((id) => id.includes(NOT_A_REGION))).toEqual([]);
    const [{ n }] = await service.dataSource.query('SELECT count(*)::int AS n FROM deviation_cases WHERE scope = $1', [
      NOT_A_REGION,
    ]);
    expect(n).toBe(0);
  });

  it('lets the policy unit dismiss a case opened by mistake (audited, published) and withdraw a threshold (no case opens on it until a new one is set)', async () => {
    const mistaken = caseOf('national', month(3));
    const dismiss = (caseId: string, body: object, token = policyUnit) =>
      service.http.post(`/v1/deviations/${caseId}/dismissal`).set('Authorization', token).send(body);
    await dismiss(mistaken, { reason: 'x' }, executive).expect(403);
    expect((await dismiss(mistaken, {}).expect(400)).body.message).toContain('reason');
    await dismiss(caseOf('national', month(1)), { reason: 'x' }).expect(404);
    const dismissed = await dismiss(mistaken, { reason: 'The March decisions were loaded twice' }).expect(200);
    expect(dismissed.body).toMatchObject({ phase: 'closed', outcome: 'dismissed' });
    expect(dismissed.body.history.at(-1)).toMatchObject({ step: 'dismiss', from: 'opened', to: 'closed' });
    await dismiss(mistaken, { reason: 'another reason' }).expect(409);
    const [dismissedEvent] = await events.waitForCount(
      1,
      120_000,
      (m) => m.headers['ce_type'] === 'aeo.programme-deviation.dismissed.v1' && m.headers['ce_subject'] === mistaken,
    );
    expect(JSON.parse(dismissedEvent!.message.value!.toString())).toMatchObject({
      caseId: mistaken,
      from: 'opened',
      reason: 'The March decisions were loaded twice',
      by: 'policy.unit.oyun',
    });
    const [audit] = await service.dataSource.query(
      `SELECT actor_sub FROM audit_log WHERE action = 'programme-deviation.dismiss' AND entity_id = $1`,
      [mistaken],
    );
    expect(audit).toEqual({ actor_sub: 'policy.unit.oyun' });

    const withdraw = (body: object, token = policyUnit) =>
      service.http.post(`/v1/thresholds/${KPI}/withdrawal`).set('Authorization', token).send(body);
    await withdraw({ reason: 'x' }, office).expect(403);
    expect((await withdraw({}).expect(400)).body.message).toContain('reason');
    const withdrawn = (await withdraw({ reason: 'Set for the pilot only' }).expect(200)).body;
    expect(withdrawn).toMatchObject({ withdrawn: true, limit: 60, changedBy: 'policy.unit.oyun' });
    await withdraw({ reason: 'again' }).expect(409);
    const inForce = (await get('/v1/thresholds').expect(200)).body;
    expect(inForce.map((t: { kpiId: string }) => t.kpiId)).not.toContain(KPI);
    await events.waitForCount(
      1,
      120_000,
      (m) => m.headers['ce_type'] === 'aeo.programme-threshold.withdrawn.v1' && m.headers['ce_subject'] === KPI,
    );

    // November: a decision 80 days after its submission, across the withdrawn limit of 60: no case.
    await publish(certified([9, 1], [11, 20]));
    const ours = (ids: string[]) => ids.filter((id) => id.startsWith(`programme-deviation-${KPI}-`));
    expect(ours((await evaluator.evaluate(new Date(day(12, 5)))).opened)).toEqual([]);
    // A new threshold is in force again: the same figures open the cases.
    await service.http
      .put(`/v1/thresholds/${KPI}`)
      .set('Authorization', policyUnit)
      .send({ limit: 60, periodsToVerify: 2, reason: 'The decree applies after all' })
      .expect(200);
    expect(ours((await evaluator.evaluate(new Date(day(12, 5)))).opened)).toContain(caseOf(REGION, month(11)));
  });

  it('lets a crossing acted on after a dismissal open the key’s next case; never two standing cases of one KPI, scope and period', async () => {
    const mistaken = caseOf('national', month(3));
    const dismiss = (caseId: string) =>
      service.http
        .post(`/v1/deviations/${caseId}/dismissal`)
        .set('Authorization', policyUnit)
        .send({ reason: 'The threshold was set for the pilot only' });
    const ours = (ids: string[]) => ids.filter((id) => id.startsWith(`programme-deviation-${KPI}-`)).sort();
    // March's figures under the threshold set since (a later version): the dismissed national case's key
    // opens its second case; the keys with a standing case (open or closed) count the crossing.
    const underNewThreshold = await evaluator.evaluate(new Date(day(4, 5)));
    expect(ours(underNewThreshold.opened)).toEqual([`${mistaken}-case-2`]);
    expect(underNewThreshold.repeated).toEqual(expect.arrayContaining([regionalCase, caseOf(REGION, month(3))]));
    const second = await waitFor(
      'the second case’s opening recorded',
      async () => {
        const { status, body } = await get(`/v1/deviations/${mistaken}-case-2`);
        return status === 200 && body.history.length === 1 && body;
      },
      120_000,
      500,
    );
    expect(second).toMatchObject({ kpiId: KPI, scope: 'national', period: month(3), phase: 'opened' });
    const inForce = (await get(`/v1/thresholds/${KPI}`).expect(200)).body;
    expect(second.threshold).toMatchObject({ version: inForce.version, limit: 60 });
    // The same figures again: nothing; the database refuses a second standing case of the key.
    expect(ours((await evaluator.evaluate(new Date(day(4, 5)))).opened)).toEqual([]);
    await expect(
      service.dataSource.query(
        `INSERT INTO deviation_cases (case_id, kpi_id, scope, period, value, threshold, phase, opened_at, updated_at)
         VALUES ($1, $2, 'national', $3, 99, '{}', 'opened', now(), now())`,
        [`${mistaken}-duplicate`, KPI, month(3)],
      ),
    ).rejects.toThrow(/deviation_cases_one_standing/);

    // The second is dismissed too; then a late decision changes March's figure: its third case.
    await dismiss(`${mistaken}-case-2`).expect(200);
    expect(ours((await evaluator.evaluate(new Date(day(4, 5)))).opened)).toEqual([]);
    await publish(certified([1, 2], [3, 28]));
    expect(ours((await evaluator.evaluate(new Date(day(4, 5)))).opened)).toEqual([`${mistaken}-case-3`]);
    const listed = (await get(`/v1/deviations?kpiId=${KPI}&limit=500`).expect(200)).body as {
      caseId: string;
      scope: string;
      period: string;
      statusType: string | null;
      outcome: string | null;
    }[];
    expect(
      listed
        .filter((c) => c.scope === 'national' && c.period === month(3) && c.statusType === null)
        .map((c) => [c.caseId, c.outcome])
        .sort(),
    ).toEqual([
      [mistaken, 'dismissed'],
      [`${mistaken}-case-2`, 'dismissed'],
      [`${mistaken}-case-3`, null],
    ]);
  });
});
