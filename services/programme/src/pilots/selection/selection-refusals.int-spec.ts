import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import { TOPIC_NAMES } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, type CollectedMessage, collectMessages, ensureTemporalNamespace, testKafka } from '@aeo/testing';
import { pilotInvitationWorkflowId } from '@aeo/workflows';
import { startProgramme } from '../../testing/start-programme';

jest.setTimeout(300_000);

/**
 * The selection's refusals and corrections through the API (the programme service in-process, its
 * own database and Temporal namespace, Kafka): regions and path taxpayer ids checked, the field
 * named in every 400, terms fixed once the pilot is past running, another company's invitation
 * 403, and the policy unit's correction of a participant's operator id. The shortlist is written
 * into the test's database (the ranking itself is the selection int-spec's).
 */
describe('pilot selection refusals and corrections (real PostgreSQL, Temporal, Kafka)', () => {
  const namespace = `programme-pilot-refusals-${randomBytes(3).toString('hex')}`;
  const run = randomBytes(3).toString('hex').toUpperCase();
  let service: ServiceUnderTest;
  const kafka = testKafka('programme-pilot-refusals-int');
  let events: Awaited<ReturnType<typeof collectMessages>>;
  const base = randomInt(1_000_000, 8_000_000);
  const [company, other] = [String(base), String(base + 1)];
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
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
  };
  const newPilot = async (suffix: string) =>
    (
      await post('/v1/pilots', {
        code: `PR-${run}-${suffix}`,
        title: `Refusals pilot ${run} ${suffix}`,
        description: 'Two companies',
        startsOn: day(30),
        endsOn: day(200),
        maxCompanies: 2,
        objectives: [{ text: 'Certify within 90 days', kpiCode: 'certification-time-median', target: 90 }],
        workstreams: [{ kind: 'companies' }],
        milestones: [{ title: 'Chosen', workstream: 'companies', dueOn: day(60), owner: 'policy.unit.oyun' }],
      }).expect(201)
    ).body.id as string;
  /** A shortlist of the two companies, as the shortlist workflow's record would write it. */
  const shortlist = async (pilotId: string) => {
    const id = randomUUID();
    await service.dataSource.query(
      `INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
       VALUES ($1, $2, 1, $3, $4::jsonb, '[]'::jsonb, 2, 'policy.unit.oyun', now())`,
      [
        id,
        pilotId,
        `pilot-shortlist-${pilotId}-1`,
        JSON.stringify({ limit: 2, windowDays: 365, exclusionYears: 3, weights: { volume: 1, value: 1, revenue: 1 } }),
      ],
    );
    for (const [rank, taxpayerId] of [company, other].entries())
      await service.dataSource.query(
        `INSERT INTO pilot_shortlist_candidates (shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons)
         VALUES ($1, $2, $3, 0.5, '{}'::jsonb, '{}'::jsonb, NULL, '[]'::jsonb)`,
        [id, rank + 1, taxpayerId],
      );
  };

  beforeAll(async () => {
    await ensureTemporalNamespace(namespace);
    process.env['TEMPORAL_NAMESPACE'] = namespace;
    service = await startProgramme([], {}, { ownTopics: true });
    events = await collectMessages(kafka, [service.topic(TOPIC_NAMES.pilotEvents)], { from: 'now' });
  });

  afterAll(async () => {
    const open = await service?.dataSource.query(`SELECT pilot_id, taxpayer_id FROM pilot_participants`);
    for (const { pilot_id, taxpayer_id } of open ?? [])
      await service.app
        .get(Client)
        .workflow.getHandle(pilotInvitationWorkflowId(pilot_id, taxpayer_id))
        .terminate('end of test')
        .catch(() => undefined);
    await events?.stop();
    await service?.close();
    delete process.env['TEMPORAL_NAMESPACE'];
  });

  it('names the field of every refused choice, checks the region, and corrects an operator id', async () => {
    const pilotId = await newPilot('A');
    await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme }).expect(200);
    const [termsSet] = await events.waitForCount(
      1,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.selection-terms-set.v1'),
    );
    expect(dataOf(termsSet)).toMatchObject({ pilotId, answerDays: 14, replacement: 'confirm', changed: false });

    // No shortlist yet: 400 naming taxpayerId, shaped as the validation pipe's.
    const none = await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: company,
      reason: 'First by volume',
      region: 'DARKHAN',
    }).expect(400);
    expect(none.body.issues).toEqual([
      `taxpayerId: ${company} is not on the pilot's latest shortlist (none taken yet)`,
    ]);

    // A taxpayer id hiding a character, or not in the programme's format: 400 naming the field, never echoed.
    const hidden = await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: `${company}\u202E`,
      reason: 'First by volume',
      region: 'DARKHAN',
    }).expect(400);
    expect(hidden.body.issues).toEqual([expect.stringMatching(/^taxpayerId: .*\(U\+202E\)$/)]);
    const replacing = await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: company,
      reason: 'First by volume',
      region: 'DARKHAN',
      replacing: 'ACME 1',
    }).expect(400);
    expect(replacing.body.issues).toEqual([expect.stringMatching(/^replacing: does not match the programme's format/)]);

    await shortlist(pilotId);
    const mars = await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: company,
      reason: 'First by volume',
      region: 'MARS',
    }).expect(400);
    expect(mars.body.message).toMatch(/^region: MARS is not a customs region/);

    const chosen = await post(`/v1/pilots/${pilotId}/participants`, {
      taxpayerId: company,
      reason: 'First by volume',
      region: 'DARKHAN',
    }).expect(201);
    expect(chosen.body.operatorId).toBeNull();

    // The operator id, set later by the policy unit (a repeat changes nothing), then corrected.
    const operatorId = randomUUID();
    const path = `/v1/pilots/${pilotId}/participants/${company}/operator`;
    await put(path, { operatorId, reason: 'Registered since' }, companyUser(company)).expect(403);
    expect((await put(path, { operatorId: 'nope', reason: 'x' }).expect(400)).body.message).toMatch(/^operatorId/);
    await put(`/v1/pilots/${pilotId}/participants/${other}/operator`, { operatorId, reason: 'x' }).expect(404);
    expect((await put(path, { operatorId, reason: 'Registered since' }).expect(200)).body.operatorId).toBe(operatorId);
    await put(path, { operatorId, reason: 'Registered since' }).expect(200);
    const corrected = randomUUID();
    await put(path, { operatorId: corrected, reason: 'The first was another company’s' }).expect(200);
    const identified = await events.waitForCount(
      2,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.participant-identified.v1'),
    );
    expect(identified.map(dataOf)).toEqual([
      expect.objectContaining({ taxpayerId: company, operatorId, previousOperatorId: null, region: 'DARKHAN' }),
      expect.objectContaining({ operatorId: corrected, previousOperatorId: operatorId }),
    ]);
    const listed = (await get(`/v1/pilots/${pilotId}/participants`).expect(200)).body.participants;
    expect(listed).toEqual([expect.objectContaining({ taxpayerId: company, operatorId: corrected })]);
    const audit = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'pilot.participant-identified' AND entity_id = $1`,
      [`${pilotId}:${company}`],
    );
    expect(audit).toEqual([{ n: 2 }]);

    // Another company's invitation: 404, as if there were none; a path taxpayer id out of the format: 400 naming it.
    await get(`/v1/pilots/${pilotId}/invitations/${company}`, companyUser(other)).expect(404);
    const traversal = await get(`/v1/pilots/${pilotId}/invitations/${company}%2F..%2F`).expect(400);
    expect(traversal.body.message).toMatch(/^taxpayerId: does not match the programme's format/);
    for (const route of [`companies/${company}%2F..%2F/training`, `companies/${company}%2F..%2F/contact-officer`])
      expect((await get(`/v1/pilots/${pilotId}/${route}`).expect(400)).body.message).toMatch(/^taxpayerId/);
  });

  it('keeps the selection terms of a pilot past running', async () => {
    const pilotId = await newPilot('B');
    await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme }).expect(200);
    await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme, answerDays: 7 }).expect(200);
    await service.dataSource.query(`UPDATE pilots SET status = 'closed' WHERE id = $1`, [pilotId]);
    const refused = await put(`/v1/pilots/${pilotId}/selection-terms`, { draftProgramme, answerDays: 3 }).expect(409);
    expect(refused.body.message).toMatch(/is closed: its selection terms change only while it is planned or running/);
    expect((await get(`/v1/pilots/${pilotId}/selection-terms`).expect(200)).body.answerDays).toBe(7);
    const published = await events.waitForCount(
      2,
      120_000,
      ofPilot(pilotId, 'aeo.programme.pilot.selection-terms-set.v1'),
    );
    expect(published.map((m) => dataOf(m)['changed'])).toEqual([false, true]);
  });
});
