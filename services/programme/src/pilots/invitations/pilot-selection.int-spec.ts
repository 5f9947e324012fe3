import { randomBytes, randomInt } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  bearer,
  type CollectedMessage,
  createTestDatabase,
  linkOperatorUsers,
  type RunningProcess,
  startServiceProcess,
  type TestDatabase,
  waitFor,
} from '@aeo/testing';
import { type PilotServers, usePilotServers } from '../core/testing/pilot-servers';

jest.setTimeout(600_000);

/**
 * Selection and invitations against the real servers: the risk-management service as a process
 * (its ranking activity on aeo-risk-management, its own database with this test's traders), the
 * programme service in-process (API, activities on aeo-programme, outbox relay to Kafka), the
 * orchestrating worker in a Temporal namespace of the test's own (`usePilotServers`). The shortlist goes through the
 * workflow (risk activity, then the record here); candidates answer as operator users of their
 * company. Expiry is the time-skipping spec's (it takes days).
 */
describe('pilot selection and invitations (real PostgreSQL, Temporal, Kafka)', () => {
  const servers = usePilotServers('pilot-selection');
  const run = randomBytes(3).toString('hex').toUpperCase();
  let riskDatabase: TestDatabase;
  let risk: RunningProcess;
  let service: ServiceUnderTest;
  let events: PilotServers['events'];

  const base = randomInt(1_000_000, 8_000_000);
  // Volumes far above any other traffic, so these traders lead the ranking in this order.
  const [first, second, third, fourth, infringer] = [0, 1, 2, 3, 4].map((i) => String(base + i));
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  const companyUser = (taxpayerId: string) =>
    bearer({ sub: `user-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId });

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const get = (path: string, token = policyUnit) => service.http.get(path).set('Authorization', token);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(path).set('Authorization', token).send(body);
  const put = (path: string, body: object, token = policyUnit) =>
    service.http.put(path).set('Authorization', token).send(body);
  const ofPilot = (id: string, type: string) => (m: CollectedMessage) =>
    m.headers['ce_type'] === type && m.headers['ce_subject'] === id;
  const dataOf = (m: CollectedMessage) => JSON.parse(m.message.value!.toString()) as Record<string, unknown>;
  const draftProgramme = {
    eligibilityCriteria: { mn: 'Шалгуур', en: 'Compliance record, accounting, security and solvency' },
    benefits: { mn: 'Давуу тал', en: 'Fewer controls, priority treatment, a contact officer' },
    validationProcess: { mn: 'Баталгаажуулалт', en: 'Desk review, then a site visit within 60 days' },
    programmeVersion: 1,
  };
  const untilInvitation = (pilotId: string, taxpayerId: string, reached: (v: Record<string, any>) => boolean) =>
    waitFor(
      `invitation of ${taxpayerId}`,
      async () => {
        const view = (await get(`/v1/pilots/${pilotId}/invitations/${taxpayerId}`).expect(200)).body;
        return reached(view) ? view : undefined;
      },
      120_000,
      250,
    );

  beforeAll(async () => {
    ({ service, events } = servers);
    // Each candidate's user, linked to its company as the applications service announces it.
    await linkOperatorUsers(
      service,
      ...[first, second, third, fourth].map((taxpayerId) => ({ sub: `user-${taxpayerId}`, taxpayerId })),
    );
    riskDatabase = await createTestDatabase('pilot_selection_risk');
    risk = await startServiceProcess('risk-management', {
      databaseUrl: riskDatabase.url,
      env: { TEMPORAL_NAMESPACE: servers.namespace },
    });
    const riskDb = new PgClient({ connectionString: riskDatabase.url });
    await riskDb.connect();
    try {
      const rows: [string, number][] = [
        [first, 9e7],
        [second, 8e7],
        [third, 7e7],
        [fourth, 6e7],
        [infringer, 9.9e7],
      ];
      for (const [taxpayerId, declarations] of rows)
        await riskDb.query(
          `INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties) VALUES ($1, current_date - 5, $2, $3, $4)`,
          [taxpayerId, declarations, declarations * 1e7, declarations * 1e6],
        );
      await riskDb.query(
        `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description) VALUES ($1, $2, 'infringement', 'serious', now() - interval '30 days', 'test', 'Undervaluation')`,
        [`cmp-${base}`, infringer],
      );
    } finally {
      await riskDb.end();
    }
  });

  afterAll(async () => {
    await risk?.stop();
    await riskDatabase?.drop();
  });

  let pilotId: string;

  it('takes a shortlist from the risk engine through the workflow, with the weights, window and exclusions recorded', async () => {
    const created = await post('/v1/pilots', {
      code: `PS-${run}`,
      title: `Selection pilot ${run}`,
      description: 'Two companies',
      startsOn: day(30),
      endsOn: day(200),
      maxCompanies: 2,
      objectives: [
        { text: 'Certify pilot companies within 90 days', kpiCode: 'certification-time-median', target: 90 },
      ],
      workstreams: [{ kind: 'companies' }],
      milestones: [{ title: 'Companies chosen', workstream: 'companies', dueOn: day(60), owner: 'policy.unit.oyun' }],
    }).expect(201);
    pilotId = created.body.id;

    await post(`/v1/pilots/${pilotId}/shortlists`, {}, office).expect(403);
    const zero = await post(`/v1/pilots/${pilotId}/shortlists`, {
      weights: { volume: 0, value: 0, revenue: 0 },
    }).expect(400);
    expect(zero.body.message).toMatch(/weights/);
    const badWindow = await post(`/v1/pilots/${pilotId}/shortlists`, { windowDays: 0 }).expect(400);
    expect(badWindow.body.message).toMatch(/^windowDays/);
    await post(`/v1/pilots/00000000-0000-4000-8000-000000000000/shortlists`, {}).expect(404);

    const shortlist = (
      await post(`/v1/pilots/${pilotId}/shortlists`, {
        limit: 4,
        windowDays: 30,
        exclusionYears: 2,
        weights: { volume: 1, value: 0, revenue: 0 },
      }).expect(201)
    ).body;
    expect(shortlist).toMatchObject({
      pilotId,
      sequence: 1,
      workflowId: `pilot-shortlist-${pilotId}-1`,
      request: { limit: 4, windowDays: 30, exclusionYears: 2, weights: { volume: 1, value: 0, revenue: 0 } },
      takenBy: 'policy.unit.oyun',
    });
    expect(shortlist.candidates.map((c: { taxpayerId: string }) => c.taxpayerId)).toEqual([
      first,
      second,
      third,
      fourth,
    ]);
    expect(shortlist.excluded).toContainEqual({
      taxpayerId: infringer,
      reason: '1 serious or critical infringement(s) in the exclusion window',
    });
    const [published] = await events.waitForCount(1, 120_000, ofPilot(pilotId, 'aeo.programme.pilot.shortlisted.v1'));
    expect(dataOf(published)).toMatchObject({
      sequence: 1,
      windowDays: 30,
      exclusionYears: 2,
      excluded: shortlist.excluded.length,
    });
  });

  it('chooses candidates with reasons up to the pilot’s maximum, once terms are set, and invites each with the draft programme', async () => {
    const choice = (taxpayerId: string, extra: object = {}) => ({
      taxpayerId,
      reason: `Rank in volume; ${taxpayerId}`,
      region: 'DARKHAN',
      ...extra,
    });
    const noTerms = await post(`/v1/pilots/${pilotId}/participants`, choice(first)).expect(409);
    expect(noTerms.body.message).toMatch(/selection terms/);
    const badTerms = await put(`/v1/pilots/${pilotId}/selection-terms`, {
      draftProgramme: { ...draftProgramme, benefits: { mn: 'x' } },
    }).expect(400);
    expect(badTerms.body.message).toMatch(/^draftProgramme\.benefits\.en/);
    await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme }, office).expect(403);
    const terms = (await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme }).expect(200)).body;
    expect(terms).toMatchObject({ answerDays: 14, replacement: 'confirm', updatedBy: 'policy.unit.oyun' });

    const missingReason = await post(`/v1/pilots/${pilotId}/participants`, { ...choice(first), reason: '' }).expect(
      400,
    );
    expect(missingReason.body.message).toMatch(/^reason/);
    const notListed = await post(`/v1/pilots/${pilotId}/participants`, choice(infringer)).expect(400);
    expect(notListed.body.message).toMatch(/^taxpayerId/);

    const chosen = (await post(`/v1/pilots/${pilotId}/participants`, choice(first)).expect(201)).body;
    expect(chosen).toMatchObject({ taxpayerId: first, rank: 1, chosenBy: 'policy.unit.oyun', region: 'DARKHAN' });
    // A repeat of the same request answers as the first time.
    expect((await post(`/v1/pilots/${pilotId}/participants`, choice(first)).expect(201)).body.chosenAt).toBe(
      chosen.chosenAt,
    );
    await post(`/v1/pilots/${pilotId}/participants`, choice(second)).expect(201);
    const full = await post(`/v1/pilots/${pilotId}/participants`, choice(third)).expect(409);
    expect(full.body.message).toMatch(/^max_companies: .* at most 2/);

    const invited = await untilInvitation(pilotId, first, (view) => view.stage === 'invited');
    expect(invited.draftProgramme).toEqual(draftProgramme);
    expect(Date.parse(invited.answerDueAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);
    const [sent] = await events.waitForCount(
      1,
      120_000,
      (m) => ofPilot(pilotId, 'aeo.programme.pilot.invitation-sent.v1')(m) && dataOf(m)['taxpayerId'] === first,
    );
    expect(dataOf(sent)).toMatchObject({ pilotCode: `PS-${run}`, draftProgramme, region: 'DARKHAN', operatorId: null });
  });

  it('takes comments and the acceptance from the company’s own users only, and publishes the accepted participant', async () => {
    // Another company's user, and a user whose token names the company (a sign-up takes any taxpayer id)
    // without the company having linked it: both as if there were no invitation, and nothing is recorded.
    const signedUp = bearer({ sub: `signed-up-${first}`, roles: [ROLES.operatorUser], taxpayerId: first });
    for (const stranger of [signedUp, companyUser(second)]) {
      const read = await get(`/v1/pilots/${pilotId}/invitations/${first}`, stranger).expect(404);
      expect(read.body.message).toBe(`No invitation of ${first} to pilot ${pilotId}`);
      await post(`/v1/pilots/${pilotId}/invitations/${first}/comments`, { comment: 'Mine now' }, stranger).expect(404);
      await post(`/v1/pilots/${pilotId}/invitations/${first}/acceptance`, {}, stranger).expect(404);
      await post(`/v1/pilots/${pilotId}/invitations/${first}/decline`, { reason: 'Not us' }, stranger).expect(404);
    }
    expect((await get(`/v1/pilots/${pilotId}/invitations/${first}`).expect(200)).body).toMatchObject({
      stage: 'invited',
      history: [{ step: 'choose' }, { step: 'invite' }],
    });
    await post(`/v1/pilots/${pilotId}/invitations/${first}/acceptance`, {}).expect(403);
    const blank = await post(
      `/v1/pilots/${pilotId}/invitations/${first}/comments`,
      { comment: ' ' },
      companyUser(first),
    ).expect(400);
    expect(blank.body.message).toMatch(/^comment/);
    await post(
      `/v1/pilots/${pilotId}/invitations/${first}/comments`,
      { comment: 'Is the site visit shortened for pilot companies?' },
      companyUser(first),
    ).expect(200);
    const accepted = (
      await post(`/v1/pilots/${pilotId}/invitations/${first}/acceptance`, {}, companyUser(first)).expect(200)
    ).body;
    expect(accepted).toMatchObject({ stage: 'accepted', answeredBy: `user-${first}` });
    expect(accepted.history.map((r: { step: string }) => r.step)).toEqual(['choose', 'invite', 'comment', 'accept']);
    // The company reads its invitation without the selection or the customs staff who acted (read and
    // its own steps' answers alike); its own users' steps keep who took them. Customs reads it whole.
    const companyView = {
      shortlistId: null,
      rank: null,
      chosenReason: null,
      chosenBy: null,
      replacing: null,
      replacedBy: null,
      history: [
        { step: 'choose', details: {}, by: null },
        { step: 'invite', by: null },
        { step: 'comment', by: `user-${first}` },
        { step: 'accept', by: `user-${first}` },
      ],
    };
    expect(accepted).toMatchObject(companyView);
    const read = await get(`/v1/pilots/${pilotId}/invitations/${first}`, companyUser(first)).expect(200);
    expect(read.body).toMatchObject({ ...companyView, stage: 'accepted', answeredBy: `user-${first}` });
    expect(JSON.stringify(read.body)).not.toMatch(/policy\.unit\.oyun|Rank in volume/);
    const staffRead = (await get(`/v1/pilots/${pilotId}/invitations/${first}`).expect(200)).body;
    expect(staffRead).toMatchObject({
      rank: 1,
      chosenBy: 'policy.unit.oyun',
      chosenReason: `Rank in volume; ${first}`,
      shortlistId: expect.any(String),
      history: [
        { step: 'choose', details: { rank: 1, reason: `Rank in volume; ${first}` }, by: 'policy.unit.oyun' },
        { step: 'invite', by: 'system' },
        { step: 'comment' },
        { step: 'accept' },
      ],
    });
    const again = await post(
      `/v1/pilots/${pilotId}/invitations/${first}/decline`,
      { reason: 'changed our mind' },
      companyUser(first),
    ).expect(409);
    expect(again.body.message).toMatch(/has ended; nothing was changed/);

    const [acceptance] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.participant-accepted.v1'),
    );
    const data = dataOf(acceptance);
    expect(Object.keys(data).sort()).toEqual(['acceptedAt', 'operatorId', 'pilotId', 'region', 'taxpayerId']);
    expect(data).toMatchObject({ pilotId, taxpayerId: first, operatorId: null, region: 'DARKHAN' });
  });

  it('on a decline proposes the next shortlisted candidate, whom the policy unit chooses as replacement', async () => {
    await untilInvitation(pilotId, second, (view) => view.stage === 'invited');
    await post(
      `/v1/pilots/${pilotId}/invitations/${second}/decline`,
      { reason: 'Our customs department is being reorganised.' },
      companyUser(second),
    ).expect(200);
    const [proposal] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.replacement-proposed.v1'),
    );
    expect(dataOf(proposal)).toMatchObject({
      replacing: second,
      ending: 'declined',
      automatic: false,
      proposed: { taxpayerId: third, rank: 3 },
    });
    const replacement = (
      await post(`/v1/pilots/${pilotId}/participants`, {
        taxpayerId: third,
        reason: 'Replaces the declined candidate',
        region: 'DARKHAN',
        replacing: second,
      }).expect(201)
    ).body;
    expect(replacement).toMatchObject({ taxpayerId: third, replacing: second, stage: 'chosen' });
    await untilInvitation(pilotId, third, (view) => view.stage === 'invited');
    // The replacement does not learn which company declined before it, nor the choice's reason.
    const replacementView = (await get(`/v1/pilots/${pilotId}/invitations/${third}`, companyUser(third)).expect(200))
      .body;
    expect(replacementView).toMatchObject({ stage: 'invited', replacing: null, chosenReason: null, rank: null });
    expect(replacementView.history[0]).toEqual(expect.objectContaining({ step: 'choose', details: {}, by: null }));
    expect(JSON.stringify(replacementView)).not.toContain(second);

    const list = (await get(`/v1/pilots/${pilotId}/participants`).expect(200)).body;
    expect(list.participants.map((p: { taxpayerId: string; stage: string }) => [p.taxpayerId, p.stage])).toEqual([
      [first, 'accepted'],
      [second, 'replaced'],
      [third, 'invited'],
    ]);
    expect(list.participants[1]).toMatchObject({
      reason: 'Our customs department is being reorganised.',
      replacedBy: third,
    });
    expect(list.shortlisted.map((c: { taxpayerId: string }) => c.taxpayerId)).toEqual([fourth]);
    const regional = (await get(`/v1/pilots/${pilotId}/participants`, office).expect(200)).body;
    expect(regional.participants).toHaveLength(3);
    await get(`/v1/pilots/${pilotId}/participants?region=ULAANBAATAR`, office).expect(403);
    // An invitation of another region: outside the office's scope (403), as its contact officer and training.
    await get(`/v1/pilots/${pilotId}/invitations/${third}`, office).expect(200);
    const elsewhere = bearer({ sub: 'ro-2', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' });
    const outside = await get(`/v1/pilots/${pilotId}/invitations/${third}`, elsewhere).expect(403);
    expect(outside.body.message).toBe('Region DARKHAN is outside your scope (ULAANBAATAR)');

    const audit = await service.dataSource.query(
      `SELECT action, actor_sub FROM audit_log WHERE entity_id LIKE $1 ORDER BY id`,
      [`${pilotId}:%`],
    );
    expect(audit.map((row: { action: string; actor_sub: string }) => `${row.action} ${row.actor_sub}`)).toEqual(
      expect.arrayContaining([
        'pilot.candidate-chosen policy.unit.oyun',
        'pilot-invitation.invite system',
        `pilot-invitation.comment user-${first}`,
        `pilot-invitation.accept user-${first}`,
        `pilot-invitation.decline user-${second}`,
      ]),
    );
  });

  it('withdraws a company that accepted (a place becomes free) and refuses a second withdrawal', async () => {
    await post(`/v1/pilots/${pilotId}/invitations/${first}/withdrawal`, { reason: 'x' }, companyUser(first)).expect(
      403,
    );
    const withdrawn = (
      await post(`/v1/pilots/${pilotId}/invitations/${first}/withdrawal`, {
        reason: 'The company is under investigation',
      }).expect(200)
    ).body;
    expect(withdrawn).toMatchObject({ stage: 'withdrawn', reason: 'The company is under investigation' });
    expect(withdrawn.history.map((r: { step: string }) => r.step)).toEqual([
      'choose',
      'invite',
      'comment',
      'accept',
      'withdraw',
    ]);
    await post(`/v1/pilots/${pilotId}/invitations/${first}/withdrawal`, { reason: 'Another reason' }).expect(409);
    // The company reads why it was withdrawn, not by whom.
    const told = (await get(`/v1/pilots/${pilotId}/invitations/${first}`, companyUser(first)).expect(200)).body;
    expect(told).toMatchObject({ stage: 'withdrawn', reason: 'The company is under investigation', answeredBy: null });
    expect(told.history[4]).toMatchObject({ step: 'withdraw', by: null });
    expect(JSON.stringify(told)).not.toContain('policy.unit.oyun');
    expect(withdrawn).toMatchObject({
      answeredBy: 'policy.unit.oyun',
      history: expect.arrayContaining([expect.objectContaining({ step: 'withdraw', by: 'policy.unit.oyun' })]),
    });
    const [event] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.participant-withdrawn.v1'),
    );
    expect(dataOf(event)).toMatchObject({ taxpayerId: first, by: 'policy.unit.oyun', region: 'DARKHAN' });
    await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: fourth,
      reason: 'A place is free again',
      region: 'DARKHAN',
    }).expect(201);
  });

  it('with automatic replacements, chooses and invites the next shortlisted candidate at once after a decline', async () => {
    const other = (
      await post('/v1/pilots', {
        code: `PS-${run}-AUTO`,
        title: `Automatic pilot ${run}`,
        description: 'One company',
        startsOn: day(30),
        endsOn: day(200),
        maxCompanies: 1,
        objectives: [{ text: 'Certify within 90 days', kpiCode: 'certification-time-median', target: 90 }],
        workstreams: [{ kind: 'companies' }],
        milestones: [{ title: 'Chosen', workstream: 'companies', dueOn: day(60), owner: 'policy.unit.oyun' }],
      }).expect(201)
    ).body.id;
    await put(`/v1/pilots/${other}/selection-terms`, {
      draftProgramme,
      replacement: 'automatic',
      answerDays: 7,
    }).expect(200);
    await post(`/v1/pilots/${other}/shortlists`, { limit: 3, weights: { volume: 1, value: 0, revenue: 0 } }).expect(
      201,
    );
    await post(`/v1/pilots/${other}/participants`, {
      taxpayerId: first,
      reason: 'First by volume',
      region: 'DARKHAN',
    }).expect(201);
    const invited = await untilInvitation(other, first, (view) => view.stage === 'invited');
    expect(Date.parse(invited.answerDueAt) - Date.now()).toBeLessThan(8 * 86_400_000);
    await post(
      `/v1/pilots/${other}/invitations/${first}/decline`,
      { reason: 'Not this year' },
      companyUser(first),
    ).expect(200);
    const replacement = await untilInvitation(other, second, (view) => view.stage === 'invited');
    expect(replacement).toMatchObject({ replacing: first, chosenBy: 'system', region: 'DARKHAN' });
    expect(
      (await get(`/v1/pilots/${other}/invitations/${second}`, companyUser(second)).expect(200)).body,
    ).toMatchObject({ stage: 'invited', replacing: null, chosenBy: null });
    const [proposal] = await events.waitForCount(
      1,
      120_000,
      ofPilot(other, 'aeo.programme.pilot.replacement-proposed.v1'),
    );
    expect(dataOf(proposal)).toMatchObject({
      replacing: first,
      automatic: true,
      proposed: { taxpayerId: second, rank: 2 },
    });
    const stages = (await get(`/v1/pilots/${other}/participants`).expect(200)).body.participants;
    expect(stages.map((p: { taxpayerId: string; stage: string }) => [p.taxpayerId, p.stage])).toEqual([
      [first, 'replaced'],
      [second, 'invited'],
    ]);
  });
});
