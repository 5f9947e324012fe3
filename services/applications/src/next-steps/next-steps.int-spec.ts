import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer, calendarDaysLeft, startedForTests } from '@aeo/testing';
import { makeCompany } from '../e2e/slice-fixtures';
import { registerOperator } from '../testing/granted-authorisation';
import { draftApplication, startApplications } from '../testing/start-applications';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Eight hours ahead of UTC: days left are Ulaanbaatar's calendar days.
const TIME_ZONE = 'Asia/Ulaanbaatar';

interface Step {
  actor: string;
  code: string;
  subject: { type: string; id: string };
  deadline: { dueAt: string; daysLeft: number; overdue: boolean } | null;
  link: string;
}

/**
 * GET /v1/applications/{id}/next-steps and GET /v1/operators/{id}/next-steps on a real PostgreSQL
 * (the applications service in-process): an application through draft, information request,
 * acceptance and hearing, an authorisation suspended; who must act, the deadline and the days
 * left in the programme's zone; another company's records are not found.
 */
describe('next steps: what the trader must do and what customs waits for (real PostgreSQL)', () => {
  const service = startedForTests(() => startApplications({ PROGRAMME_TIME_ZONE: TIME_ZONE }));
  const company = makeCompany('DARKHAN');
  const other = makeCompany('DARKHAN');
  const notMember = bearer({
    sub: `not-linked-${company.taxpayerId}`,
    roles: [ROLES.operatorUser],
    taxpayerId: company.taxpayerId,
  });
  const otherRegion = bearer({ sub: 'officer-dornod', roles: [ROLES.contactOfficer], region: 'DORNOD' });
  let operatorId = '';
  let applicationId = '';
  const now = Date.now();
  // 20:00 UTC is 04:00 of the next day in Ulaanbaatar, whose day counts.
  const at = (days: number) => new Date(Math.floor(now / DAY_MS) * DAY_MS + days * DAY_MS + 20 * HOUR_MS);

  const stepsOf = async (path: string, token = company.operatorToken) => {
    const { body } = await service().http.get(path).set('Authorization', token).expect(200);
    expect(body.timeZone).toBe(TIME_ZONE);
    return body.items as Step[];
  };
  const deadline = (dueAt: Date) => ({
    dueAt: dueAt.toISOString(),
    daysLeft: calendarDaysLeft(dueAt, TIME_ZONE),
    overdue: dueAt.getTime() < Date.now(),
  });
  const sql = (text: string, values: unknown[]) => service().dataSource.query(text, values);

  beforeAll(async () => {
    operatorId = await registerOperator(service(), company);
    await registerOperator(service(), other);
    applicationId = (await draftApplication(service(), company.operatorToken, operatorId)).body.id;
  });

  it('a draft: the trader completes the self-assessment (no deadline)', async () => {
    const steps = await stepsOf(`/v1/applications/${applicationId}/next-steps`);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0]).toEqual({
      actor: 'trader',
      code: 'complete-self-assessment',
      subject: { type: 'application', id: applicationId },
      deadline: null,
      link: `/v1/applications/${applicationId}/answers`,
    });
  });

  it('submitted: the trader answers the open information request; once answered, customs decides by the moved acceptance deadline', async () => {
    await sql(
      `UPDATE applications SET status = 'submitted', submitted_at = $2, acceptance_deadline = $3 WHERE id = $1`,
      [applicationId, at(-10), at(20)],
    );
    const requestId = randomUUID();
    await sql(
      `INSERT INTO information_requests (id, application_id, questions, requested_by, requested_at, due_by) VALUES ($1, $2, 'Audited accounts 2025?', 'officer-darkhan', $3, $4)`,
      [requestId, applicationId, at(-5), at(9)],
    );
    expect(await stepsOf(`/v1/applications/${applicationId}/next-steps`)).toEqual([
      {
        actor: 'trader',
        code: 'answer-information-request',
        subject: { type: 'application', id: applicationId },
        deadline: deadline(at(9)),
        link: `/v1/applications/${applicationId}/information-requests/${requestId}/reply`,
      },
    ]);
    await sql(
      `UPDATE information_requests SET response = 'attached', responded_by = 'trader', responded_at = $2 WHERE id = $1`,
      [requestId, at(-2)],
    );
    // Three days awaited: the acceptance deadline moves from day 20 to day 23.
    expect(await stepsOf(`/v1/applications/${applicationId}/next-steps`, company.officerToken)).toEqual([
      {
        actor: 'customs',
        code: 'customs-acceptance-decision',
        subject: { type: 'application', id: applicationId },
        deadline: deadline(at(23)),
        link: `/v1/applications/${applicationId}`,
      },
    ]);
  });

  it('hearing, and a suspended authorisation: the company’s steps across both, soonest first', async () => {
    await sql(
      `UPDATE applications SET status = 'hearing', accepted_at = $2, decision_deadline = $3, hearing_grounds = '["records incomplete"]', hearing_respond_by = $4 WHERE id = $1`,
      [applicationId, at(-8), at(50), at(25)],
    );
    const grantedId = randomUUID();
    const number = `MN-AEOS-2026-${company.taxpayerId}`;
    await sql(
      `INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, submitted_at, acceptance_deadline, created_by)
       VALUES ($1, $2, 'DARKHAN', 'AEOS', 'granted', true, $3, $3, 'trader')`,
      [grantedId, operatorId, at(-400)],
    );
    await sql(
      `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status, suspended_scope,
         decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
       VALUES ($1, $2, $3, $4, 'DARKHAN', 'AEOS', 'suspended', 'whole', 'executive-1', $5, $5, $6, true)`,
      [number, grantedId, operatorId, company.taxpayerId, at(-300), at(800)],
    );
    await sql(
      `INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, details) VALUES
         ($1, 'granted', 'granted', 'executive-1', '{}'), ($1, 'suspended', 'suspended', 'executive-1', $2)`,
      [number, JSON.stringify({ scope: 'whole', grounds: ['fence'], remediationPlanDue: at(12).toISOString() })],
    );
    expect(await stepsOf(`/v1/operators/${operatorId}/next-steps`)).toEqual([
      {
        actor: 'trader',
        code: 'remediation-plan-due',
        subject: { type: 'authorisation', id: number },
        deadline: deadline(at(12)),
        link: `/v1/authorisations/${number}/remediation-plan`,
      },
      {
        actor: 'trader',
        code: 'reply-to-hearing',
        subject: { type: 'application', id: applicationId },
        deadline: deadline(at(25)),
        link: `/v1/applications/${applicationId}/hearing-response`,
      },
    ]);
    // The granted application's own steps are its authorisation's.
    expect((await stepsOf(`/v1/applications/${grantedId}/next-steps`)).map((step) => step.code)).toEqual([
      'remediation-plan-due',
    ]);
    // The hearing's date passed without a reply: customs decides by the decision deadline.
    await sql(`UPDATE applications SET hearing_respond_by = $2 WHERE id = $1`, [applicationId, at(-1)]);
    expect(await stepsOf(`/v1/applications/${applicationId}/next-steps`)).toEqual([
      expect.objectContaining({ actor: 'customs', code: 'customs-certification-decision', deadline: deadline(at(50)) }),
    ]);
  });

  it('another company’s application or company is not found (404); staff of another region and a user not linked get 403', async () => {
    const hidden = await service()
      .http.get(`/v1/applications/${applicationId}/next-steps`)
      .set('Authorization', other.operatorToken)
      .expect(404);
    const missing = await service()
      .http.get(`/v1/applications/${randomUUID()}/next-steps`)
      .set('Authorization', other.operatorToken)
      .expect(404);
    expect(hidden.body.message.replace(applicationId, 'ID')).toBe(missing.body.message.replace(/[0-9a-f-]{36}/, 'ID'));
    await service()
      .http.get(`/v1/operators/${operatorId}/next-steps`)
      .set('Authorization', other.operatorToken)
      .expect(404);
    await service().http.get(`/v1/operators/${operatorId}/next-steps`).set('Authorization', otherRegion).expect(403);
    await service().http.get(`/v1/operators/${operatorId}/next-steps`).set('Authorization', notMember).expect(403);
    await service()
      .http.get(`/v1/applications/${applicationId}/next-steps`)
      .set('Authorization', notMember)
      .expect(403);
  });
});
