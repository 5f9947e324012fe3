import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, calendarDaysLeft } from '@aeo/testing';
import { startValidation } from '../testing/start-validation';
import { registerValidator } from '../testing/validators';
import { linkOperatorUsers } from '../testing/operator-members';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Eight hours ahead of UTC: the days are Ulaanbaatar's calendar days, not UTC's.
const TIME_ZONE = 'Asia/Ulaanbaatar';
// What customs keeps to itself: none of it may reach an operator user.
const SECRETS = {
  validator: 'company-view-validator-secret',
  findingNotes: 'Director evasive about the broken fence (working note)',
  visitNotes: 'Warehouse gate left open; staff untrained (visit notes)',
  summary: 'Internal summary: borderline, watch closely',
};

/**
 * An operator user's view of its own company's validation cases on a real PostgreSQL: site visit
 * notices with the notice given, corrective actions to answer with days left, the report's
 * outcome once submitted; customs' notes, the validator and the risk never in the answers; another
 * company's case is not found.
 */
describe('GET /v1/company-validations: what the trader sees of its validation', () => {
  let service: ServiceUnderTest;
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  const operator = bearer({ sub: `trader-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId });
  const otherOperator = bearer({ sub: 'trader-other', roles: [ROLES.operatorUser], taxpayerId: '1111111' });
  const validator = bearer({ sub: SECRETS.validator, roles: [ROLES.validator], region: 'KHOVD' });
  const openCase = randomUUID();
  const reportedCase = randomUUID();
  const otherCompanysCase = randomUUID();
  const upcomingVisit = randomUUID();
  const heldVisit = randomUUID();
  const openAction = randomUUID();
  const answeredAction = randomUUID();
  const now = Date.now();
  // 20:00 UTC is 04:00 of the next day in Ulaanbaatar, whose day counts.
  const at = (days: number) => new Date(Math.floor(now / DAY_MS) * DAY_MS + days * DAY_MS + 20 * HOUR_MS);

  beforeAll(async () => {
    service = await startValidation({ PROGRAMME_TIME_ZONE: TIME_ZONE });
    await linkOperatorUsers(
      service.dataSource,
      { sub: `trader-${taxpayerId}`, taxpayerId },
      { sub: 'trader-other', taxpayerId: '1111111' },
    );
    const insertCase = (id: string, company: string, openedDaysAgo: number, extra = '', values: unknown[] = []) =>
      service.dataSource.query(
        `INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, status_type, assigned_validator,
           opened_at, report_due, risk_score, risk_recommendation, workflow_id, case_key${extra ? `, ${extra}` : ''})
         VALUES ($1, $2, $3, 'KHOVD', 'open', $4, 'AEOS', $5, $6, $7, 87.5, 'proceed-with-enhanced-validation', $8, $9${values
           .map((_, i) => `, $${10 + i}`)
           .join('')})`,
        [
          id,
          randomUUID(),
          randomUUID(),
          company,
          SECRETS.validator,
          new Date(now - openedDaysAgo * DAY_MS),
          new Date(now + 60 * DAY_MS),
          `certification-${id}`,
          `company-view:${id}`,
          ...values,
        ],
      );
    await insertCase(openCase, taxpayerId, 10);
    await insertCase(otherCompanysCase, '1111111', 5);
    await insertCase(
      reportedCase,
      taxpayerId,
      200,
      'recommendation, conditions, report_summary, report_submitted_by, report_submitted_at',
      [
        'grant-with-conditions',
        JSON.stringify(['Quarterly access log review']),
        SECRETS.summary,
        SECRETS.validator,
        new Date(now - DAY_MS),
      ],
    );
    await service.dataSource.query(`UPDATE validation_cases SET status = 'reported' WHERE id = $1`, [reportedCase]);
    await service.dataSource.query(
      `INSERT INTO checklist_items (case_id, question_id, section_id, position, text_en, text_mn, finding, notes, recorded_by, recorded_at)
       VALUES ($1, 'security.premises', 'security', 1, 'Premises?', 'Байр?', 'major', $2, $3, now())`,
      [openCase, SECRETS.findingNotes, SECRETS.validator],
    );
    await service.dataSource.query(
      `INSERT INTO site_visits (id, case_id, scheduled_for, validator, scheduled_by, scheduled_at, completed_at, notes, place)
       VALUES ($1, $3, $4, $5, $5, $6, NULL, NULL, 'Bonded warehouse, Zamyn-Uud'), ($2, $3, $7, $5, $5, $8, $9, $10, NULL)`,
      [
        upcomingVisit,
        heldVisit,
        openCase,
        at(30),
        SECRETS.validator,
        at(-2),
        at(-3),
        at(-35),
        at(-3),
        SECRETS.visitNotes,
      ],
    );
    await service.dataSource.query(
      `INSERT INTO corrective_actions (id, case_id, question_id, description, due_by, requested_by, requested_at, response, responded_by, responded_at)
       VALUES ($1, $3, 'security.premises', 'Repair the fence', $4, $5, $6, NULL, NULL, NULL),
              ($2, $3, 'security.premises', 'Train the guards', $7, $5, $8, 'Training held on 1 May', 'trader', $9)`,
      [openAction, answeredAction, openCase, at(12), SECRETS.validator, at(-2), at(-1), at(-20), at(-5)],
    );
  });

  afterAll(() => service?.close());

  const expectNoSecret = (body: unknown) => {
    const text = JSON.stringify(body);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain('87.5');
    expect(text).not.toContain('proceed-with-enhanced-validation');
  };

  it('lists the company’s cases, newest first, paged, with the report’s outcome once submitted', async () => {
    const { body } = await service.http.get('/v1/company-validations').set('Authorization', operator).expect(200);
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(body.items.map((item: { caseId: string }) => item.caseId)).toEqual([openCase, reportedCase]);
    expect(body.items[0]).toMatchObject({ status: 'open', report: null, purpose: 'certification', statusType: 'AEOS' });
    expect(body.items[1]).toMatchObject({
      status: 'reported',
      report: { outcome: 'grant-with-conditions', conditions: ['Quarterly access log review'] },
    });
    expectNoSecret(body);
    const second = await service.http
      .get('/v1/company-validations?pageSize=1&page=2')
      .set('Authorization', operator)
      .expect(200);
    expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ caseId: reportedCase }] });
    const reported = await service.http
      .get('/v1/company-validations?status=reported')
      .set('Authorization', operator)
      .expect(200);
    expect(reported.body).toMatchObject({ total: 1, items: [{ caseId: reportedCase }] });
    const bad = await service.http
      .get('/v1/company-validations?status=lost')
      .set('Authorization', operator)
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('status');
  });

  it('reads a case: visit notices with the notice given, corrective actions with days left and the route that answers them', async () => {
    const { body } = await service.http
      .get(`/v1/company-validations/${openCase}`)
      .set('Authorization', operator)
      .expect(200);
    const readAt = new Date();
    expect(body.siteVisits).toEqual([
      {
        visitId: heldVisit,
        scheduledFor: at(-3).toISOString(),
        place: null,
        announcedAt: at(-35).toISOString(),
        noticeDays: 32,
        daysLeft: calendarDaysLeft(at(-3), TIME_ZONE, readAt),
        held: true,
        heldAt: at(-3).toISOString(),
      },
      {
        visitId: upcomingVisit,
        scheduledFor: at(30).toISOString(),
        place: 'Bonded warehouse, Zamyn-Uud',
        announcedAt: at(-2).toISOString(),
        noticeDays: 32,
        daysLeft: calendarDaysLeft(at(30), TIME_ZONE, readAt),
        held: false,
        heldAt: null,
      },
    ]);
    expect(body.correctiveActions).toEqual([
      expect.objectContaining({
        actionId: answeredAction,
        response: 'Training held on 1 May',
        overdue: false,
        answerLink: null,
      }),
      expect.objectContaining({
        actionId: openAction,
        criterion: { en: 'Premises?', mn: 'Байр?' },
        description: 'Repair the fence',
        dueBy: at(12).toISOString(),
        daysLeft: calendarDaysLeft(at(12), TIME_ZONE, readAt),
        overdue: false,
        response: null,
        answerLink: `/v1/validation-cases/${openCase}/corrective-actions/${openAction}/response`,
      }),
    ]);
    expectNoSecret(body);
  });

  it('answers another company’s case as one that does not exist (404), here and on the case’s visits and actions', async () => {
    const hidden = await service.http
      .get(`/v1/company-validations/${otherCompanysCase}`)
      .set('Authorization', operator)
      .expect(404);
    const missing = await service.http
      .get(`/v1/company-validations/${randomUUID()}`)
      .set('Authorization', operator)
      .expect(404);
    expect(hidden.body.message.replace(otherCompanysCase, 'ID')).toEqual(
      missing.body.message.replace(/[0-9a-f-]{36}/, 'ID'),
    );
    for (const part of ['visits', 'corrective-actions'])
      await service.http
        .get(`/v1/validation-cases/${openCase}/${part}`)
        .set('Authorization', otherOperator)
        .expect(404);
  });

  it('refuses a token naming the company whose user is not linked to it (a self sign-up, a removed user): 403, no case', async () => {
    // The identity provider's trader sign-up takes any taxpayer id: the token alone proves nothing.
    const stranger = bearer({ sub: `signed-up-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId });
    const refused = await service.http.get('/v1/company-validations').set('Authorization', stranger).expect(403);
    expect(refused.body.message).toContain('not a user of the company');
    await service.http.get(`/v1/company-validations/${openCase}`).set('Authorization', stranger).expect(403);
    for (const part of ['visits', 'corrective-actions'])
      await service.http.get(`/v1/validation-cases/${openCase}/${part}`).set('Authorization', stranger).expect(403);
    await service.http
      .post(`/v1/validation-cases/${openCase}/corrective-actions/${openAction}/response`)
      .set('Authorization', stranger)
      .send({ response: 'Fence repaired by someone else' })
      .expect(403);
    // Removed (aeo.operator.user-removed.v1): its token still names the company until it expires.
    const removedSub = `removed-${taxpayerId}`;
    await linkOperatorUsers(service.dataSource, { sub: removedSub, taxpayerId });
    const removed = bearer({ sub: removedSub, roles: [ROLES.operatorUser], taxpayerId });
    await service.http.get('/v1/company-validations').set('Authorization', removed).expect(200);
    await service.dataSource.query(`UPDATE operator_members SET removed_at = now() WHERE sub = $1`, [removedSub]);
    await service.http.get('/v1/company-validations').set('Authorization', removed).expect(403);
    await service.http.get(`/v1/company-validations/${openCase}`).set('Authorization', removed).expect(403);
  });

  it('keeps the validator and the visit’s notes from the operator on the examination’s routes (the validator still sees them)', async () => {
    const visits = await service.http
      .get(`/v1/validation-cases/${openCase}/visits`)
      .set('Authorization', operator)
      .expect(200);
    expect(visits.body).toHaveLength(2);
    for (const visit of visits.body) expect(visit).toMatchObject({ validator: null, notes: null });
    const actions = await service.http
      .get(`/v1/validation-cases/${openCase}/corrective-actions`)
      .set('Authorization', operator)
      .expect(200);
    for (const action of actions.body) expect(action.requestedBy).toBeNull();
    expectNoSecret([visits.body, actions.body]);
    const staff = await service.http
      .get(`/v1/validation-cases/${openCase}/visits`)
      .set('Authorization', validator)
      .expect(200);
    expect(staff.body).toContainEqual(
      expect.objectContaining({ validator: SECRETS.validator, notes: SECRETS.visitNotes }),
    );
  });

  it('a visit announced with its place shows the place in the notice; a place too short is refused naming it', async () => {
    const operations = bearer({ sub: 'company-view-ops', roles: [ROLES.operations] });
    await registerValidator(service, operations, {
      sub: SECRETS.validator,
      name: 'Company View Validator',
      region: 'KHOVD',
    }).expect(201);
    const scheduledFor = new Date(Date.now() + 40 * DAY_MS).toISOString();
    const refused = await service.http
      .post(`/v1/validation-cases/${openCase}/visits`)
      .set('Authorization', validator)
      .send({ scheduledFor, place: 'x' })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('place');
    const announced = await service.http
      .post(`/v1/validation-cases/${openCase}/visits`)
      .set('Authorization', validator)
      .send({ scheduledFor, place: 'Head office, Peace Avenue 17, Ulaanbaatar' })
      .expect(201);
    expect(announced.body).toMatchObject({ scheduledFor, place: 'Head office, Peace Avenue 17, Ulaanbaatar' });
    // Committed with its event, which names the place for the operator's notice.
    const [event] = await service.dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.validation.visit-scheduled.v1' AND payload->>'visitId' = $1`,
      [announced.body.visitId],
    );
    expect(event.payload).toMatchObject({ place: 'Head office, Peace Avenue 17, Ulaanbaatar', scheduledFor });
    const { body } = await service.http
      .get(`/v1/company-validations/${openCase}`)
      .set('Authorization', operator)
      .expect(200);
    expect(body.siteVisits).toContainEqual(
      expect.objectContaining({
        visitId: announced.body.visitId,
        place: 'Head office, Peace Avenue 17, Ulaanbaatar',
        noticeDays: 40,
        held: false,
      }),
    );
  });
});
