import { randomBytes } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  bearer,
  type CollectedMessage,
  collectMessages,
  ensureTemporalNamespace,
  type InProcessWorker,
  runWorkerInProcess,
  testKafka,
  waitFor,
} from '@aeo/testing';
import { TASK_QUEUES, pilotWorkflowId } from '@aeo/workflows';
import { createOrchestratingWorker } from '@aeo/workflows/bundle';
import { pdfText } from '@aeo/pdf';
import { startProgramme } from '../../testing/start-programme';

jest.setTimeout(600_000);

/**
 * The pilot final report against the real servers: the programme service in-process (API, the
 * pilot and final report activities on aeo-programme, outbox relay to Kafka), the orchestrating
 * worker in-process in a Temporal namespace of the test's own, PostgreSQL. The pilot's dates lie
 * in the past, so its workflow starts, ends and has its report made at once.
 */
describe('pilot final report (real PostgreSQL, Temporal, Kafka)', () => {
  const namespace = `programme-pilot-report-${randomBytes(3).toString('hex')}`;
  const run = randomBytes(3).toString('hex').toUpperCase();
  let service: ServiceUnderTest;
  let temporal: Client;
  let worker: InProcessWorker;
  const kafka = testKafka('programme-pilot-report-int');
  let events: Awaited<ReturnType<typeof collectMessages>>;

  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'DARKHAN' });

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const get = (path: string, token = policyUnit) => service.http.get(path).set('Authorization', token);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(path).set('Authorization', token).send(body);
  const ofPilot = (id: string, type: string) => (m: CollectedMessage) =>
    m.headers['ce_type'] === type && m.headers['ce_subject'] === id;
  const visibleText = (html: string) =>
    html
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    service = await startProgramme([], {}, { ownTopics: true });
    temporal = service.app.get(Client);
    worker = await runWorkerInProcess((connection) =>
      createOrchestratingWorker(
        { namespace, taskQueue: TASK_QUEUES.certification, maxConcurrentWorkflowTaskExecutions: 10 },
        connection,
      ),
    );
    events = await collectMessages(kafka, [service.topic(TOPIC_NAMES.pilotEvents)], { from: 'now' });
  });

  afterAll(async () => {
    const open = await service?.dataSource.query(
      `SELECT id FROM pilots WHERE launched_at IS NOT NULL AND status NOT IN ('closed', 'cancelled')`,
    );
    for (const { id } of open ?? [])
      await temporal?.workflow
        .getHandle(pilotWorkflowId(id))
        .terminate('end of test')
        .catch(() => undefined);
    await events?.stop();
    await worker?.stop();
    await service?.close();
  });

  it('a pilot that ends has its report made by the workflow; listed, fetched, made again by the policy unit, approved by an executive only', async () => {
    const pilot = (
      await post('/v1/pilots', {
        code: `FR-${run}`,
        title: `Final report pilot ${run}`,
        description: 'Ends before the test starts',
        startsOn: day(-60),
        endsOn: day(-1),
        maxCompanies: 5,
        objectives: [
          { text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 },
        ],
        workstreams: [{ kind: 'companies' }],
        milestones: [
          { title: 'Shortlist approved', workstream: 'companies', dueOn: day(-50), owner: 'policy.unit.oyun' },
        ],
      }).expect(201)
    ).body;
    // A deviation case opened within the pilot's time frame, and one before it (not in the report).
    for (const [suffix, openedDaysAgo] of [
      ['in', 30],
      ['before', 90],
    ] as const)
      await service.dataSource.query(
        `INSERT INTO deviation_cases (case_id, kpi_id, scope, period, value, threshold, phase, opened_at, updated_at)
         VALUES ($1, 'decided-within-time-limit', 'national', $2, 0.81, '{}', 'analysis', now() - ($3 || ' days')::interval, now())`,
        [`fr-${run}-${suffix}`, day(-openedDaysAgo).slice(0, 7), String(openedDaysAgo)],
      );

    await post(`/v1/pilots/${pilot.id}/start`, {}).expect(200);
    const reported = await waitFor(
      'the pilot reported',
      async () => {
        const now = (await get(`/v1/pilots/${pilot.id}`).expect(200)).body;
        return now.status === 'reported' ? now : undefined;
      },
      300_000,
      500,
    );
    expect(reported.stage).toBe('awaiting-final-report');

    // Listed: the workflow's report, in both languages and both formats.
    const [first] = (await get(`/v1/pilots/${pilot.id}/final-reports`, executive).expect(200)).body;
    expect(first).toMatchObject({
      pilotId: pilot.id,
      sequence: 1,
      trigger: 'workflow',
      languages: ['mn', 'en'],
      generatedBy: 'system:pilot-workflow',
      approvedBy: null,
      approvedAt: null,
      recommendations: null,
    });
    expect(first.renderings.map((r: { language: string; format: string }) => `${r.language}.${r.format}`)).toEqual([
      'en.html',
      'en.pdf',
      'mn.html',
      'mn.pdf',
    ]);
    await get(`/v1/pilots/${pilot.id}/final-reports`, office).expect(403);

    // Fetched: every section, the objective with its KPI target, the milestone late and escalated, the deviation in the time frame.
    const html = await get(`/v1/pilots/${pilot.id}/final-report?language=en&format=html`).expect(200);
    expect(html.headers['content-type']).toContain('text/html');
    const text = visibleText(html.text);
    for (const expected of [
      `Pilot final report: Final report pilot ${run} (FR-${run})`,
      'Objectives',
      'Certify pilot companies within 90 days Time to certify (median) at most 90 days',
      'Participants',
      'No company was chosen for the pilot.',
      'Timeline against milestones',
      'Shortlist approved companies',
      'Key performance indicators',
      'Benefits test',
      'Evaluation results',
      'Deviations',
      `Decided within the legal time limit national ${day(-30).slice(0, 7)}`,
      'Recommendations for full operation',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/escalated on \d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain(day(-90).slice(0, 7) + ' 81%');
    const pdf = await get(`/v1/pilots/${pilot.id}/final-report?language=mn`, executive)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['x-content-sha256']).toBe(first.renderings[3].sha256);
    expect(await pdfText(pdf.body as Buffer)).toContain('Туршилтын эцсийн тайлан');
    await get(`/v1/pilots/${pilot.id}/final-report?language=fr`).expect(400);

    // Made again by the policy unit with its recommendations (an executive may not).
    await post(`/v1/pilots/${pilot.id}/final-reports`, { recommendations: 'Go national' }, executive).expect(403);
    await post(`/v1/pilots/${pilot.id}/final-reports`, { recommendations: '' }).expect(400);
    const second = (
      await post(`/v1/pilots/${pilot.id}/final-reports`, {
        recommendations: 'Extend the programme to every customs region',
        languages: ['en'],
      }).expect(201)
    ).body;
    expect(second).toMatchObject({
      sequence: 2,
      trigger: 'on-demand',
      generatedBy: 'policy.unit.oyun',
      languages: ['en'],
    });
    const latest = visibleText(
      (await get(`/v1/pilots/${pilot.id}/final-report?language=en&format=html`).expect(200)).text,
    );
    expect(latest).toContain('From the policy unit Extend the programme to every customs region');
    await get(`/v1/pilots/${pilot.id}/final-report?language=mn`).expect(400);

    // Approved by an executive only: the latest report, then the pilot closes.
    await post(`/v1/pilots/${pilot.id}/final-report/approval`, {}, policyUnit).expect(403);
    const approved = (
      await post(`/v1/pilots/${pilot.id}/final-report/approval`, { note: 'For the board' }, executive).expect(200)
    ).body;
    expect(approved).toMatchObject({ id: second.id, approvedBy: 'executive.ganbold', approvalNote: 'For the board' });
    expect(approved.approvedAt).toEqual(expect.any(String));
    expect((await get(`/v1/pilots/${pilot.id}`).expect(200)).body).toMatchObject({ status: 'closed', stage: 'closed' });
    await post(`/v1/pilots/${pilot.id}/final-reports`, {}).expect(409);
    // The approved report is the one fetched by default.
    expect(
      visibleText((await get(`/v1/pilots/${pilot.id}/final-report?language=en&format=html`).expect(200)).text),
    ).toContain('Extend the programme to every customs region');

    const generated = await events.waitForCount(
      2,
      120_000,
      ofPilot(pilot.id, 'aeo.programme-pilot.final-report-generated.v1'),
    );
    expect(generated.map((m) => JSON.parse(m.message.value!.toString()))).toEqual([
      expect.objectContaining({
        sequence: 1,
        trigger: 'workflow',
        by: 'system:pilot-workflow',
        languages: ['mn', 'en'],
      }),
      expect.objectContaining({ sequence: 2, trigger: 'on-demand', by: 'policy.unit.oyun', languages: ['en'] }),
    ]);
    await events.waitForCount(1, 120_000, ofPilot(pilot.id, 'aeo.programme-pilot.final-report-approved.v1'));
    const audit = await service.dataSource.query(
      `SELECT action, actor_sub FROM audit_log WHERE entity_type = 'pilot-final-report' AND entity_id = ANY($1) ORDER BY id`,
      [[first.id, second.id]],
    );
    expect(audit.map((row: { action: string; actor_sub: string }) => `${row.action} ${row.actor_sub}`)).toEqual([
      'pilot-final-report.generated system:pilot-workflow',
      'pilot-final-report.generated policy.unit.oyun',
      'pilot-final-report.approved executive.ganbold',
    ]);
  });
});
