import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, waitFor, startedForTests } from '@aeo/testing';
import {
  type AcceptanceDecision,
  type CertificationState,
  acceptanceDecisionSignal,
  certificationWorkflowId,
  validationReportSignal,
} from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { startCertificationHarness } from '../testing/certification-harness';
import { fileApplication } from '../testing/file-application';
import { registerOperator } from '../testing/granted-authorisation';
import { certificationStateOf, waitForCertificationStage } from '../testing/workflow-stages';

jest.setTimeout(240_000);

const WAIT_MS = 60_000;
/** A namespace of its own: the task queues are shared by every test process on the server. */
const NAMESPACE = 'aeo-test-human-steps';

/**
 * Human steps are taken once (real PostgreSQL, Kafka, Temporal; the applications service and the
 * orchestrating worker in-process, the risk and validation activities faked on their queues):
 * the same request again answers as the first time and the workflow hears of it once; another
 * request for a step already taken gets 409 saying what was done, when and by whom.
 */
describe('human steps on applications are idempotent', () => {
  const harness = startedForTests(() =>
    startCertificationHarness({
      namespace: NAMESPACE,
      validation: {
        openValidationCase: async (input) => {
          const caseId = caseIds.get(input.applicationId) ?? randomUUID();
          caseIds.set(input.applicationId, caseId);
          return { caseId };
        },
      },
    }),
  );
  let service: ServiceUnderTest;
  let temporalClient: Client;
  const company = makeCompany('DORNOD');
  const otherCompany = makeCompany('DORNOD');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const caseIds = new Map<string, string>();
  const operatorIds = new Map<string, string>();

  beforeAll(async () => {
    ({ service, temporal: temporalClient } = harness());
    for (const each of [company, otherCompany]) operatorIds.set(each.taxpayerId, await registerOperator(service, each));
  });

  /** A submitted application whose certification workflow waits for the acceptance decision. */
  async function submitted(by = company): Promise<string> {
    const filed = await fileApplication(harness().baseUrl, by.operatorToken, {
      operatorId: operatorIds.get(by.taxpayerId)!,
      statusType: 'AEOC',
      consentToMraSharing: false,
    });
    expect(filed.submission?.ok).toBe(true);
    harness().workflowIds.push(certificationWorkflowId(filed.applicationId));
    await waitForCertificationStage(temporalClient, filed.applicationId, 'acceptance');
    return filed.applicationId;
  }
  const stateOf = (applicationId: string) => certificationStateOf(temporalClient, applicationId);
  const reached = (applicationId: string, stage: CertificationState['stage']) =>
    waitForCertificationStage(temporalClient, applicationId, stage);
  /** The validator's report, as the validation service signals it. */
  const reportValidation = (applicationId: string, recommendation: 'grant' | 'refuse', summary: string) =>
    temporalClient.workflow.getHandle(certificationWorkflowId(applicationId)).signal(validationReportSignal, {
      caseId: caseIds.get(applicationId)!,
      recommendation,
      summary,
      submittedBy: 'validator-1',
    });
  /** The workflow history's signals and accepted updates by name. */
  async function told(applicationId: string): Promise<string[]> {
    const history = await temporalClient.workflow.getHandle(certificationWorkflowId(applicationId)).fetchHistory();
    return (history.events ?? []).flatMap((event) => {
      if (event.workflowExecutionSignaledEventAttributes)
        return [`signal:${event.workflowExecutionSignaledEventAttributes.signalName}`];
      if (event.workflowExecutionUpdateAcceptedEventAttributes)
        return [`update:${event.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest?.input?.name}`];
      return [];
    });
  }
  /** Ends an application, so its operator may file the next one. */
  const withdrawn = async (applicationId: string, by = company) =>
    service.http
      .post(`/v1/applications/${applicationId}/withdrawal`)
      .set('Authorization', by.operatorToken)
      .send({ reason: 'end of this test case' })
      .expect(202);
  const accept = (applicationId: string, body: object) =>
    service.http
      .post(`/v1/applications/${applicationId}/acceptance`)
      .set('Authorization', company.officerToken)
      .send(body);
  const decide = (applicationId: string, body: object) =>
    service.http.post(`/v1/applications/${applicationId}/decision`).set('Authorization', executive).send(body);

  it('a repeated acceptance answers as the first time and signals the workflow once; a repeated decision answers as the first time and updates it once', async () => {
    const applicationId = await submitted();
    const first = await accept(applicationId, { decision: 'accept' }).expect(202);
    const again = await accept(applicationId, { decision: 'accept' }).expect(202);
    expect(again.body).toEqual(first.body);
    await reached(applicationId, 'validation');
    expect(await accept(applicationId, { decision: 'accept' }).expect(202)).toHaveProperty('body', first.body);
    expect((await told(applicationId)).filter((name) => name === 'signal:acceptanceDecision')).toHaveLength(1);

    await reportValidation(applicationId, 'grant', 'all criteria met');
    await reached(applicationId, 'decision');
    // An extension beyond the programme's limit is a bad value (422 naming days), not a stage refusal; nothing is taken.
    const tooLong = await decide(applicationId, { decision: 'extend', reasons: ['need more time'], days: 365 }).expect(
      422,
    );
    expect(tooLong.body.message).toMatch(/refused: days: an extension is at most 60 days$/);
    const grant = { decision: 'grant', reasons: ['all criteria are met'] };
    const decided = await decide(applicationId, grant).expect(200);
    const repeated = await decide(applicationId, grant).expect(200);
    expect(repeated.body).toEqual(decided.body);
    expect((await told(applicationId)).filter((name) => name.startsWith('update:'))).toHaveLength(1);

    // Another decision for the step already taken: 409 with what was decided, when and by whom.
    const refusal = await decide(applicationId, {
      decision: 'refuse',
      reasons: ['second thoughts on security'],
    }).expect(409);
    expect(refusal.body.message).toMatch(
      new RegExp(
        `^The decision step of application ${applicationId} was already taken: granted on \\d{4}-\\d\\d-\\d\\dT[^ ]+ by executive-1$`,
      ),
    );
  });

  /**
   * What a request lost with its instance did: it signalled the workflow, and died before its step
   * committed. Waits until the workflow recorded the decision (the application's `status`).
   */
  async function signalledOnly(
    applicationId: string,
    decision: AcceptanceDecision,
    status: 'accepted' | 'rejected',
  ): Promise<void> {
    await temporalClient.workflow
      .getHandle(certificationWorkflowId(applicationId))
      .signal(acceptanceDecisionSignal, decision);
    await waitFor(
      `the decision recorded by the workflow (${status})`,
      async () => {
        const read = await service.http
          .get(`/v1/applications/${applicationId}`)
          .set('Authorization', company.officerToken)
          .expect(200);
        return read.body.status === status || undefined;
      },
      WAIT_MS,
      250,
    );
  }

  it('an acceptance whose request signalled the workflow and stopped before its step committed: the same request again answers 202, the workflow hears nothing more', async () => {
    const applicationId = await submitted();
    await signalledOnly(applicationId, { decision: 'accept', decidedBy: 'officer-dornod' }, 'accepted');
    // Another person's decision is not that request: 409 as for any step taken.
    const other = await service.http
      .post(`/v1/applications/${applicationId}/acceptance`)
      .set('Authorization', bearer({ sub: 'officer-dornod-2', roles: [ROLES.contactOfficer], region: 'DORNOD' }))
      .send({ decision: 'accept' })
      .expect(409);
    expect(other.body.message).toBe(`Application ${applicationId} is accepted; it cannot become accepted`);
    const again = await accept(applicationId, { decision: 'accept' }).expect(202);
    expect(again.body).toEqual({
      applicationId,
      decision: 'accept',
      workflowId: certificationWorkflowId(applicationId),
    });
    // The step is taken now: repeated, it answers the same; another decision is refused as taken.
    expect((await accept(applicationId, { decision: 'accept' }).expect(202)).body).toEqual(again.body);
    const rejection = await accept(applicationId, { decision: 'reject', reason: 'second thoughts' }).expect(409);
    expect(rejection.body.message).toMatch(/^The acceptance step of application .* was already taken: accepted on /);
    expect((await told(applicationId)).filter((name) => name === 'signal:acceptanceDecision')).toHaveLength(1);
    // The person's decision is audited once, marked as recorded after the workflow's.
    const audited = await service.dataSource.query(
      `SELECT actor_sub, after FROM audit_log WHERE action = 'application.acceptance-decision.accept' AND entity_id = $1`,
      [applicationId],
    );
    expect(audited).toEqual([
      { actor_sub: 'officer-dornod', after: { status: 'accepted', recordedAfterWorkflow: true } },
    ]);
    await withdrawn(applicationId);
  });

  it('a rejection whose request signalled the workflow and stopped before its step committed: the same grounds again answer 202, other grounds 409', async () => {
    const applicationId = await submitted();
    const reason = 'the financial statements are missing';
    await signalledOnly(applicationId, { decision: 'reject', decidedBy: 'officer-dornod', reason }, 'rejected');
    const otherGrounds = await accept(applicationId, { decision: 'reject', reason: 'other grounds' }).expect(409);
    expect(otherGrounds.body.message).toBe(`Application ${applicationId} is rejected; it cannot become rejected`);
    const again = await accept(applicationId, { decision: 'reject', reason }).expect(202);
    expect(again.body).toEqual({
      applicationId,
      decision: 'reject',
      workflowId: certificationWorkflowId(applicationId),
    });
    expect((await told(applicationId)).filter((name) => name === 'signal:acceptanceDecision')).toHaveLength(1);
  });

  it("an acceptance's reason, when given, is kept in the audit trail", async () => {
    const applicationId = await submitted();
    await accept(applicationId, { decision: 'accept', reason: 'the file is complete' }).expect(202);
    const audited = await service.dataSource.query(
      `SELECT reason FROM audit_log WHERE action = 'application.acceptance-decision.accept' AND entity_id = $1`,
      [applicationId],
    );
    expect(audited).toEqual([{ reason: 'the file is complete' }]);
    await reached(applicationId, 'validation');
    await withdrawn(applicationId);
  });

  it('an acceptance the workflow could not record is no longer taken: customs may decide again, and the same decision reaches the workflow', async () => {
    const applicationId = await submitted();
    // The workflow's activity fails for good (invalid data) while recording this acceptance.
    await service.dataSource.query(`
      CREATE OR REPLACE FUNCTION human_steps_test_refuse_acceptance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'accepted' AND NEW.id::text = '${applicationId}' THEN RAISE EXCEPTION 'test: acceptance cannot be recorded' USING ERRCODE = '22023'; END IF;
        RETURN NEW;
      END $$`);
    await service.dataSource.query(
      `CREATE TRIGGER human_steps_test_refuse_acceptance BEFORE UPDATE ON applications FOR EACH ROW EXECUTE FUNCTION human_steps_test_refuse_acceptance()`,
    );
    try {
      await accept(applicationId, { decision: 'accept' }).expect(202);
      await waitFor(
        'the failed acceptance reported',
        async () =>
          ((await stateOf(applicationId))?.history ?? []).some((entry) =>
            entry.note.startsWith('acceptance could not be recorded'),
          ) || undefined,
        WAIT_MS,
        250,
      );
      await waitFor(
        'the step forgotten',
        async () =>
          (
            await service.dataSource.query(
              `SELECT 1 FROM human_steps WHERE subject_type = 'application' AND subject_id = $1`,
              [applicationId],
            )
          ).length === 0 || undefined,
        WAIT_MS,
        250,
      );
    } finally {
      await service.dataSource.query(`DROP TRIGGER IF EXISTS human_steps_test_refuse_acceptance ON applications`);
    }
    await accept(applicationId, { decision: 'accept' }).expect(202);
    await waitFor(
      'the acceptance recorded',
      async () => ((await stateOf(applicationId))?.stage ?? 'acceptance') !== 'acceptance' || undefined,
      WAIT_MS,
      250,
    );
    expect((await told(applicationId)).filter((name) => name === 'signal:acceptanceDecision')).toHaveLength(2);
    await withdrawn(applicationId);
  });

  it("a reply naming another application's information request is not found: nothing of the reply given there leaks", async () => {
    const theirs = await submitted(otherCompany);
    const ours = await submitted();
    const asked = await service.http
      .post(`/v1/applications/${theirs}/information-requests`)
      .set('Authorization', otherCompany.officerToken)
      .send({ questions: 'Send the audited financial statements of last year.', dueInDays: 10 })
      .expect(201);
    expect(asked.body.requestedBy).toBe('officer-dornod');
    const reply = { response: 'The statements are attached as document 7.' };
    const replied = await service.http
      .post(`/v1/applications/${theirs}/information-requests/${asked.body.id}/reply`)
      .set('Authorization', otherCompany.operatorToken)
      .send(reply)
      .expect(201);
    // The company does not learn which officer asked (as its webhooks do not); customs does.
    expect(replied.body).not.toHaveProperty('requestedBy');
    const listed = (token: string) =>
      service.http.get(`/v1/applications/${theirs}/information-requests`).set('Authorization', token).expect(200);
    expect((await listed(otherCompany.operatorToken)).body[0]).not.toHaveProperty('requestedBy');
    expect((await listed(otherCompany.officerToken)).body[0].requestedBy).toBe('officer-dornod');
    for (const body of [reply, { response: 'Something else entirely, at length.' }]) {
      const response = await service.http
        .post(`/v1/applications/${ours}/information-requests/${asked.body.id}/reply`)
        .set('Authorization', company.operatorToken)
        .send(body)
        .expect(404);
      expect(response.body.message).not.toMatch(/already taken|trader-/);
    }
    await withdrawn(theirs, otherCompany);
    await withdrawn(ours);
  });

  it('an acceptance after a rejection gets 409 saying it was rejected, when and by whom, and the workflow hears nothing more', async () => {
    const applicationId = await submitted(otherCompany);
    await accept(applicationId, { decision: 'reject', reason: 'the financial statements are missing' }).expect(202);
    const conflicting = await accept(applicationId, { decision: 'accept' }).expect(409);
    expect(conflicting.body.message).toMatch(
      new RegExp(
        `^The acceptance step of application ${applicationId} was already taken: rejected \\(the financial statements are missing\\) on \\d{4}-\\d\\d-\\d\\dT[^ ]+ by officer-dornod$`,
      ),
    );
    const repeated = await accept(applicationId, {
      decision: 'reject',
      reason: 'the financial statements are missing',
    }).expect(202);
    expect(repeated.body).toEqual({
      applicationId,
      decision: 'reject',
      workflowId: certificationWorkflowId(applicationId),
    });
    // The same body from another officer is not their repeat: they learn who took the step.
    const colleague = bearer({ sub: 'officer-dornod-2', roles: [ROLES.contactOfficer], region: 'DORNOD' });
    const byColleague = await service.http
      .post(`/v1/applications/${applicationId}/acceptance`)
      .set('Authorization', colleague)
      .send({ decision: 'reject', reason: 'the financial statements are missing' })
      .expect(409);
    expect(byColleague.body.message).toMatch(
      /was already taken: rejected \(the financial statements are missing\) on .* by officer-dornod$/,
    );
    await reached(applicationId, 'rejected');
    expect((await told(applicationId)).filter((name) => name === 'signal:acceptanceDecision')).toHaveLength(1);
    // The company reads the rejection and its grounds, not which officer took it (customs does).
    const read = (token: string) =>
      service.http.get(`/v1/applications/${applicationId}`).set('Authorization', token).expect(200);
    expect((await read(otherCompany.operatorToken)).body).toMatchObject({
      status: 'rejected',
      statusReason: 'the financial statements are missing',
      decidedBy: null,
    });
    expect((await read(otherCompany.officerToken)).body.decidedBy).toBe('officer-dornod');
    const listed = await service.http
      .get('/v1/applications')
      .query({ operatorId: operatorIds.get(otherCompany.taxpayerId) })
      .set('Authorization', otherCompany.operatorToken)
      .expect(200);
    expect(listed.body.find((each: { id: string }) => each.id === applicationId).decidedBy).toBeNull();
    // Recorded in the database, so it holds across restarts.
    const steps = await service.dataSource.query(
      `SELECT step, actor, summary FROM human_steps WHERE subject_type = 'application' AND subject_id = $1`,
      [applicationId],
    );
    expect(steps).toEqual([
      { step: 'acceptance', actor: 'officer-dornod', summary: 'rejected (the financial statements are missing)' },
    ]);
  });

  it('a refusal opens the hearing once; repeated, it answers as the first time', async () => {
    const applicationId = await submitted(otherCompany);
    await accept(applicationId, { decision: 'accept' }).expect(202);
    await reached(applicationId, 'validation');
    await reportValidation(applicationId, 'refuse', 'no security plan');
    await reached(applicationId, 'decision');
    const refusal = { decision: 'refuse', reasons: ['no security plan for the bonded warehouse'] };
    const intended = await decide(applicationId, refusal);
    expect(intended.body).toMatchObject({ stage: 'hearing' });
    expect(intended.status).toBe(200);
    expect((await decide(applicationId, refusal).expect(200)).body).toEqual(intended.body);
  });

  it('a withdrawal is taken once: repeated, the same answer; with other reasons, 409 saying when and by whom', async () => {
    const { applicationId } = await fileApplication(
      harness().baseUrl,
      company.operatorToken,
      { operatorId: operatorIds.get(company.taxpayerId)!, statusType: 'AEOS', consentToMraSharing: false },
      { stopBefore: 'answers' },
    );
    const withdraw = (reason: string) =>
      service.http
        .post(`/v1/applications/${applicationId}/withdrawal`)
        .set('Authorization', company.operatorToken)
        .send({ reason });
    const first = await withdraw('we will apply next year').expect(202);
    expect(first.body).toEqual({ applicationId, status: 'withdrawn' });
    expect((await withdraw('we will apply next year').expect(202)).body).toEqual(first.body);
    const other = await withdraw('another reason entirely').expect(409);
    expect(other.body.message).toMatch(
      new RegExp(
        `^The withdrawal step of application ${applicationId} was already taken: withdrawn \\(we will apply next year\\) on \\S+ by trader-${company.taxpayerId}$`,
      ),
    );
    const audit = await service.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.withdrawn' AND entity_id = $1`,
      [applicationId],
    );
    expect(audit).toEqual([{ n: 1 }]);
  });
});
