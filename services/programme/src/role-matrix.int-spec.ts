import { randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  itAnswersAsTheRoleMatrix,
  linkOperatorUsers,
  MATRIX_CALLERS,
  matrixCallerClaims,
  matrixScope,
  roleMatrix,
  startedForTests,
  type MatrixCaller,
} from '@aeo/testing';
import { seedParticipants } from './pilots/training/testing/participants';
import { startProgramme } from './testing/start-programme';

/**
 * Who may call what (issue 18): columns and cells are explained in libs/testing/src/role-matrix.ts.
 * The fixture: a running pilot whose one company (the opU caller's) accepted, in the fixture's
 * region, the co caller its contact officer in the pilot. A company not in the pilot (xCo) gets 404
 * for its sessions; another region's staff and an operator user of another company 404 for the
 * company's invitation (hidden; its steps too), 403 for the
 * rest of the company's records (an operator user of another company 404 for its contact officer and
 * training, as for a company not in the pilot); a milestone is reported done by its owner (another's: 403).
 * Real records where another region or company is checked: a training session held with one registration of
 * the company (another region's staff record its attendance: 403; a company not in the pilot:
 * 404), an open internal questionnaire for the staff and an open external one for the companies
 * (another region's staff, a company not in the pilot: 403). The rest named by an id of their own
 * (reports, deviation cases and their steps, opening/closing a questionnaire) are made up: the in-scope
 * callers allowed get 404 after the checks, and another region's staff `nf` on a case (a 404 that
 * reached no scope check: a real case needs the evaluator's workflow, which no worker runs here).
 */
const MATRIX = roleMatrix`
  operation                                                                 none opU co  val ro  exe pol mra pc  ops bp  xRg xCo xPc
  GET /v1/kpis                                                              401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/kpis/{kpiId}                                                      401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/kpis/{kpiId}/events                                               401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/reports                                                           401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/reports                                                          401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/reports/{reportId}                                                401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/reports/{reportId}/{format}                                       401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/scorecard                                                         401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/scorecard/wto-tfa-7-7                                             401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/scorecard/standards/{id}/history                                  401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  POST /v1/scorecard/standards/{id}/assessments                             401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/thresholds                                                        401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/thresholds/{kpiId}                                                401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  PUT /v1/thresholds/{kpiId}                                                401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/thresholds/{kpiId}/withdrawal                                    401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/deviations                                                        401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/deviation-cases                                                   401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/deviations/{caseId}                                               401  403 403 403 ok  ok  ok  403 403 403 403 nf  403 403
  POST /v1/deviations/{caseId}/analysis                                     401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/plan                                         401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/implementation                               401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/actions/{actionId}/done                      401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/replan                                       401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/close                                        401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/deviations/{caseId}/dismissal                                    401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots                                                            401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/pilot-overview                                                    401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  POST /v1/pilots                                                           401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{id}                                                       401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  PATCH /v1/pilots/{id}                                                     401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  PUT /v1/pilots/{id}/objectives                                            401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  PUT /v1/pilots/{id}/workstreams                                           401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{id}/milestones                                           401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{id}/start                                                401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{id}/milestones/{milestoneId}/completion                  401  403 ok  403 ok  ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{id}/extensions                                           401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  POST /v1/pilots/{id}/cancellation                                         401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/invitations/{taxpayerId}                         401  ok  ok  403 ok  ok  ok  403 403 403 403 403 404 403
  POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/comments               401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/acceptance             401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/decline                401  ok  403 403 403 403 403 403 403 403 403 403 404 403
  POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/withdrawal             401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/selection-terms                                  401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  PUT /v1/pilots/{pilotId}/selection-terms                                  401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/shortlists                                       401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/shortlists                                      401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/participants                                     401  403 ok  403 ok  ok  ok  403 403 403 403 ok  403 403
  POST /v1/pilots/{pilotId}/participants                                    401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  PUT /v1/pilots/{pilotId}/participants/{taxpayerId}/operator               401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/contact-officers                                 401  ok  ok  403 ok  ok  ok  403 403 403 403 ok  ok  403
  GET /v1/pilots/{pilotId}/companies/{taxpayerId}/contact-officer           401  ok  ok  403 ok  ok  ok  403 403 403 403 403 404 403
  GET /v1/pilot-companies                                                   401  403 ok  403 ok  ok  ok  403 403 403 403 ok  403 403
  PUT /v1/pilots/{pilotId}/companies/{taxpayerId}/contact-officer           401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/training-sessions                                401  ok  ok  403 ok  ok  ok  403 403 403 403 ok  404 403
  POST /v1/pilots/{pilotId}/training-sessions                               401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/training-sessions/{sessionId}                    401  ok  ok  403 ok  ok  ok  403 403 403 403 ok  404 403
  POST /v1/pilots/{pilotId}/training-sessions/{sessionId}/registrations     401  ok  403 403 403 403 ok  403 403 403 403 403 404 403
  POST /v1/pilots/{pilotId}/training-sessions/{sessionId}/attendance        401  403 ok  403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/training-sessions/{sessionId}/materials         401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/companies/{taxpayerId}/training                  401  ok  ok  403 ok  ok  ok  403 403 403 403 403 404 403
  GET /v1/pilots/{pilotId}/questionnaires                                   401  ok  ok  403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/questionnaires                                  401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}                 401  ok  ok  403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/opening        401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/closing        401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/responses      401  ok  ok  403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/responses/mine  401  ok  ok  403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/results         401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/evaluation                                       401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/lessons                                          401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/lessons                                         401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/benefits-test                                    401  403 403 403 ok  ok  ok  403 403 403 403 ok  403 403
  GET /v1/pilots/{pilotId}/final-reports                                    401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/final-reports                                   401  403 403 403 403 403 ok  403 403 403 403 403 403 403
  POST /v1/pilots/{pilotId}/final-report/approval                           401  403 403 403 403 ok  403 403 403 403 403 403 403 403
  GET /v1/pilots/{pilotId}/final-report                                     401  403 403 403 403 ok  ok  403 403 403 403 403 403 403
  GET /health/live                                                          ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
  GET /health/ready                                                         ok   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
`;

describe('programme: the role x endpoint x scope matrix (real PostgreSQL, Kafka, Temporal)', () => {
  jest.setTimeout(300_000);
  const service = startedForTests(() => startProgramme([], {}, { ownTopics: true }));
  const scope = matrixScope({ subs: { co: 'matrix-officer' } });
  const pilotId = randomUUID();
  // A milestone is reported done by its owner (or the policy unit): each caller owns one, the pilot
  // not started (409 after the checks); another region's staff try the co caller's (403).
  const milestones = new Map(MATRIX_CALLERS.map((caller) => [caller, randomUUID()]));
  const subOf = (caller: Exclude<MatrixCaller, 'none'>) => matrixCallerClaims(scope)[caller].sub;
  const caseId = `programme-deviation-matrix-${scope.taxpayerId}`;
  const sessionId = randomUUID();
  const registrationId = randomUUID();
  // Each questionnaire is asked of the caller's audience: companies the external one, staff the internal one.
  const questionnaires = { internal: '', external: '' };
  const questionnaireOf = (caller: MatrixCaller) =>
    caller === 'opU' || caller === 'xCo' ? questionnaires.external : questionnaires.internal;

  beforeAll(async () => {
    await service().dataSource.query(
      `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
       VALUES ($1, $2, 'Pilot of the role matrix', 'running', current_date, current_date + 180, 5, 'matrix-pol')`,
      [pilotId, `MX-${scope.taxpayerId}`],
    );
    // The operator users as the applications service links them (aeo.operator.user-linked.v1): each to its own company.
    await linkOperatorUsers(
      service(),
      { sub: subOf('opU'), taxpayerId: scope.taxpayerId },
      { sub: subOf('xCo'), taxpayerId: scope.otherTaxpayerId },
    );
    await seedParticipants(service().dataSource, pilotId, [
      { taxpayerId: scope.taxpayerId, stage: 'accepted', region: scope.region, operatorId: randomUUID() },
    ]);
    for (const caller of MATRIX_CALLERS)
      await service().dataSource.query(
        `INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, created_by) VALUES ($1, $2, $3, 'companies', current_date + 30, $4, 'matrix-pol')`,
        [milestones.get(caller), pilotId, `Milestone of ${caller}`, caller === 'none' ? 'nobody' : subOf(caller)],
      );
    // The shortlist as the selection records it (the seed's request is a bare {}).
    await service().dataSource.query(`UPDATE pilot_shortlists SET request = $2 WHERE pilot_id = $1`, [
      pilotId,
      JSON.stringify({ limit: 10, windowDays: 365, exclusionYears: 3, weights: { volume: 1, value: 1, revenue: 1 } }),
    ]);
    // The co caller is the company's contact officer in the pilot (it takes part in its evaluation).
    await service()
      .http.put(`/v1/pilots/${pilotId}/companies/${scope.taxpayerId}/contact-officer`)
      .set('Authorization', bearer({ sub: 'matrix-pol', roles: [ROLES.policyUnit] }))
      .send({ officerSub: 'matrix-officer', officerRegion: scope.region, reason: 'Knows the company' })
      .expect(200);
    // A company-staff session held an hour ago (not required: no training completes), the company's staff registered.
    await service().dataSource.query(
      `INSERT INTO pilot_training_sessions (id, pilot_id, topic, required, starts_at, ends_at, place, audience, capacity, created_by)
       VALUES ($1, $2, 'Matrix session', false, now() - interval '2 hours', now() - interval '1 hour', 'Darkhan', 'company-staff', 10, 'matrix-pol')`,
      [sessionId, pilotId],
    );
    await service().dataSource.query(
      `INSERT INTO pilot_training_registrations (id, session_id, taxpayer_id, region, person_name, person_role, registered_by)
       VALUES ($1, $2, $3, $4, 'Bat-Erdene', 'Compliance officer', 'matrix-opU')`,
      [registrationId, sessionId, scope.taxpayerId, scope.region],
    );
    // Two questionnaires, opened by the policy unit.
    const policyUnit = bearer({ sub: 'matrix-pol', roles: [ROLES.policyUnit] });
    for (const audience of ['internal', 'external'] as const) {
      const created = await service()
        .http.post(`/v1/pilots/${pilotId}/questionnaires`)
        .set('Authorization', policyUnit)
        .set('Idempotency-Key', randomUUID())
        .send({
          audience,
          title: { mn: 'Үнэлгээ', en: 'Evaluation' },
          questions: [{ kind: 'scale', text: { mn: 'Сэтгэл ханамж?', en: 'Satisfied?' } }],
        })
        .expect(201);
      questionnaires[audience] = created.body.id;
      await service()
        .http.post(`/v1/pilots/${pilotId}/questionnaires/${created.body.id}/opening`)
        .set('Authorization', policyUnit)
        .set('Idempotency-Key', randomUUID())
        .send({ closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })
        .expect(200);
    }
  });

  itAnswersAsTheRoleMatrix(() => service().http, MATRIX, scope, {
    params: () => ({
      id: pilotId,
      pilotId,
      taxpayerId: scope.taxpayerId,
      kpiId: 'decided-within-time-limit',
      reportId: randomUUID(),
      format: 'html',
      caseId: randomUUID(),
      actionId: randomUUID(),
      milestoneId: randomUUID(),
      sessionId: randomUUID(),
      questionnaireId: randomUUID(),
    }),
    requests: {
      // A valid request would start the shortlist workflow (no worker here): an unknown field, 400 to the policy unit.
      'POST /v1/pilots/{pilotId}/shortlists': { body: { matrix: true } },
      'POST /v1/pilots/{id}/milestones/{milestoneId}/completion': (caller) => ({
        params: { milestoneId: milestones.get(caller === 'xRg' ? 'co' : caller)! },
        body: { evidence: [{ title: 'Minutes', reference: 'DOC-1' }] },
      }),
      'GET /v1/scorecard/standards/{id}/history': { params: { id: 'mandate-from-the-top.senior-support' } },
      'POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/comments': { body: { comment: 'A question on the terms.' } },
      'POST /v1/pilots/{pilotId}/invitations/{taxpayerId}/decline': { body: { reason: 'Not this year.' } },
      'GET /v1/deviations/{caseId}': { params: { caseId } },
      'GET /v1/pilots/{pilotId}/training-sessions/{sessionId}': { params: { sessionId } },
      'POST /v1/pilots/{pilotId}/training-sessions/{sessionId}/registrations': {
        params: { sessionId },
        body: { personName: 'Bat-Erdene', personRole: 'Compliance officer' },
      },
      'POST /v1/pilots/{pilotId}/training-sessions/{sessionId}/attendance': {
        params: { sessionId },
        body: { attendance: [{ registrationId, attended: true }] },
      },
      'GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}': (caller) => ({
        params: { questionnaireId: questionnaireOf(caller) },
      }),
      'POST /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/responses': (caller) => ({
        params: { questionnaireId: questionnaireOf(caller) },
        body: { answers: [{ questionId: 'Q1', scale: 4 }] },
      }),
      'GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/responses/mine': (caller) => ({
        params: { questionnaireId: questionnaireOf(caller) },
      }),
      'GET /v1/pilots/{pilotId}/questionnaires/{questionnaireId}/results': () => ({
        params: { questionnaireId: questionnaires.internal },
      }),
    },
    scopes: {},
  });
});
