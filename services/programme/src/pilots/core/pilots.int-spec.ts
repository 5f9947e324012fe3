import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, type CollectedMessage, waitFor } from '@aeo/testing';
import { approveFinalReportUpdate, pilotWorkflowId } from '@aeo/workflows';
import { PilotsActivities } from './pilots.activities';
import { PilotsService } from './pilots.service';
import { type PilotServers, usePilotServers } from './testing/pilot-servers';

jest.setTimeout(600_000);

/**
 * The pilot core against the real servers: the programme service in-process (API, the pilot
 * activity on aeo-programme, outbox relay to Kafka), the orchestrating worker in-process in a
 * Temporal namespace of the test's own, PostgreSQL. Pilots are dated around today so that the
 * workflow's timers have passed already (a milestone due weeks ago is late and escalated at the
 * start, one due in three days is reminded) or lie weeks ahead (nothing happens in the test).
 */
describe('pilots (real PostgreSQL, Temporal, Kafka)', () => {
  const servers = usePilotServers('pilots');
  const run = randomBytes(3).toString('hex').toUpperCase();
  let service: ServiceUnderTest;
  let temporal: Client;
  let events: PilotServers['events'];
  beforeAll(() => ({ service, temporal, events } = servers));

  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  const owner = bearer({ sub: 'officer.bat', roles: [ROLES.contactOfficer], region: 'DARKHAN' });
  const otherOfficer = bearer({ sub: 'officer.dorj', roles: [ROLES.contactOfficer], region: 'DARKHAN' });

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const get = (path: string, token = policyUnit) => service.http.get(path).set('Authorization', token);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(path).set('Authorization', token).send(body);
  const pilotBody = (code: string, overrides: object = {}) => ({
    code,
    title: `Pilot ${code}`,
    description: 'Five companies, two regions',
    startsOn: day(-30),
    endsOn: day(30),
    maxCompanies: 5,
    objectives: [{ text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 }],
    workstreams: [{ kind: 'companies' }, { kind: 'mra-base-work', mraArrangementId: 'MRA-KR-2027' }],
    milestones: [
      { title: 'Shortlist approved', workstream: 'companies', dueOn: day(-20), owner: 'policy.unit.oyun' },
      { title: 'Staff trained', workstream: 'training', dueOn: day(3), owner: 'officer.bat' },
      {
        title: 'IT readiness test',
        workstream: 'it-readiness',
        dueOn: day(20),
        owner: 'it@customs.gov.mn',
        kpiCode: 'certification-time-median',
        kpiTarget: 80,
      },
    ],
    ...overrides,
  });
  const ofPilot = (id: string, type: string) => (m: CollectedMessage) =>
    m.headers['ce_type'] === type && m.headers['ce_subject'] === id;
  const auditOf = async (id: string) =>
    (
      await service.dataSource.query(
        `SELECT action, actor_sub FROM audit_log WHERE entity_id = $1 OR entity_id IN (SELECT id::text FROM pilot_milestones WHERE pilot_id::text = $1) ORDER BY id`,
        [id],
      )
    ).map((row: { action: string; actor_sub: string }) => `${row.action} ${row.actor_sub}`);
  const untilPilot = (id: string, reached: (pilot: Record<string, any>) => boolean, what: string) =>
    waitFor(
      what,
      async () => {
        const pilot = (await get(`/v1/pilots/${id}`).expect(200)).body;
        return reached(pilot) ? pilot : undefined;
      },
      120_000,
      250,
    );

  let pilotId: string;

  it('creates a pilot (policy unit only; fields checked, the KPI codes against the catalogue, the code unique) that others read', async () => {
    await post('/v1/pilots', pilotBody(`P-${run}-A`), office).expect(403);
    const unknownKpi = await post(
      '/v1/pilots',
      pilotBody(`P-${run}-A`, { objectives: [{ text: 'x', kpiCode: 'no-such-kpi', target: 1 }] }),
    ).expect(400);
    expect(unknownKpi.body.message).toContain('objectives.0.kpiCode');
    const outside = await post(
      '/v1/pilots',
      pilotBody(`P-${run}-A`, {
        milestones: [{ title: 'Late', workstream: 'companies', dueOn: day(40), owner: 'x' }],
      }),
    ).expect(400);
    expect(outside.body.message).toContain('milestones.0.dueOn');
    const backwards = await post('/v1/pilots', pilotBody(`P-${run}-A`, { endsOn: day(-31) })).expect(400);
    expect(backwards.body.message).toContain('endsOn');
    const badStream = await post(
      '/v1/pilots',
      pilotBody(`P-${run}-A`, { workstreams: [{ kind: 'marketing' }] }),
    ).expect(400);
    expect(badStream.body.message).toContain('workstreams.0.kind');

    const created = (await post('/v1/pilots', pilotBody(`P-${run}-A`)).expect(201)).body;
    pilotId = created.id;
    expect(created).toMatchObject({
      code: `P-${run}-A`,
      status: 'planned',
      stage: null,
      startsOn: day(-30),
      endsOn: day(30),
      reminderDays: 7,
      escalationGraceDays: 14,
      createdBy: 'policy.unit.oyun',
      version: 1,
    });
    expect(created.objectives).toEqual([expect.objectContaining({ kpiCode: 'certification-time-median', target: 90 })]);
    expect(created.workstreams).toEqual([
      { kind: 'companies', description: '', mraArrangementId: null },
      { kind: 'mra-base-work', description: '', mraArrangementId: 'MRA-KR-2027' },
    ]);
    expect(created.milestones.map((m: { title: string; status: string }) => [m.title, m.status])).toEqual([
      ['Shortlist approved', 'open'],
      ['Staff trained', 'open'],
      ['IT readiness test', 'open'],
    ]);
    const taken = await post('/v1/pilots', pilotBody(`P-${run}-A`)).expect(409);
    expect(taken.body.message).toContain('code');

    expect((await get(`/v1/pilots/${pilotId}`, office).expect(200)).body.code).toBe(`P-${run}-A`);
    expect((await get(`/v1/pilots/${pilotId}`, executive).expect(200)).body.code).toBe(`P-${run}-A`);
    await get(`/v1/pilots/${pilotId}`, owner).expect(403);
    await get(`/v1/pilots/00000000-0000-4000-8000-000000000000`).expect(404);
    const listed = (await get('/v1/pilots?status=planned', office).expect(200)).body;
    expect(listed.map((p: { id: string }) => p.id)).toContain(pilotId);
    await get('/v1/pilots?status=paused').expect(400);

    await events.waitForCount(1, 120_000, ofPilot(pilotId, 'aeo.programme-pilot.created.v1'));
    expect(await auditOf(pilotId)).toEqual(['pilot.created policy.unit.oyun']);
  });

  it('is edited while planned (with the version read), then started: the workflow runs it and marks its milestones as their dates have passed', async () => {
    const stale = await service.http
      .patch(`/v1/pilots/${pilotId}`)
      .set('Authorization', policyUnit)
      .send({
        ...pilotBody('x'),
        code: undefined,
        objectives: undefined,
        workstreams: undefined,
        milestones: undefined,
        version: 7,
      })
      .expect(409);
    expect(stale.body.message).toContain('version');
    const { code: _c, objectives: _o, workstreams: _w, milestones: _m, ...frame } = pilotBody('x');
    const edited = (
      await service.http
        .patch(`/v1/pilots/${pilotId}`)
        .set('Authorization', policyUnit)
        .send({ ...frame, title: 'AEO pilot 2027', version: 1 })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ title: 'AEO pilot 2027', version: 2 });

    await post(`/v1/pilots/${pilotId}/start`, {}, executive).expect(403);
    const started = (await post(`/v1/pilots/${pilotId}/start`, {}).expect(200)).body;
    expect(started.stage).not.toBeNull();
    // Repeated: the same answer; the pilot is no longer edited.
    expect((await post(`/v1/pilots/${pilotId}/start`, {}).expect(200)).body.launchedAt).toBe(started.launchedAt);
    await service.http
      .put(`/v1/pilots/${pilotId}/objectives`)
      .set('Authorization', policyUnit)
      .send({ objectives: [] })
      .expect(409);

    // Due 20 days ago: late and escalated (14 days' grace) at once; due in 3 days: reminded; in 20: nothing.
    const followed = await untilPilot(
      pilotId,
      (p) => p.status === 'running' && p.milestones[0].status === 'escalated' && p.milestones[1].remindedAt !== null,
      'the milestones followed',
    );
    expect(followed.stage).toBe('running');
    // Operations find the pilot's workflow by its id and stage.
    const [found] = await waitFor(
      'the pilot listed by its search attributes',
      async () => {
        const listed = [];
        for await (const workflow of temporal.workflow.list({
          query: `AeoPilotId = "${pilotId}" AND AeoStage = "running"`,
        }))
          listed.push(workflow.workflowId);
        return listed.length > 0 ? listed : undefined;
      },
      60_000,
      500,
    );
    expect(found).toBe(pilotWorkflowId(pilotId));
    expect(followed.milestones.map((m: { status: string }) => m.status)).toEqual(['escalated', 'open', 'open']);
    expect(followed.milestones[2].remindedAt).toBeNull();
    for (const type of [
      'aeo.programme-pilot.started.v1',
      'aeo.programme-pilot-milestone.late.v1',
      'aeo.programme-pilot-milestone.escalated.v1',
      'aeo.programme-pilot-milestone.due-soon.v1',
    ])
      await events.waitForCount(1, 120_000, ofPilot(pilotId, type));
    const [dueSoon] = events.messages.filter(ofPilot(pilotId, 'aeo.programme-pilot-milestone.due-soon.v1'));
    expect(JSON.parse(dueSoon!.message.value!.toString())).toMatchObject({
      code: `P-${run}-A`,
      daysLeft: 3,
      milestone: { title: 'Staff trained', owner: 'officer.bat', status: 'open' },
    });
    expect(await auditOf(pilotId)).toEqual(
      expect.arrayContaining([
        'pilot.updated policy.unit.oyun',
        'pilot.launched policy.unit.oyun',
        'pilot.start system',
        'pilot.milestone-late system',
        'pilot.milestone-escalated system',
        'pilot.milestone-due-soon system',
      ]),
    );
  });

  it('takes a milestone done from its owner with evidence (once), a new milestone, and an executive’s extension with its history', async () => {
    const pilot = (await get(`/v1/pilots/${pilotId}`).expect(200)).body;
    const trained = pilot.milestones[1].id;
    const evidence = { evidence: [{ title: 'Attendance sheet', reference: 'DOC-2027-114' }] };
    const path = `/v1/pilots/${pilotId}/milestones/${trained}/completion`;
    await post(path, evidence, otherOfficer).expect(403);
    const empty = await post(path, { evidence: [] }, owner).expect(400);
    expect(empty.body.message).toContain('evidence');
    await post(
      `/v1/pilots/${pilotId}/milestones/00000000-0000-4000-8000-000000000000/completion`,
      evidence,
      owner,
    ).expect(404);
    const done = (await post(path, evidence, owner).expect(200)).body;
    expect(done.milestones[1]).toMatchObject({ status: 'done', doneBy: 'officer.bat', evidence: evidence.evidence });
    // The same request again answers the same; another one is refused.
    expect((await post(path, evidence, owner).expect(200)).body.milestones[1].doneAt).toBe(done.milestones[1].doneAt);
    await post(path, { evidence: [{ title: 'Other', reference: 'DOC-2' }] }, owner).expect(409);
    // An escalated milestone may still be reported done (by the policy unit).
    const shortlist = pilot.milestones[0].id;
    await post(`/v1/pilots/${pilotId}/milestones/${shortlist}/completion`, evidence).expect(200);
    const doneEvents = await events.waitForCount(2, 120_000, ofPilot(pilotId, 'aeo.programme-pilot-milestone.done.v1'));
    expect(doneEvents.map((m) => JSON.parse(m.message.value!.toString()).from).sort()).toEqual(['escalated', 'open']);

    const added = (
      await post(`/v1/pilots/${pilotId}/milestones`, {
        title: 'Evaluation questionnaire out',
        workstream: 'evaluation',
        dueOn: day(25),
        owner: 'policy.unit.oyun',
      }).expect(201)
    ).body;
    expect(added.milestones.map((m: { title: string }) => m.title)).toContain('Evaluation questionnaire out');
    await events.waitForCount(1, 120_000, ofPilot(pilotId, 'aeo.programme-pilot-milestone.planned.v1'));

    await post(`/v1/pilots/${pilotId}/extensions`, { endsOn: day(60), reason: 'more time' }).expect(403);
    const earlier = await post(`/v1/pilots/${pilotId}/extensions`, { endsOn: day(10), reason: 'x' }, executive).expect(
      400,
    );
    expect(earlier.body.message).toMatch(/^endsOn: must be after the pilot's current end date/);
    const extended = (
      await post(
        `/v1/pilots/${pilotId}/extensions`,
        { endsOn: day(60), reason: 'Two companies joined late' },
        executive,
      ).expect(200)
    ).body;
    expect(extended.endsOn).toBe(day(60));
    expect(extended.extensions).toEqual([
      expect.objectContaining({
        sequence: 1,
        previousEndsOn: day(30),
        newEndsOn: day(60),
        reason: 'Two companies joined late',
        decidedBy: 'executive.ganbold',
      }),
    ]);
    await events.waitForCount(1, 120_000, ofPilot(pilotId, 'aeo.programme-pilot.extended.v1'));
    expect(await auditOf(pilotId)).toEqual(
      expect.arrayContaining([
        'pilot.milestone-done officer.bat',
        'pilot.milestone-planned policy.unit.oyun',
        'pilot.extend executive.ganbold',
      ]),
    );
  });

  it('ends after its end date and closes when an executive approves the final report; a cancelled pilot ends there', async () => {
    const ended = (
      await post('/v1/pilots', pilotBody(`P-${run}-B`, { startsOn: day(-60), endsOn: day(-1), milestones: [] })).expect(
        201,
      )
    ).body;
    await post(`/v1/pilots/${ended.id}/start`, {}).expect(200);
    const awaiting = await untilPilot(ended.id, (p) => ['ended', 'reported'].includes(p.status), 'the pilot ended');
    expect(awaiting.stage).toBe('awaiting-final-report');
    await events.waitForCount(1, 120_000, ofPilot(ended.id, 'aeo.programme-pilot.ended.v1'));
    await post(`/v1/pilots/${ended.id}/extensions`, { endsOn: day(30), reason: 'too late' }, executive).expect(409);
    // The workflow makes the final report at the end (pilots/final-report); then the executive's
    // approval (the report's route sends this update) closes the pilot.
    await untilPilot(ended.id, (p) => p.status === 'reported', 'the final report made');
    await waitFor(
      'the approval taken (once the workflow has recorded the report)',
      () =>
        temporal.workflow
          .getHandle(pilotWorkflowId(ended.id))
          .executeUpdate(approveFinalReportUpdate, { args: [{ by: 'executive.ganbold', byRoles: ['executive'] }] })
          .then(
            () => true,
            (error: Error) => {
              if (String((error.cause as Error | undefined)?.message).includes('Another step is being recorded'))
                return undefined;
              throw error;
            },
          ),
      60_000,
      500,
    );
    expect((await get(`/v1/pilots/${ended.id}`).expect(200)).body).toMatchObject({ status: 'closed', stage: 'closed' });
    await events.waitForCount(1, 120_000, ofPilot(ended.id, 'aeo.programme-pilot.final-report-approved.v1'));

    // A planned pilot is cancelled at once; a running one through its workflow.
    const planned = (await post('/v1/pilots', pilotBody(`P-${run}-C`)).expect(201)).body;
    const cancelled = (await post(`/v1/pilots/${planned.id}/cancellation`, { reason: 'Merged into A' }).expect(200))
      .body;
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Merged into A',
      cancelledBy: 'policy.unit.oyun',
    });
    await post(`/v1/pilots/${planned.id}/start`, {}).expect(409);
    const stopped = (
      await post(
        `/v1/pilots/${pilotId}/cancellation`,
        { reason: 'The decree postponed the programme' },
        executive,
      ).expect(200)
    ).body;
    expect(stopped).toMatchObject({ status: 'cancelled', stage: 'cancelled' });
    await expect(temporal.workflow.getHandle(pilotWorkflowId(pilotId)).result()).resolves.toEqual({
      pilotId,
      outcome: 'cancelled',
    });
    const cancelEvents = [
      ...(await events.waitForCount(1, 120_000, ofPilot(planned.id, 'aeo.programme-pilot.cancelled.v1'))),
      ...(await events.waitForCount(1, 120_000, ofPilot(pilotId, 'aeo.programme-pilot.cancelled.v1'))),
    ];
    expect(cancelEvents.map((m) => JSON.parse(m.message.value!.toString()).from)).toEqual(['planned', 'running']);
  });
  it('refuses a milestone past the workflow’s limit and a start the workflow would refuse, plans a repeated milestone once, publishes its edits, and starts a launched pilot whose workflow never started (boot sweep)', async () => {
    const pilot = (await post('/v1/pilots', pilotBody(`P-${run}-D`)).expect(201)).body;
    const bulk = (count: number) =>
      service.dataSource.query(
        `INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, created_by)
         SELECT gen_random_uuid(), $1, 'Bulk ' || n, 'companies', $2::date, 'policy.unit.oyun', 'test'
         FROM generate_series(1, $3::int) AS n`,
        [pilot.id, day(20), count],
      );
    const milestone = { title: 'Companies briefed', workstream: 'companies', dueOn: day(10), owner: 'officer.bat' };
    // 3 planned with it + 197 = the workflow's 200: one more is refused, nothing written.
    await bulk(197);
    const full = await post(`/v1/pilots/${pilot.id}/milestones`, milestone).expect(409);
    expect(full.body.message).toContain('milestones');
    // 201 (written around the API): the start is refused before anything is committed or started.
    await bulk(1);
    const refused = await post(`/v1/pilots/${pilot.id}/start`, {}).expect(409);
    expect(refused.body.message).toContain('milestones');
    expect((await get(`/v1/pilots/${pilot.id}`).expect(200)).body).toMatchObject({ launchedAt: null, stage: null });
    await service.dataSource.query(`DELETE FROM pilot_milestones WHERE pilot_id = $1 AND title LIKE 'Bulk %'`, [
      pilot.id,
    ]);

    // The same milestone again (no Idempotency-Key): answered as the first time, planned once.
    const first = (await post(`/v1/pilots/${pilot.id}/milestones`, milestone).expect(201)).body;
    const again = (await post(`/v1/pilots/${pilot.id}/milestones`, milestone).expect(201)).body;
    expect(again).toEqual(first);
    const titles = first.milestones.map((m: { title: string }) => m.title);
    expect(titles.filter((t: string) => t === 'Companies briefed')).toHaveLength(1);
    expect((await auditOf(pilot.id)).filter((a: string) => a.startsWith('pilot.milestone-planned'))).toHaveLength(1);
    // Another milestone is planned beside it.
    const other = (
      await post(`/v1/pilots/${pilot.id}/milestones`, { ...milestone, title: 'Companies trained' }).expect(201)
    ).body;
    expect(other.milestones).toHaveLength(5);

    // The edits are published.
    const { code: _c, objectives: _o, workstreams: _w, milestones: _m, ...frame } = pilotBody('x');
    await service.http
      .patch(`/v1/pilots/${pilot.id}`)
      .set('Authorization', policyUnit)
      .send({ ...frame, maxCompanies: 8, version: other.version })
      .expect(200);
    const objectives = [{ text: 'Certify within 60 days', kpiCode: 'certification-time-median', target: 60 }];
    await service.http
      .put(`/v1/pilots/${pilot.id}/objectives`)
      .set('Authorization', policyUnit)
      .send({ objectives })
      .expect(200);
    await service.http
      .put(`/v1/pilots/${pilot.id}/workstreams`)
      .set('Authorization', policyUnit)
      .send({ workstreams: [{ kind: 'training', description: 'Two sessions' }] })
      .expect(200);
    const [updated] = await events.waitForCount(1, 120_000, ofPilot(pilot.id, 'aeo.programme-pilot.updated.v1'));
    expect(JSON.parse(updated!.message.value!.toString())).toMatchObject({ maxCompanies: 8, by: 'policy.unit.oyun' });
    const [replaced] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilot.id, 'aeo.programme-pilot.objectives-replaced.v1'),
    );
    expect(JSON.parse(replaced!.message.value!.toString()).objectives).toEqual(objectives);
    const [streams] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilot.id, 'aeo.programme-pilot.workstreams-replaced.v1'),
    );
    expect(JSON.parse(streams!.message.value!.toString()).workstreams).toEqual([
      { kind: 'training', description: 'Two sessions', mraArrangementId: null },
    ]);

    // Its workflow records nothing for a pilot that was never started.
    const activities = service.app.get(PilotsActivities);
    await expect(
      activities.recordPilotStep({ step: 'start', pilotId: pilot.id, by: 'system', byRoles: [] }),
    ).rejects.toMatchObject({ type: 'IllegalTransition' });
    expect((await get(`/v1/pilots/${pilot.id}`).expect(200)).body.status).toBe('planned');

    // Launched, but its workflow never started (Temporal was down at the start request): the sweep starts it.
    await service.dataSource.query(
      `UPDATE pilots SET launched_at = now(), launched_by = 'policy.unit.oyun' WHERE id = $1`,
      [pilot.id],
    );
    expect(await service.app.get(PilotsService).startLaunched()).toBe(1);
    await untilPilot(pilot.id, (p) => p.status === 'running', 'the launched pilot running');
    await events.waitForCount(1, 120_000, ofPilot(pilot.id, 'aeo.programme-pilot.started.v1'));
    // Nothing is left to start: the sweep at the next boot starts nothing again.
    expect(await service.app.get(PilotsService).startLaunched()).toBe(0);
  });
});
