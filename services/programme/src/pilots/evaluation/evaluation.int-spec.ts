import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, linkOperatorUsers, waitFor } from '@aeo/testing';
import { startProgramme } from '../../testing/start-programme';

jest.setTimeout(300_000);

/**
 * A pilot's evaluation through the API, the programme service in-process on its own database
 * with the real PostgreSQL and Kafka (the outbox relay publishes on the pilot topic). The pilots
 * and their milestones are created through the pilots API; the accepted companies are written into
 * the test's database as the selection leaves them.
 */
describe('pilot evaluation (real PostgreSQL and Kafka, through the API)', () => {
  let service: ServiceUnderTest;
  let pilotId: string;
  let milestoneId: string;
  let otherMilestoneId: string;
  /** The second pilot: cancelled with questionnaires open. */
  let cancelledPilotId: string;
  const COMPANY_A = `5${randomUUID().slice(0, 6)}`;
  const COMPANY_B = `6${randomUUID().slice(0, 6)}`;
  const DECLINED = `7${randomUUID().slice(0, 6)}`;

  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' });
  const validator = bearer({ sub: 'validator-1', roles: [ROLES.validator], region: 'DARKHAN' });
  const officer = bearer({ sub: 'officer-1', roles: [ROLES.contactOfficer], region: 'DARKHAN' });
  /** A contact officer of the region who is in charge of none of the pilot's companies. */
  const otherOfficer = bearer({ sub: 'officer-2', roles: [ROLES.contactOfficer], region: 'DARKHAN' });
  const userOf = (taxpayerId: string, sub = `user-${taxpayerId}`) =>
    bearer({ sub, roles: [ROLES.operatorUser], taxpayerId });

  let base: string;
  const get = (path: string, token = policyUnit) => service.http.get(`${base}${path}`).set('Authorization', token);
  const post = (path: string, body: object, token = policyUnit) =>
    service.http.post(`${base}${path}`).set('Authorization', token).send(body);
  const query = (sql: string, parameters: unknown[] = []) => service.dataSource.query(sql, parameters);
  const eventsOf = async (type: string): Promise<Record<string, unknown>[]> =>
    (await query(`SELECT payload FROM outbox WHERE type = $1 ORDER BY seq`, [type])).map(
      (row: { payload: Record<string, unknown> }) => row.payload,
    );
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  const QUESTIONS = [
    { kind: 'scale', text: { mn: 'Үйл явц хэр ойлгомжтой байсан бэ?', en: 'How clear was the process?' } },
    { kind: 'yes-no', text: { mn: 'Дахин оролцох уу?', en: 'Would you take part again?' } },
    { kind: 'text', text: { mn: 'Юуг өөрчлөх вэ?', en: 'What should change?' }, required: false },
  ];

  beforeAll(async () => {
    service = await startProgramme([], {}, { ownTopics: true });
    // The companies' users, linked to them as the applications service announces it.
    await linkOperatorUsers(
      service,
      { sub: `user-${COMPANY_A}`, taxpayerId: COMPANY_A },
      { sub: 'colleague', taxpayerId: COMPANY_A },
      { sub: `user-${COMPANY_B}`, taxpayerId: COMPANY_B },
      { sub: 'another', taxpayerId: COMPANY_B },
      { sub: `user-${DECLINED}`, taxpayerId: DECLINED },
    );
    // The pilots and their milestones through the pilots API.
    const created: { id: string; milestones: { id: string }[] }[] = [];
    for (const code of [
      `EVAL-${randomUUID().slice(0, 8).toUpperCase()}`,
      `EVAL-${randomUUID().slice(0, 8).toUpperCase()}`,
    ])
      created.push(
        (
          await service.http
            .post('/v1/pilots')
            .set('Authorization', policyUnit)
            .send({
              code,
              title: 'Evaluation pilot',
              startsOn: '2027-01-01',
              endsOn: '2027-12-31',
              maxCompanies: 5,
              milestones: [
                { title: 'Evaluation done', workstream: 'evaluation', dueOn: '2027-11-30', owner: 'policy.unit.oyun' },
              ],
            })
            .expect(201)
        ).body,
      );
    pilotId = created[0]!.id;
    cancelledPilotId = created[1]!.id;
    [milestoneId, otherMilestoneId] = created.map((pilot) => pilot.milestones[0]!.id) as [string, string];
    base = `/v1/pilots/${pilotId}`;
    // The accepted companies as the selection leaves them (its invitations run through the risk
    // engine's ranking and a workflow each: another feature's test).
    const shortlistId = randomUUID();
    await query(
      `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
       VALUES ($1, $2, 1, 'test', '{}', '[]', 3, 'policy.unit.oyun', now())`,
      [shortlistId, pilotId],
    );
    for (const [rank, taxpayerId, stage] of [
      [1, COMPANY_A, 'accepted'],
      [2, COMPANY_B, 'accepted'],
      [3, DECLINED, 'declined'],
    ] as const)
      await query(
        `INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at, updated_at)
         VALUES ($1, $2, $3, 'DARKHAN', $4, $5, $6, 'volume', 'policy.unit.oyun', now(), now())`,
        [pilotId, taxpayerId, stage, rank === 1 ? randomUUID() : null, shortlistId, rank],
      );
    // officer-1 is COMPANY_A's contact officer (pilots/contact-officers), the declined company's before it declined.
    for (const taxpayerId of [COMPANY_A, DECLINED])
      await query(
        `INSERT INTO pilot_contact_officers (pilot_id, taxpayer_id, sequence, region, officer_sub, assigned_by, reason)
         VALUES ($1, $2, 1, 'DARKHAN', $3, 'policy.unit.oyun', 'test')`,
        [pilotId, taxpayerId, taxpayerId === COMPANY_A ? 'officer-1' : 'officer-2'],
      );
  });

  afterAll(async () => {
    await service?.close();
  });

  let external: { id: string; questions: { questionId: string }[] };
  let internal: { id: string };

  it('drafts a questionnaire from the policy unit only, naming a refused field', async () => {
    await post(
      '/questionnaires',
      { audience: 'external', title: { mn: 'Судалгаа', en: 'Survey' }, questions: QUESTIONS },
      office,
    ).expect(403);
    const refused = await post('/questionnaires', {
      audience: 'external',
      title: { mn: 'Судалгаа', en: 'Survey' },
      questions: [{ kind: 'stars', text: { mn: 'a', en: 'b' } }],
    }).expect(400);
    expect(refused.body.message).toContain('questions.0.kind');
    await service.http
      .post(`/v1/pilots/${randomUUID()}/questionnaires`)
      .set('Authorization', policyUnit)
      .send({ audience: 'external', title: { mn: 'a', en: 'b' }, questions: QUESTIONS })
      .expect(404);

    external = (
      await post('/questionnaires', {
        audience: 'external',
        title: { mn: 'Туршилтын компаниудын судалгаа', en: 'Pilot companies’ survey' },
        questions: QUESTIONS,
      }).expect(201)
    ).body;
    expect(external).toMatchObject({ pilotId, audience: 'external', status: 'draft', closesAt: null, responses: 0 });
    expect(external.questions.map((q) => q.questionId)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(await eventsOf('aeo.programme-pilot-evaluation.questionnaire-created.v1')).toEqual([
      expect.objectContaining({ questionnaireId: external.id, audience: 'external', questions: 3 }),
    ]);
  });

  it('keeps a draft from respondents: not listed, no answers', async () => {
    expect((await get('/questionnaires', userOf(COMPANY_A)).expect(200)).body).toEqual([]);
    await get(`/questionnaires/${external.id}`, userOf(COMPANY_A)).expect(404);
    await post(
      `/questionnaires/${external.id}/responses`,
      { answers: [{ questionId: 'Q1', scale: 4 }] },
      userOf(COMPANY_A),
    ).expect(409);
  });

  it('opens it until its closing time and asks each accepted company once, the same request again answering as before', async () => {
    const past = await post(`/questionnaires/${external.id}/opening`, { closesAt: inHours(-1) }).expect(400);
    expect(past.body.message).toContain('closesAt');
    // The pilot ends with 2027-12-31: its questionnaires close within 60 days of that (2028-03-01T00:00Z).
    const afterGrace = await post(`/questionnaires/${external.id}/opening`, { closesAt: '2028-03-01T00:00:01Z' });
    expect(afterGrace.status).toBe(400);
    expect(afterGrace.body.issues).toEqual([
      'closesAt: must not be later than 60 days after the pilot ends (2028-03-01T00:00:00.000Z)',
    ]);
    await post(`/questionnaires/${external.id}/opening`, { closesAt: inHours(48) }, executive).expect(403);
    const closesAt = inHours(48);
    const opened = (await post(`/questionnaires/${external.id}/opening`, { closesAt }).expect(200)).body;
    expect(opened).toMatchObject({ status: 'open', closesAt, openedBy: 'policy.unit.oyun' });
    expect((await post(`/questionnaires/${external.id}/opening`, { closesAt }).expect(200)).body).toEqual(opened);
    await post(`/questionnaires/${external.id}/opening`, { closesAt: inHours(72) }).expect(409);

    expect(await eventsOf('aeo.programme-pilot-evaluation.questionnaire-opened.v1')).toHaveLength(1);
    const requested = await eventsOf('aeo.programme-pilot-evaluation.response-requested.v1');
    expect(requested.map((e) => e['taxpayerId']).sort()).toEqual([COMPANY_A, COMPANY_B].sort());
    expect(requested[0]).toMatchObject({ questionnaireId: external.id, region: 'DARKHAN', closesAt });
    expect((await get('/questionnaires', userOf(COMPANY_A)).expect(200)).body.map((q: { id: string }) => q.id)).toEqual(
      [external.id],
    );
    // Another company's users (one that declined, one never in the pilot) see nothing of it.
    await get('/questionnaires', userOf(DECLINED)).expect(403);
    await get(`/questionnaires/${external.id}`, userOf(DECLINED)).expect(403);
    await get(`/questionnaires/${external.id}`, userOf('9999999')).expect(403);
  });

  it('takes one response per company, from its users only, with every required question', async () => {
    const missing = await post(
      `/questionnaires/${external.id}/responses`,
      { answers: [{ questionId: 'Q1', scale: 4 }] },
      userOf(COMPANY_A),
    ).expect(400);
    expect(missing.body.message).toContain('answers: Q2 is required');
    const wrongKind = await post(
      `/questionnaires/${external.id}/responses`,
      {
        answers: [
          { questionId: 'Q1', yesNo: true },
          { questionId: 'Q2', yesNo: true },
        ],
      },
      userOf(COMPANY_A),
    ).expect(400);
    expect(wrongKind.body.message).toContain('answers.0.scale');
    const twoValues = await post(
      `/questionnaires/${external.id}/responses`,
      { answers: [{ questionId: 'Q1', scale: 6 }] },
      userOf(COMPANY_A),
    ).expect(400);
    expect(twoValues.body.message).toContain('answers.0.scale');

    const body = {
      answers: [
        { questionId: 'Q1', scale: 4 },
        { questionId: 'Q2', yesNo: true },
        { questionId: 'Q3', text: 'Shorter forms, please' },
      ],
    };
    const first = (await post(`/questionnaires/${external.id}/responses`, body, userOf(COMPANY_A)).expect(201)).body;
    expect(first).toMatchObject({ respondent: COMPANY_A, answeredBy: `user-${COMPANY_A}`, answers: body.answers });
    expect((await post(`/questionnaires/${external.id}/responses`, body, userOf(COMPANY_A)).expect(201)).body).toEqual(
      first,
    );
    const colleague = await post(
      `/questionnaires/${external.id}/responses`,
      body,
      userOf(COMPANY_A, 'colleague'),
    ).expect(409);
    expect(colleague.body.message).toContain(`user-${COMPANY_A}`);
    await post(`/questionnaires/${external.id}/responses`, body, userOf(DECLINED)).expect(403);
    // A sign-up naming company A's taxpayer id, never linked to it, is not the company.
    await post(`/questionnaires/${external.id}/responses`, body, userOf(COMPANY_A, 'signed-up')).expect(403);
    await get('/questionnaires', userOf(COMPANY_A, 'signed-up')).expect(403);
    await post(`/questionnaires/${external.id}/responses`, body, validator).expect(403);
    expect(
      (await get(`/questionnaires/${external.id}/responses/mine`, userOf(COMPANY_A, 'colleague')).expect(200)).body,
    ).toMatchObject({
      responseId: first.responseId,
    });
    await get(`/questionnaires/${external.id}/responses/mine`, userOf(COMPANY_B)).expect(404);
    await post(
      `/questionnaires/${external.id}/responses`,
      {
        answers: [
          { questionId: 'Q1', scale: 2 },
          { questionId: 'Q2', yesNo: false },
        ],
      },
      userOf(COMPANY_B),
    ).expect(201);
    expect(await eventsOf('aeo.programme-pilot-evaluation.questionnaire-answered.v1')).toHaveLength(2);
  });

  it('takes internal answers from the contact officers of the pilot’s companies and the national staff, each as themselves', async () => {
    internal = (
      await post('/questionnaires', {
        audience: 'internal',
        title: { mn: 'Гаалийн ажилтнуудын судалгаа', en: 'Customs staff survey' },
        questions: QUESTIONS.slice(0, 2),
      }).expect(201)
    ).body;
    await post(`/questionnaires/${internal.id}/opening`, { closesAt: inHours(24) }).expect(200);
    // Customs staff are asked once, by the questionnaire opened (to the pilot's contact officers, the
    // policy unit and executives): not once per pilot company.
    const requested = await eventsOf('aeo.programme-pilot-evaluation.response-requested.v1');
    expect(requested.filter((event) => event['questionnaireId'] === internal.id)).toEqual([]);
    expect(
      (await eventsOf('aeo.programme-pilot-evaluation.questionnaire-opened.v1')).filter(
        (event) => event['questionnaireId'] === internal.id,
      ),
    ).toEqual([expect.objectContaining({ audience: 'internal' })]);
    const answers = (scale: number, yesNo: boolean) => ({
      answers: [
        { questionId: 'Q1', scale },
        { questionId: 'Q2', yesNo },
      ],
    });
    await post(`/questionnaires/${internal.id}/responses`, answers(5, true), executive).expect(201);
    await post(`/questionnaires/${internal.id}/responses`, answers(3, true), officer).expect(201);
    await post(`/questionnaires/${internal.id}/responses`, answers(3, false), executive).expect(409);
    await post(`/questionnaires/${internal.id}/responses`, answers(3, true), userOf(COMPANY_A)).expect(403);
    // Staff who are not the pilot's: a validator, an officer of none of its companies (nor of one that declined).
    await post(`/questionnaires/${internal.id}/responses`, answers(3, true), validator).expect(403);
    const outsider = await post(`/questionnaires/${internal.id}/responses`, answers(3, true), otherOfficer).expect(403);
    expect(outsider.body.message).toContain('contact officers of its companies');
    await get('/questionnaires', validator).expect(403);
    await get(`/questionnaires/${internal.id}`, otherOfficer).expect(403);
    // A respondent sees the opened questionnaires of its own audience only.
    expect((await get('/questionnaires', officer).expect(200)).body.map((q: { id: string }) => q.id)).toEqual([
      internal.id,
    ]);
    await get(`/questionnaires/${external.id}`, officer).expect(404);
  });

  it('aggregates the results per question and per audience', async () => {
    await get(`/questionnaires/${external.id}/results`, office).expect(403);
    const results = (await get(`/questionnaires/${external.id}/results`, executive).expect(200)).body;
    expect(results).toMatchObject({ responses: 2, status: 'open' });
    expect(results.questions).toEqual([
      expect.objectContaining({
        questionId: 'Q1',
        answered: 2,
        scale: { mean: 3, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 } },
      }),
      expect.objectContaining({ questionId: 'Q2', answered: 2, yesNo: { yes: 1, no: 1, yesShare: 0.5 } }),
      expect.objectContaining({ questionId: 'Q3', answered: 1, texts: ['Shorter forms, please'] }),
    ]);
    const evaluation = (await get('/evaluation').expect(200)).body;
    expect(evaluation.audiences.map((a: { audience: string }) => a.audience)).toEqual(['internal', 'external']);
    expect(evaluation.audiences[0]).toMatchObject({ questionnaires: 1, responses: 2, scaleMean: 4, yesShare: 1 });
    expect(evaluation.audiences[1]).toMatchObject({
      questionnaires: 1,
      responses: 2,
      scaleMean: 3,
      yesShare: 0.5,
      freeTexts: 1,
    });
  });

  it('closes a questionnaire once; then it takes no answers', async () => {
    const closed = (await post(`/questionnaires/${external.id}/closing`, { reason: 'Enough answers' }).expect(200))
      .body;
    expect(closed).toMatchObject({
      status: 'closed',
      closedBy: 'policy.unit.oyun',
      closeReason: 'Enough answers',
      responses: 2,
    });
    expect(
      (await post(`/questionnaires/${external.id}/closing`, { reason: 'Enough answers' }).expect(200)).body,
    ).toEqual(closed);
    await post(`/questionnaires/${external.id}/closing`, {}).expect(409);
    await post(
      `/questionnaires/${external.id}/responses`,
      {
        answers: [
          { questionId: 'Q1', scale: 5 },
          { questionId: 'Q2', yesNo: true },
        ],
      },
      userOf(COMPANY_B, 'another'),
    ).expect(409);
    // The companies read why it closed, not which policy unit member drafted, opened or closed it.
    const staffOnly = { createdBy: null, openedBy: null, closedBy: null };
    const read = (await get(`/questionnaires/${external.id}`, userOf(COMPANY_A)).expect(200)).body;
    expect(read).toMatchObject({ ...staffOnly, status: 'closed', closeReason: 'Enough answers', responses: 2 });
    expect(JSON.stringify(read)).not.toContain('policy.unit.oyun');
    expect((await get('/questionnaires', userOf(COMPANY_A)).expect(200)).body).toEqual([
      expect.objectContaining({ id: external.id, ...staffOnly }),
    ]);
    expect((await get(`/questionnaires/${external.id}`).expect(200)).body).toMatchObject({
      createdBy: 'policy.unit.oyun',
      openedBy: 'policy.unit.oyun',
      closedBy: 'policy.unit.oyun',
    });
    expect(await eventsOf('aeo.programme-pilot-evaluation.questionnaire-closed.v1')).toEqual([
      expect.objectContaining({ questionnaireId: external.id, responses: 2, reason: 'Enough answers' }),
    ]);
  });

  it('records lessons learnt linked to this pilot’s questions and milestones only', async () => {
    const lesson = {
      category: 'documentation',
      lesson: 'Companies found the self-assessment long',
      recommendation: 'Shorten the self-assessment before full operation',
      questionRefs: [{ questionnaireId: external.id, questionId: 'Q3' }],
      milestoneIds: [milestoneId],
    };
    const refused = await post('/lessons', {
      ...lesson,
      questionRefs: [{ questionnaireId: external.id, questionId: 'Q9' }],
      milestoneIds: [otherMilestoneId],
    }).expect(400);
    expect(refused.body.message).toContain('questionRefs.0');
    expect(refused.body.message).toContain('milestoneIds.0');
    await post('/lessons', lesson, executive).expect(403);
    const recorded = (await post('/lessons', lesson).expect(201)).body;
    expect(recorded).toMatchObject({ ...lesson, pilotId, recordedBy: 'policy.unit.oyun' });
    expect((await get('/lessons', executive).expect(200)).body).toEqual([recorded]);
    expect((await get('/evaluation').expect(200)).body.lessons).toEqual([recorded]);
    expect(await eventsOf('aeo.programme-pilot-evaluation.lesson-recorded.v1')).toEqual([
      expect.objectContaining({ lessonId: recorded.lessonId, category: 'documentation', milestoneIds: [milestoneId] }),
    ]);
  });

  it('audits every decision and publishes the events on the pilot topic', async () => {
    const audited = await query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'pilot-%' GROUP BY action ORDER BY action`,
    );
    expect(audited).toEqual([
      { action: 'pilot-lesson.recorded', n: 1 },
      { action: 'pilot-questionnaire.answered', n: 4 },
      { action: 'pilot-questionnaire.closed', n: 1 },
      { action: 'pilot-questionnaire.created', n: 2 },
      { action: 'pilot-questionnaire.opened', n: 2 },
    ]);
    await waitFor(
      'the evaluation events published',
      async () =>
        Number(
          (
            await query(
              `SELECT count(*) FROM outbox WHERE type LIKE 'aeo.programme-pilot-evaluation.%' AND sent_at IS NULL`,
            )
          )[0].count,
        ) === 0,
      60_000,
      250,
    );
    const [{ topics }] = await query(
      `SELECT array_agg(DISTINCT topic) AS topics FROM outbox WHERE type LIKE 'aeo.programme-pilot-evaluation.%'`,
    );
    expect(topics).toEqual([TOPIC_NAMES.pilotEvents]);
  });

  it('closes a cancelled pilot’s open questionnaires (reason pilot cancelled, audited and published) and takes no more answers', async () => {
    const other = `/v1/pilots/${cancelledPilotId}`;
    const draft = (audience: string) =>
      service.http
        .post(`${other}/questionnaires`)
        .set('Authorization', policyUnit)
        .send({ audience, title: { mn: 'Судалгаа', en: 'Survey' }, questions: QUESTIONS.slice(0, 2) })
        .expect(201);
    const [staff, companies, kept] = [
      (await draft('internal')).body.id as string,
      (await draft('external')).body.id as string,
      (await draft('internal')).body.id as string,
    ];
    for (const id of [staff, companies])
      await service.http
        .post(`${other}/questionnaires/${id}/opening`)
        .set('Authorization', policyUnit)
        .send({ closesAt: inHours(24) })
        .expect(200);
    await service.http
      .post(`${other}/cancellation`)
      .set('Authorization', policyUnit)
      .send({ reason: 'The companies withdrew' })
      .expect(200);

    const answers = {
      answers: [
        { questionId: 'Q1', scale: 4 },
        { questionId: 'Q2', yesNo: true },
      ],
    };
    const refused = await service.http
      .post(`${other}/questionnaires/${staff}/responses`)
      .set('Authorization', executive)
      .send(answers)
      .expect(409);
    expect(refused.body.message).toContain('is cancelled');
    const statusOf = async (id: string) =>
      (await service.http.get(`${other}/questionnaires/${id}`).set('Authorization', policyUnit).expect(200)).body;
    await waitFor(
      'the cancelled pilot’s questionnaires closed',
      async () => (await statusOf(staff)).closedAt !== null && (await statusOf(companies)).closedAt !== null,
      60_000,
      250,
    );
    for (const id of [staff, companies])
      expect(await statusOf(id)).toMatchObject({
        status: 'closed',
        closedBy: 'system:pilot-cancellation',
        closeReason: 'pilot cancelled',
      });
    expect(await statusOf(kept)).toMatchObject({ status: 'draft', closedAt: null });
    await service.http
      .post(`${other}/questionnaires/${staff}/responses`)
      .set('Authorization', policyUnit)
      .send(answers)
      .expect(409);
    const closedEvents = (await eventsOf('aeo.programme-pilot-evaluation.questionnaire-closed.v1')).filter(
      (event) => event['pilotId'] === cancelledPilotId,
    );
    expect(closedEvents.map((event) => event['questionnaireId']).sort()).toEqual([staff, companies].sort());
    expect(closedEvents[0]).toMatchObject({ reason: 'pilot cancelled', by: 'system:pilot-cancellation', responses: 0 });
    const audited = await query(
      `SELECT entity_id, reason FROM audit_log WHERE action = 'pilot-questionnaire.closed' AND actor_sub = 'system:pilot-cancellation'`,
    );
    expect(audited.map((row: { entity_id: string }) => row.entity_id).sort()).toEqual([staff, companies].sort());
    expect(audited.map((row: { reason: string }) => row.reason)).toEqual(['pilot cancelled', 'pilot cancelled']);
  });
});
