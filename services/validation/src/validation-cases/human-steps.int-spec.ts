import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, terminateWorkflows } from '@aeo/testing';
import { validationReportSignal } from '@aeo/workflows';
import { COMPLIANCE_SECTION } from '../testing/programme-sections';
import { startValidation } from '../testing/start-validation';
import { linkOperatorUsers } from '../testing/operator-members';
import { registerValidator } from '../testing/validators';
import { ValidationWorkflowActivities } from './validation.activities';

jest.setTimeout(90_000);

const DAY = 86_400_000;
const PROGRAMME = {
  statusTypes: [{ code: 'AEOC', sections: ['compliance'] }],
  sections: [COMPLIANCE_SECTION],
  timeLimits: { acceptanceDays: 30 },
};

/**
 * The validator's and the operator's steps are taken once (real PostgreSQL and Temporal): the
 * same request again answers as the first time and the workflow hears of the report once; a
 * different request gets 409 saying what was done, when and by whom.
 */
describe('human steps on validation cases are idempotent', () => {
  let service: ServiceUnderTest;
  let activities: ValidationWorkflowActivities;
  let temporal: Client;
  const office = bearer({ sub: 'office-uvs', roles: [ROLES.regionalOffice], region: 'UVS' });
  const validator = bearer({ sub: 'validator-uvs-1', roles: [ROLES.validator], region: 'UVS' });
  const taxpayerId = '7650001';
  const operator = bearer({ sub: 'trader-7650001', roles: [ROLES.operatorUser], taxpayerId });
  const workflowIds: string[] = [];

  beforeAll(async () => {
    service = await startValidation();
    await linkOperatorUsers(service.dataSource, { sub: 'trader-7650001', taxpayerId });
    activities = service.app.get(ValidationWorkflowActivities);
    temporal = service.app.get(Client);
    await service.dataSource.query(`INSERT INTO programme_versions (version, document) VALUES (11, $1)`, [
      JSON.stringify(PROGRAMME),
    ]);
    await registerValidator(service, office, { sub: 'validator-uvs-1', name: 'Uvs validator', region: 'UVS' }).expect(
      201,
    );
  });

  afterAll(async () => {
    await terminateWorkflows(temporal, workflowIds);
    await service?.close();
  });

  /** A case whose workflow runs (on a task queue no worker polls: its history records every signal). */
  async function caseWithWorkflow(siteVisitRequired = false) {
    const applicationId = randomUUID();
    const { caseId } = await activities.openValidationCase({
      applicationId,
      operatorId: randomUUID(),
      taxpayerId,
      region: 'UVS',
      statusType: 'AEOC',
      riskScore: 10,
      riskRecommendation: 'proceed',
      siteVisitRequired,
      reportDue: new Date(Date.now() + 90 * DAY).toISOString(),
      programmeVersion: 11,
    });
    const [{ workflow_id: workflowId }] = await service.dataSource.query(
      `SELECT workflow_id FROM validation_cases WHERE id = $1`,
      [caseId],
    );
    await temporal.workflow.start('certification', {
      workflowId,
      taskQueue: `human-steps-test-${randomUUID()}`,
      args: [],
    });
    workflowIds.push(workflowId);
    return { caseId, workflowId, base: `/v1/validation-cases/${caseId}` };
  }

  /** A site visit of the case, planned by the validator and moved into the past so that it can be completed. */
  async function visitDue(base: string) {
    const visit = await service.http
      .post(`${base}/visits`)
      .set('Authorization', validator)
      .send({ scheduledFor: new Date(Date.now() + 31 * DAY).toISOString() })
      .expect(201);
    await service.dataSource.query(`UPDATE site_visits SET scheduled_for = now() - interval '1 minute' WHERE id = $1`, [
      visit.body.visitId,
    ]);
    return visit;
  }

  /** A corrective action the validator asks of the operator (compliance question, 30 days). */
  const correctiveAction = (base: string) =>
    service.http
      .post(`${base}/corrective-actions`)
      .set('Authorization', validator)
      .send({
        questionId: 'compliance.infringements',
        description: 'Train the staff on the tariff rules.',
        dueInDays: 30,
      })
      .expect(201);

  const signalsOf = async (workflowId: string) =>
    ((await temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? []).filter(
      (event) => event.workflowExecutionSignaledEventAttributes?.signalName === validationReportSignal.name,
    );

  it('a repeated report answers as the first time and is handed to the workflow once; another report gets 409 with when and by whom', async () => {
    const { workflowId, base } = await caseWithWorkflow();
    await service.http
      .put(`${base}/checklist/compliance.infringements`)
      .set('Authorization', validator)
      .send({ finding: 'compliant', notes: 'no infringements in 3 years' })
      .expect(200);
    const report = { recommendation: 'grant', summary: 'desk review completed' };
    const first = await service.http.post(`${base}/report`).set('Authorization', validator).send(report).expect(200);
    const again = await service.http.post(`${base}/report`).set('Authorization', validator).send(report).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await signalsOf(workflowId)).toHaveLength(1);

    const other = await service.http
      .post(`${base}/report`)
      .set('Authorization', validator)
      .send({ recommendation: 'grant-with-conditions', summary: 'desk review completed', conditions: ['annual audit'] })
      .expect(409);
    expect(other.body.message).toMatch(
      /^The report step of validation-case .* was already taken: report submitted \(grant\) on \d{4}-\d\d-\d\dT\S+ by validator-uvs-1$/,
    );
    expect(await signalsOf(workflowId)).toHaveLength(1);
  });

  it('a repeated visit completion and a repeated answer to a corrective action answer as the first time; different ones get 409', async () => {
    const { base } = await caseWithWorkflow(true);
    const visit = await visitDue(base);
    const completion = { notes: 'site seen, fence in place' };
    const completed = await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send(completion)
      .expect(200);
    expect(
      (
        await service.http
          .post(`${base}/visits/${visit.body.visitId}/completion`)
          .set('Authorization', validator)
          .send(completion)
          .expect(200)
      ).body,
    ).toEqual(completed.body);
    const otherNotes = await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send({ notes: 'different notes' })
      .expect(409);
    expect(otherNotes.body.message).toMatch(/was already taken: completed on .* by validator-uvs-1$/);

    const action = await correctiveAction(base);
    const answer = { response: 'Training held on 3 March.' };
    const answered = await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', operator)
      .send(answer)
      .expect(200);
    expect(
      (
        await service.http
          .post(`${base}/corrective-actions/${action.body.actionId}/response`)
          .set('Authorization', operator)
          .send(answer)
          .expect(200)
      ).body,
    ).toEqual(answered.body);
    await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', operator)
      .send({ response: 'Something else entirely.' })
      .expect(409);
    const audit = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action IN ('validation-case.visit-completed', 'validation-case.corrective-action-answered') AND entity_id = $1`,
      [base.split('/').pop()],
    );
    expect(audit).toEqual([{ n: 2 }]);
  });

  it("another case's visit or corrective action, named under a case of the caller's, is not found: nothing of what was done leaks", async () => {
    const { base } = await caseWithWorkflow(true);
    const visit = await visitDue(base);
    const completion = { notes: 'seen on site' };
    await service.http
      .post(`${base}/visits/${visit.body.visitId}/completion`)
      .set('Authorization', validator)
      .send(completion)
      .expect(200);
    const action = await correctiveAction(base);
    const answer = { response: 'Training held on 4 March.' };
    await service.http
      .post(`${base}/corrective-actions/${action.body.actionId}/response`)
      .set('Authorization', operator)
      .send(answer)
      .expect(200);

    const other = await caseWithWorkflow(true);
    for (const body of [completion, { notes: 'other notes' }]) {
      const response = await service.http
        .post(`${other.base}/visits/${visit.body.visitId}/completion`)
        .set('Authorization', validator)
        .send(body)
        .expect(404);
      expect(response.body.message).not.toMatch(/already taken|validator-uvs-1/);
    }
    for (const body of [answer, { response: 'Something else.' }]) {
      const response = await service.http
        .post(`${other.base}/corrective-actions/${action.body.actionId}/response`)
        .set('Authorization', operator)
        .send(body)
        .expect(404);
      expect(response.body.message).not.toMatch(/already taken|trader-7650001/);
    }
  });
});
