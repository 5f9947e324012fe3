import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { MULTILINE_VISIBLE_TEXT_MESSAGE, VISIBLE_TEXT_MESSAGE } from '@aeo/contracts';
import { bearer } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { COMPLIANCE_SECTION } from '../testing/programme-sections';
import { startValidation } from '../testing/start-validation';
import { linkOperatorUsers } from '../testing/operator-members';
import { registerValidator } from '../testing/validators';
import { ValidationWorkflowActivities } from '../validation-cases/validation.activities';

jest.setTimeout(90_000);

const DAY = 86_400_000;
const PROGRAMME = {
  statusTypes: [
    { code: 'AEOC', sections: ['compliance'] },
    { code: 'AEOS', sections: ['compliance', 'security'] },
  ],
  sections: [
    COMPLIANCE_SECTION,
    {
      id: 'security',
      title: { en: 'Security', mn: 'Аюулгүй байдал' },
      questions: [
        { id: 'security.premises', text: { en: 'Premises?', mn: 'Байр?' }, answer: 'text', evidenceRequired: true },
      ],
    },
  ],
  timeLimits: { acceptanceDays: 30 },
};

describe('validation examination (real PostgreSQL; activities called as the workflow would)', () => {
  let service: ServiceUnderTest;
  let activities: ValidationWorkflowActivities;
  const office = bearer({ sub: 'office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });
  const validator = bearer({ sub: 'validator-khovd-1', roles: [ROLES.validator], region: 'KHOVD' });
  const foreignValidator = bearer({ sub: 'validator-ub', roles: [ROLES.validator], region: 'ULAANBAATAR' });
  const taxpayerId = '7654321';
  const operator = bearer({ sub: 'trader-7654321', roles: [ROLES.operatorUser], taxpayerId });
  const otherOperator = bearer({ sub: 'trader-1111111', roles: [ROLES.operatorUser], taxpayerId: '1111111' });

  const open = (statusType: 'AEOC' | 'AEOS', applicationId = randomUUID()) =>
    activities.openValidationCase({
      applicationId,
      operatorId: randomUUID(),
      taxpayerId,
      region: 'KHOVD',
      statusType,
      riskScore: 40,
      riskRecommendation: 'proceed-with-enhanced-validation',
      siteVisitRequired: true,
      reportDue: new Date(Date.now() + 90 * DAY).toISOString(),
      programmeVersion: 7,
    });

  /** A case handed to validator-khovd-1 by the regional office (the least busy validator may be the other one). */
  const openAssigned = async (statusType: 'AEOC' | 'AEOS') => {
    const opened = await open(statusType);
    await service.http
      .post(`/v1/validation-cases/${opened.caseId}/assignment`)
      .set('Authorization', office)
      .send({ validator: 'validator-khovd-1', reason: 'workload balanced by the office' })
      .expect(200);
    return opened;
  };

  /** A finding on a checklist question of the case at `base`, by the validator (or `as`), answered with `status`. */
  const recordFinding = (base: string, questionId: string, finding: object, status = 200, as = validator) =>
    service.http.put(`${base}/checklist/${questionId}`).set('Authorization', as).send(finding).expect(status);
  /** A site visit of the case at `base` announced for a date (or that many days ahead), by the validator (or `as`), answered with `status`. */
  const announceVisit = (base: string, scheduledFor: string | number, status = 201, as = validator) =>
    service.http
      .post(`${base}/visits`)
      .set('Authorization', as)
      .send({
        scheduledFor:
          typeof scheduledFor === 'number' ? new Date(Date.now() + scheduledFor * DAY).toISOString() : scheduledFor,
      })
      .expect(status);

  /** The announced date of a visit arrives (moved into the past: the service reads the database's clock). */
  const visitDateComes = (visitId: string) =>
    service.dataSource.query(`UPDATE site_visits SET scheduled_for = now() - interval '1 minute' WHERE id = $1`, [
      visitId,
    ]);

  beforeAll(async () => {
    service = await startValidation();
    await linkOperatorUsers(
      service.dataSource,
      { sub: 'trader-7654321', taxpayerId },
      { sub: 'trader-1111111', taxpayerId: '1111111' },
    );
    activities = service.app.get(ValidationWorkflowActivities);
    await service.dataSource.query(`INSERT INTO programme_versions (version, document) VALUES (7, $1)`, [
      JSON.stringify(PROGRAMME),
    ]);
    for (const sub of ['validator-khovd-1', 'validator-khovd-2']) {
      await registerValidator(service, office, { sub, name: sub, region: 'KHOVD' }).expect(201);
    }
    await registerValidator(service, office, {
      sub: 'validator-x',
      name: 'Darkhan validator',
      region: 'DARKHAN',
    }).expect(403);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('opens a case once per application, assigns the least busy validator and builds the checklist from the criteria of the status type', async () => {
    const applicationId = randomUUID();
    const first = await open('AEOS', applicationId);
    expect(await open('AEOS', applicationId)).toEqual(first);
    const second = await open('AEOC');
    const [a, b] = await Promise.all(
      [first, second].map(
        async ({ caseId }) =>
          (await service.http.get(`/v1/validation-cases/${caseId}`).set('Authorization', validator).expect(200)).body,
      ),
    );
    expect([a.assignedValidator, b.assignedValidator].sort()).toEqual(['validator-khovd-1', 'validator-khovd-2']);
    const checklist = await service.http
      .get(`/v1/validation-cases/${first.caseId}/checklist`)
      .set('Authorization', validator)
      .expect(200);
    expect(checklist.body.map((i: { questionId: string }) => i.questionId)).toEqual([
      'compliance.infringements',
      'security.premises',
    ]);
    const aeoc = await service.http
      .get(`/v1/validation-cases/${second.caseId}/checklist`)
      .set('Authorization', validator)
      .expect(200);
    expect(aeoc.body.map((i: { questionId: string }) => i.questionId)).toEqual(['compliance.infringements']);
    // A reminder is sent once however often the activity is retried.
    await activities.remindValidationReport({
      caseId: first.caseId,
      applicationId,
      kind: 'reminder',
      reportDue: a.reportDue,
    });
    await activities.remindValidationReport({
      caseId: first.caseId,
      applicationId,
      kind: 'reminder',
      reportDue: a.reportDue,
    });
    const notices: { n: number }[] = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM validation_case_notices WHERE case_id = $1`,
      [first.caseId],
    );
    expect(notices[0].n).toBe(1);
  });

  it('opens a revalidation case per authorisation and cycle, besides the certification case of the same application', async () => {
    const applicationId = randomUUID();
    const certification = await open('AEOC', applicationId);
    const revalidation = (cycle: number) =>
      activities.openValidationCase({
        applicationId,
        operatorId: randomUUID(),
        taxpayerId,
        region: 'KHOVD',
        statusType: 'AEOC',
        riskScore: 12,
        riskRecommendation: 'proceed',
        siteVisitRequired: false,
        reportDue: new Date(Date.now() + 90 * DAY).toISOString(),
        programmeVersion: 7,
        purpose: 'revalidation',
        workflowId: 'revalidation-MN-AEOC-2026-00042',
        authorisationNumber: 'MN-AEOC-2026-00042',
        cycle,
      });
    const first = await revalidation(1);
    expect(await revalidation(1)).toEqual(first);
    const second = await revalidation(2);
    expect(new Set([certification.caseId, first.caseId, second.caseId]).size).toBe(3);
    const found = await service.http
      .get(`/v1/validation-cases/${first.caseId}`)
      .set('Authorization', validator)
      .expect(200);
    expect(found.body).toMatchObject({
      purpose: 'revalidation',
      workflowId: 'revalidation-MN-AEOC-2026-00042',
      authorisationNumber: 'MN-AEOC-2026-00042',
      cycle: 1,
    });
    const incomplete = {
      applicationId,
      operatorId: randomUUID(),
      taxpayerId,
      region: 'KHOVD',
      statusType: 'AEOC' as const,
      riskScore: 1,
      riskRecommendation: 'proceed' as const,
      siteVisitRequired: false,
      reportDue: new Date().toISOString(),
      purpose: 'revalidation' as const,
    };
    await expect(activities.openValidationCase(incomplete)).rejects.toThrow(
      /needs authorisationNumber, cycle and workflowId/,
    );
  });

  it('closes a case whose process ended: it leaves the workload, takes no finding or report, and closing again changes nothing', async () => {
    const { caseId } = await openAssigned('AEOC');
    const base = `/v1/validation-cases/${caseId}`;
    const assigned: string = (await service.http.get(base).set('Authorization', validator).expect(200)).body
      .assignedValidator;
    const workload = async () =>
      (
        (await service.http.get('/v1/validators').set('Authorization', office).expect(200)).body as {
          sub: string;
          openCases: number;
        }[]
      ).find((v) => v.sub === assigned)!.openCases;
    const before = await workload();
    /** The operator withdrew its application: the workflow closes the case (again on a retry). */
    const withdrawn = (reason: string) =>
      activities.closeValidationCase({ caseId, cause: 'application-withdrawn', reason, closedBy: 'trader-7654321' });
    const action = await service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({ questionId: 'compliance.infringements', description: 'Send the customs records of 2025.', dueInDays: 30 })
      .expect(201);

    expect(await withdrawn('plans changed')).toEqual({ closed: true });
    const closed = (await service.http.get(base).set('Authorization', validator).expect(200)).body;
    expect(closed).toMatchObject({
      status: 'closed',
      closedReason: 'application-withdrawn: plans changed',
      closedBy: 'trader-7654321',
      closedAt: expect.any(String),
    });
    expect(await workload()).toBe(before - 1);

    await recordFinding(base, 'compliance.infringements', { finding: 'compliant', notes: 'too late' }, 409);
    const report = await service.http
      .post(`${base}/report`)
      .set('Authorization', validator)
      .send({ recommendation: 'grant', summary: 'desk review completed after all' })
      .expect(409);
    expect(report.body.message).toMatch(/was closed on .*: application-withdrawn: plans changed/);
    await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', operator)
      .send({ response: 'Records attached.' })
      .expect(409);
    expect(await withdrawn('retried')).toEqual({ closed: false });
    const audit: { action: string; reason: string }[] = await service.dataSource.query(
      `SELECT action, reason FROM audit_log WHERE entity_id = $1 AND action = 'validation-case.closed'`,
      [caseId],
    );
    expect(audit).toEqual([{ action: 'validation-case.closed', reason: 'application-withdrawn: plans changed' }]);
    // Committed with its event, once, for the validator and the operator to hear of it.
    const events: { payload: Record<string, unknown> }[] = await service.dataSource.query(
      `SELECT payload FROM outbox WHERE type = 'aeo.validation.closed.v1' AND subject = $1`,
      [caseId],
    );
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        caseId,
        cause: 'application-withdrawn',
        reason: 'plans changed',
        closedBy: 'trader-7654321',
        region: 'KHOVD',
      }),
    ]);
  });

  it('takes the writes on a case from its assigned validator only, registered and active; the regional office reassigns it', async () => {
    const { caseId } = await open('AEOC');
    const base = `/v1/validation-cases/${caseId}`;
    const assigned: string = (await service.http.get(base).set('Authorization', office).expect(200)).body
      .assignedValidator;
    const other = assigned === 'validator-khovd-1' ? 'validator-khovd-2' : 'validator-khovd-1';
    const tokenOf = (sub: string) => bearer({ sub, roles: [ROLES.validator], region: 'KHOVD' });
    const finding = { finding: 'compliant', notes: 'no infringements in 3 years' };

    // Another validator of the region, registered or not, reads the case but writes nothing on it.
    await service.http.get(base).set('Authorization', tokenOf(other)).expect(200);
    for (const sub of [other, 'validator-khovd-unregistered']) {
      const refused = await recordFinding(base, 'compliance.infringements', finding, 403, tokenOf(sub));
      expect(refused.body.message).toContain(`assigned to ${assigned}`);
      await announceVisit(base, 31, 403, tokenOf(sub));
      await service.http
        .post(`${base}/corrective-actions`)
        .set('Authorization', tokenOf(sub))
        .send({
          questionId: 'compliance.infringements',
          description: 'Send the customs records of 2025.',
          dueInDays: 30,
        })
        .expect(403);
      await service.http
        .post(`${base}/report`)
        .set('Authorization', tokenOf(sub))
        .send({ recommendation: 'refuse', summary: 'refused by someone else entirely' })
        .expect(403);
    }
    const checklist = await service.http.get(`${base}/checklist`).set('Authorization', office).expect(200);
    expect(checklist.body.every((item: { finding: string | null }) => item.finding === null)).toBe(true);

    // The assigned validator, made inactive, is refused too (and may be reassigned to no one but an active validator of the region).
    await registerValidator(service, office, { sub: assigned, name: assigned, region: 'KHOVD', active: false }).expect(
      201,
    );
    try {
      const inactive = await recordFinding(base, 'compliance.infringements', finding, 403, tokenOf(assigned));
      expect(inactive.body.message).toBe(
        `Validator ${assigned} is inactive; the regional office reassigns case ${caseId}`,
      );
      const notActive = await service.http
        .post(`${base}/assignment`)
        .set('Authorization', office)
        .send({ validator: assigned, reason: 'back to the first one' })
        .expect(422);
      expect(notActive.body.message).toMatch(/^validator: .* is inactive/);
      await service.http
        .post(`${base}/assignment`)
        .set('Authorization', office)
        .send({ validator: 'validator-x', reason: 'someone unknown' })
        .expect(422);
      await service.http
        .post(`${base}/assignment`)
        .set('Authorization', tokenOf(other))
        .send({ validator: other, reason: 'taking it myself' })
        .expect(403);
      await service.http
        .post(`${base}/assignment`)
        .set('Authorization', bearer({ sub: 'office-ub', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' }))
        .send({ validator: other, reason: 'not our region' })
        .expect(403);

      // Reassigned by the office (audited), the new validator acts and the former one no longer does.
      const reassigned = await service.http
        .post(`${base}/assignment`)
        .set('Authorization', office)
        .send({ validator: other, reason: `${assigned} is on leave` })
        .expect(200);
      expect(reassigned.body.assignedValidator).toBe(other);
      await recordFinding(base, 'compliance.infringements', finding, 200, tokenOf(other));
      const audit: { before: unknown; after: unknown; reason: string }[] = await service.dataSource.query(
        `SELECT before, after, reason FROM audit_log WHERE entity_id = $1 AND action = 'validation-case.reassigned'`,
        [caseId],
      );
      expect(audit).toEqual([
        {
          before: { assignedValidator: assigned },
          after: { assignedValidator: other },
          reason: `${assigned} is on leave`,
        },
      ]);
    } finally {
      await registerValidator(service, office, { sub: assigned, name: assigned, region: 'KHOVD', active: true }).expect(
        201,
      );
    }
    await recordFinding(base, 'compliance.infringements', finding, 403, tokenOf(assigned));
  });

  it('records findings, visits with notice and corrective actions, and holds the report until all is done', async () => {
    const { caseId } = await openAssigned('AEOS');
    const base = `/v1/validation-cases/${caseId}`;
    const report = (recommendation: string) =>
      service.http
        .post(`${base}/report`)
        .set('Authorization', validator)
        .send({ recommendation, summary: 'desk review and site visit completed' });

    await recordFinding(
      base,
      'security.premises',
      { finding: 'compliant', notes: 'looked fine' },
      403,
      foreignValidator,
    );
    const badFinding = await recordFinding(
      base,
      'security.premises',
      { finding: 'excellent', notes: 'looked fine' },
      400,
    );
    expect(badFinding.body.message).toMatch(/^finding: /);
    const unknown = await recordFinding(
      base,
      'competence.person',
      { finding: 'minor', notes: 'not on this list' },
      404,
    );
    expect(unknown.body.message).toMatch(/^questionId: competence\.person is not on the checklist/);

    // Free text on several lines keeps its line breaks, and nothing hidden goes in: 400 naming the field, nothing stored.
    for (const [character, notes] of [
      ['U+202E', 'Fence seen.\nGate \u202Egpj.exe'],
      ['U+200B', 'Fence\nre\u200Bpaired'],
    ]) {
      const hidden = await recordFinding(base, 'security.premises', { finding: 'minor', notes }, 400);
      expect(hidden.body.message).toBe(`notes: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (${character})`);
    }
    const hiddenEvidence = await recordFinding(
      base,
      'security.premises',
      { finding: 'minor', notes: 'Fence seen.', evidence: ['photo 1', 'invoice \u202Efdp.exe'] },
      400,
    );
    expect(hiddenEvidence.body.message).toBe(`evidence.1: ${VISIBLE_TEXT_MESSAGE} (U+202E)`);
    // A question id hiding a character is refused naming it, never echoed back as "not on the checklist".
    const hiddenId = await recordFinding(
      base,
      encodeURIComponent('\u202E'),
      { finding: 'minor', notes: 'Fence seen.' },
      400,
    );
    expect(hiddenId.body.message).toBe(`questionId: ${VISIBLE_TEXT_MESSAGE} (U+202E)`);
    const hiddenAction = await service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({ questionId: 'security.premises\u200B', description: 'Fence the site and control access.', dueInDays: 30 })
      .expect(400);
    expect(hiddenAction.body.message).toBe(`questionId: ${VISIBLE_TEXT_MESSAGE} (U+200B)`);
    const findingOf = async (questionId: string) =>
      (
        await service.dataSource.query(
          `SELECT finding, notes FROM checklist_items WHERE case_id = $1 AND question_id = $2`,
          [caseId, questionId],
        )
      )[0];
    expect(await findingOf('security.premises')).toEqual({ finding: null, notes: null });

    const early = await report('grant').expect(422);
    expect(early.body.issues).toEqual([
      'checklist: compliance.infringements has no finding',
      'checklist: security.premises has no finding',
      'visits: the risk assessment requires a site visit, and none is completed',
    ]);

    await recordFinding(base, 'compliance.infringements', {
      finding: 'compliant',
      notes: 'no infringements in 3 years',
      evidence: ['customs records 2023-2026'],
    });
    await recordFinding(base, 'security.premises', {
      finding: 'critical',
      notes: 'no fence, no access control:\r\n- north side open\n- gate unlocked\n',
    });
    expect(await findingOf('security.premises')).toEqual({
      finding: 'critical',
      notes: 'no fence, no access control:\r\n- north side open\n- gate unlocked',
    });

    const tooSoon = await announceVisit(base, 10, 400);
    expect(tooSoon.body.message).toMatch(
      /^scheduledFor: site visits are announced at least 30 days ahead \(earliest \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\)$/,
    );
    // A visit far ahead could never be completed nor cancelled in time; a year PostgreSQL cannot store is refused as input.
    const tooFar = await announceVisit(base, '9999-12-31T00:00:00Z', 400);
    expect(tooFar.body.message).toMatch(/^scheduledFor: site visits are scheduled at most 365 days ahead/);
    const yearZero = await announceVisit(base, '0000-01-01T00:00:00Z', 400);
    expect(yearZero.body.message).toMatch(/^scheduledFor: year must be between 1900 and 9999/);
    // The place is one line read as typed: nothing hidden in it (400 naming place), no visit announced.
    for (const [character, place] of [
      ['U+202E', 'Warehouse \u202E7 gate'],
      ['U+200B', 'Zamyn-Uud\u200B terminal'],
      ['U+000A', 'Zamyn-Uud\nterminal'],
    ]) {
      const hidden = await service.http
        .post(`${base}/visits`)
        .set('Authorization', validator)
        .send({ scheduledFor: new Date(Date.now() + 31 * DAY).toISOString(), place })
        .expect(400);
      expect(hidden.body.message).toBe(`place: ${VISIBLE_TEXT_MESSAGE} (${character})`);
    }
    expect(await service.dataSource.query(`SELECT id FROM site_visits WHERE case_id = $1`, [caseId])).toEqual([]);
    const visit = await announceVisit(base, 31);
    expect(visit.body.validator).toMatch(/^validator-khovd-/);
    const beforeItsDate = await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send({ notes: 'site seen' })
      .expect(409);
    expect(beforeItsDate.body.message).toBe(
      `Visit ${visit.body.visitId} at the operator’s registered premises is announced for ${visit.body.scheduledFor}; it cannot be completed before that date`,
    );
    await visitDateComes(visit.body.visitId);
    await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send({ notes: 'site seen' })
      .expect(200);
    await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send({ notes: 'again' })
      .expect(409);

    const action = await service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({ questionId: 'security.premises', description: 'Fence the site and control access.', dueInDays: 30 })
      .expect(201);
    const pending = await report('refuse').expect(422);
    expect(pending.body.issues).toEqual([`correctiveActions: ${action.body.actionId} is not answered`]);
    await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', otherOperator)
      .send({ response: 'not our case' })
      .expect(404);
    const visible = await service.http.get(`${base}/corrective-actions`).set('Authorization', operator).expect(200);
    expect(visible.body).toEqual([expect.objectContaining({ actionId: action.body.actionId, response: null })]);
    await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', operator)
      .send({ response: 'A fence is ordered.' })
      .expect(200);

    const grantDespiteCritical = await report('grant').expect(422);
    expect(grantDespiteCritical.body.issues).toEqual(['recommendation: a critical finding allows only "refuse"']);
    // Ready, but the hand-over to the workflow fails (none runs for this made-up application): nothing is recorded, so it can be submitted again.
    const handedOver = await report('refuse').expect(409);
    expect(handedOver.body.message).toMatch(/certification workflow certification-.* is not running/);
    const notStored = await service.http.get(base).set('Authorization', validator).expect(200);
    expect(notStored.body).toMatchObject({ status: 'open', recommendation: null });
    // Once reported, the examination is closed.
    await service.dataSource.query(`UPDATE validation_cases SET status = 'reported' WHERE id = $1`, [caseId]);
    await recordFinding(base, 'security.premises', { finding: 'major', notes: 'second thoughts' }, 409);
  });

  it('refuses to complete a visit before its announced date, and a report relying on a visit completed early', async () => {
    const { caseId } = await openAssigned('AEOC');
    const base = `/v1/validation-cases/${caseId}`;
    await recordFinding(base, 'compliance.infringements', {
      finding: 'compliant',
      notes: 'no infringements in 3 years',
    });
    const visit = await announceVisit(base, 40);
    const { visitId, scheduledFor } = visit.body as { visitId: string; scheduledFor: string };
    await service.http
      .post(`${base}/visits/${visitId}/completion`)
      .set('Authorization', validator)
      .send({ notes: 'site seen early' })
      .expect(409);
    const stillOpen: { completed_at: Date | null }[] = await service.dataSource.query(
      `SELECT completed_at FROM site_visits WHERE id = $1`,
      [visitId],
    );
    expect(stillOpen).toEqual([{ completed_at: null }]);

    // A visit recorded as completed before its date (as the service once allowed) does not carry the report.
    await service.dataSource.query(
      `UPDATE site_visits SET completed_at = now(), notes = 'held early', place = 'Warehouse 3, Zamyn-Uud' WHERE id = $1`,
      [visitId],
    );
    const completedAt = new Date(
      (await service.dataSource.query(`SELECT completed_at FROM site_visits WHERE id = $1`, [visitId]))[0].completed_at,
    ).toISOString();
    const refused = await service.http
      .post(`${base}/report`)
      .set('Authorization', validator)
      .send({ recommendation: 'grant', summary: 'desk review and an early visit' })
      .expect(422);
    expect(refused.body.issues).toEqual([
      `visits: the risk assessment requires a site visit completed on or after its announced date (visit ${visitId} at Warehouse 3, Zamyn-Uud announced for ${scheduledFor} was recorded as completed on ${completedAt})`,
    ]);
  });

  it('tells the operator of a corrective action request and the validator of its answer: each committed with one outbox event', async () => {
    const { caseId } = await openAssigned('AEOS');
    const base = `/v1/validation-cases/${caseId}`;
    const found = (await service.http.get(base).set('Authorization', validator).expect(200)).body;
    const eventsOf = async (type: string): Promise<Record<string, unknown>[]> =>
      (
        await service.dataSource.query(`SELECT payload, aggregateid FROM outbox WHERE type = $1 AND subject = $2`, [
          type,
          caseId,
        ])
      ).map((row: { payload: Record<string, unknown>; aggregateid: string }) => ({
        ...row.payload,
        aggregateId: row.aggregateid,
      }));

    const requested = await service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({ questionId: 'security.premises', description: 'Fence the site and control access.', dueInDays: 21 })
      .expect(201);
    expect(await eventsOf('aeo.validation.corrective-action-requested.v1')).toEqual([
      {
        aggregateId: found.operatorId,
        caseId,
        applicationId: found.applicationId,
        operatorId: found.operatorId,
        taxpayerId,
        region: 'KHOVD',
        statusType: 'AEOS',
        actionId: requested.body.actionId,
        questionId: 'security.premises',
        criterion: { en: 'Premises?', mn: 'Байр?' },
        description: 'Fence the site and control access.',
        dueBy: requested.body.dueBy,
        requestedBy: 'validator-khovd-1',
        requestedAt: expect.any(String),
      },
    ]);
    const [event] = await eventsOf('aeo.validation.corrective-action-requested.v1');
    expect(new Date(requested.body.dueBy).getTime() - new Date(String(event['requestedAt'])).getTime()).toBe(21 * DAY);
    // A refused request commits no event.
    await service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({ questionId: 'competence.person', description: 'Not on this checklist at all.', dueInDays: 21 })
      .expect(400);
    expect(await eventsOf('aeo.validation.corrective-action-requested.v1')).toHaveLength(1);

    expect(await eventsOf('aeo.validation.corrective-action-answered.v1')).toEqual([]);
    await service.http
      .post(`${base}/corrective-actions/${requested.body.actionId}/response`)
      .set('Authorization', operator)
      .send({ response: 'A fence is ordered.' })
      .expect(200);
    await service.http
      .post(`${base}/corrective-actions/${requested.body.actionId}/response`)
      .set('Authorization', operator)
      .send({ response: 'Again.' })
      .expect(409);
    expect(await eventsOf('aeo.validation.corrective-action-answered.v1')).toEqual([
      expect.objectContaining({
        caseId,
        actionId: requested.body.actionId,
        questionId: 'security.premises',
        criterion: { en: 'Premises?', mn: 'Байр?' },
        dueBy: requested.body.dueBy,
        requestedBy: 'validator-khovd-1',
        assignedValidator: found.assignedValidator,
        answeredBy: 'trader-7654321',
        late: false,
      }),
    ]);
  });
});
