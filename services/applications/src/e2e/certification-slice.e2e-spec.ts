import { createHash, randomUUID } from 'node:crypto';
import { Connection, Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import type { Kafka, Producer } from 'kafkajs';
import {
  ApplicationAccepted,
  ApplicationHearingOpened,
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationRefused,
  TOPIC_NAMES,
  ValidationOpened,
  ValidationReportSubmitted,
} from '@aeo/contracts';
import { ROLES } from '@aeo/auth';
import {
  bearer,
  collectMessages,
  examineAndReport,
  createTestDatabase,
  RunningProcess,
  startServiceProcess,
  startWorkerProcess,
  testEnv,
  testKafka,
  TestDatabase,
  terminateWorkflows,
  uniqueName,
  waitFor,
} from '@aeo/testing';
import {
  SEARCH_ATTRIBUTE_KEYS,
  certificationStateQuery,
  certificationWorkflowId,
  revalidationWorkflowId,
} from '@aeo/workflows';
import { json, makeCompany, readJson } from './slice-fixtures';
import { SAMPLE_PDF, fileApplication } from '../testing/file-application';

jest.setTimeout(240_000);

/**
 * Certification end to end, real all the way: REST → row + outbox in one transaction → Kafka →
 * certification workflow (deterministic id) → acceptance decided through the API → risk
 * assessment (risk-management) → validation case and report (validation) → the executive's
 * decision → a published grant, or a refusal after the right to be heard; notifications consumed
 * idempotently. The orchestrating worker is killed mid-flight and replaced.
 */
describe('certification across real processes', () => {
  let applicationsDb: TestDatabase;
  let notificationsDb: TestDatabase;
  let validationDb: TestDatabase;
  let riskDb: TestDatabase;
  let applications: RunningProcess;
  let notifications: RunningProcess;
  let validation: RunningProcess;
  let riskManagement: RunningProcess;
  let worker: RunningProcess;
  let kafka: Kafka;
  let producer: Producer;
  let temporal: Client;
  const grantedNumbers: string[] = [];
  const groupSuffix = `.${uniqueName('e2e')}`;

  beforeAll(async () => {
    [applicationsDb, notificationsDb, validationDb, riskDb] = await Promise.all([
      createTestDatabase('slice_apps'),
      createTestDatabase('slice_notif'),
      createTestDatabase('slice_valid'),
      createTestDatabase('slice_risk'),
    ]);
    [applications, notifications, validation, riskManagement, worker] = await Promise.all([
      startServiceProcess('applications', {
        databaseUrl: applicationsDb.url,
        groupSuffix,
        env: { DOCUMENT_MAX_BYTES: '65536' },
      }),
      startServiceProcess('notifications', { databaseUrl: notificationsDb.url, groupSuffix }),
      // Visits announced seconds ahead, so that they can be held (completed) during the test.
      startServiceProcess('validation', {
        databaseUrl: validationDb.url,
        groupSuffix,
        env: { VISIT_NOTICE_DAYS: '0' },
      }),
      startServiceProcess('risk-management', { databaseUrl: riskDb.url, groupSuffix }),
      startWorkerProcess(),
    ]);
    // Authorisation numbers (and so revalidation workflow ids) must not repeat those of other databases on the same Temporal server.
    const db = new PgClient({ connectionString: applicationsDb.url });
    await db.connect();
    await db.query(`SELECT setval('authorisation_number_seq', $1)`, [
      10_000_000 + Math.floor(Math.random() * 80_000_000),
    ]);
    await db.end();
    kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
    temporal = new Client({
      connection: await Connection.connect({ address: testEnv.temporalAddress }),
      namespace: testEnv.temporalNamespace,
    });
    // The regional office registers its validator; new cases of the region go to the least busy one.
    const registered = await fetch(`${validation.url}/v1/validators`, {
      method: 'POST',
      headers: json(bearer({ sub: 'office-darkhan', roles: [ROLES.regionalOffice], region: 'DARKHAN' })),
      body: JSON.stringify({ sub: 'validator-darkhan', name: 'Darkhan validator', region: 'DARKHAN' }),
    });
    expect(registered.status).toBe(201);
  });

  afterAll(async () => {
    // The grant's revalidation workflow would otherwise sleep on after its database is gone.
    await terminateWorkflows(temporal, grantedNumbers.map(revalidationWorkflowId));
    await Promise.all([
      applications?.stop(),
      notifications?.stop(),
      validation?.stop(),
      riskManagement?.stop(),
      worker?.stop(),
    ]);
    await producer?.disconnect();
    await temporal?.connection.close();
    await Promise.all([applicationsDb?.drop(), notificationsDb?.drop(), validationDb?.drop(), riskDb?.drop()]);
  });

  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const validatorOf = (region: string) =>
    bearer({ sub: `validator-${region.toLowerCase()}`, roles: [ROLES.validator], region });
  const post = (url: string, token: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: json(token), body: JSON.stringify(body) });
  const stageOf = async (applicationId: string) =>
    (await temporal.workflow.getHandle(certificationWorkflowId(applicationId)).query(certificationStateQuery)).stage;
  const waitForStage = (applicationId: string, stage: string) =>
    waitFor(
      `certification of ${applicationId} at ${stage}`,
      async () => ((await stageOf(applicationId).catch(() => undefined)) === stage ? true : undefined),
      90_000,
      500,
    );
  /** The validation case the workflow opened, found by a validator of the region. */
  const caseOf = async (applicationId: string, region: string) =>
    waitFor(
      `the validation case of ${applicationId}`,
      async () => {
        const cases = await readJson(
          await fetch(`${validation.url}/v1/validation-cases`, { headers: json(validatorOf(region)) }),
        );
        return cases.find((c: { applicationId: string }) => c.applicationId === applicationId);
      },
      90_000,
      500,
    );

  it('takes an application from submission to a published grant, surviving a worker crash', async () => {
    const company = makeCompany('DARKHAN');
    const correlationId = `e2e-${randomUUID()}`;
    const events = await collectMessages(kafka, [TOPIC_NAMES.applicationEvents]);
    try {
      const operatorResponse = await fetch(`${applications.url}/v1/operators`, {
        method: 'POST',
        headers: json(company.operatorToken),
        body: JSON.stringify(company.registration),
      });
      expect(operatorResponse.status).toBe(201);
      const operator = await readJson(operatorResponse);

      // A draft, the self-assessment with its evidence, then the submission (completeness checked).
      const filed = await fileApplication(
        applications.url,
        company.operatorToken,
        { operatorId: operator.id, statusType: 'AEOF', consentToMraSharing: true },
        { correlationId },
      );
      const submitResponse = filed.submission!;
      expect(submitResponse.status).toBe(200);
      expect(submitResponse.headers.get('x-correlation-id')).toBe(correlationId);
      const application = await readJson(submitResponse);
      expect(application).toMatchObject({
        status: 'submitted',
        region: 'DARKHAN',
        statusType: 'AEOF',
        programmeVersion: 1,
      });
      // Submitting again is harmless.
      const again = await post(
        `${applications.url}/v1/applications/${application.id}/submission`,
        company.operatorToken,
        {},
      );
      expect(again.status).toBe(200);
      expect((await readJson(again)).submittedAt).toBe(application.submittedAt);

      // The submitted event reached Kafka in CloudEvents binary mode, keyed by the operator.
      const [submitted] = await events.waitForCount(1, 30_000, (m) => m.headers['ce_subject'] === application.id);
      expect(submitted.headers).toMatchObject({
        ce_type: ApplicationSubmitted.type,
        ce_source: '/aeo/applications',
        ce_correlationid: correlationId,
      });
      expect(submitted.message.key?.toString()).toBe(operator.id);

      // The workflow started with a deterministic id and is findable by its search attributes.
      const workflowId = certificationWorkflowId(application.id);
      const state = await waitFor(
        'the certification workflow at acceptance',
        async () => {
          // Customs' view (an operator user gets 403).
          const response = await fetch(`${applications.url}/v1/applications/${application.id}/certification`, {
            headers: json(company.officerToken),
          });
          return response.ok ? readJson(response) : undefined;
        },
        60_000,
        500,
      );
      expect(state).toMatchObject({ stage: 'acceptance', applicationId: application.id });
      const description = await temporal.workflow.getHandle(workflowId).describe();
      expect(description.typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.region)).toBe('DARKHAN');
      expect(await description.memo).toMatchObject({ correlationId });

      // Crash the orchestrating worker while the workflow waits, then bring a new one.
      await worker.stop('SIGKILL');
      worker = await startWorkerProcess();

      const decision = await fetch(`${applications.url}/v1/applications/${application.id}/acceptance`, {
        method: 'POST',
        headers: json(company.officerToken),
        body: JSON.stringify({ decision: 'accept' }),
      });
      expect(decision.status).toBe(202);
      // The id the acceptance answered (generated, the officer sent none) marks everything it causes.
      const acceptanceId = decision.headers.get('x-correlation-id');
      expect(acceptanceId).toMatch(/^[0-9a-f-]{36}$/);

      const accepted = await waitFor(
        'the application to be accepted',
        async () => {
          const response = await fetch(`${applications.url}/v1/applications/${application.id}`, {
            headers: json(company.operatorToken),
          });
          const body = await readJson(response);
          return body.status === 'accepted' ? body : undefined;
        },
        60_000,
        500,
      );
      // The company reads the acceptance, not which officer took it (customs does).
      expect(accepted.decidedBy).toBeNull();
      expect(Date.parse(accepted.decisionDeadline) - Date.parse(accepted.acceptedAt)).toBeGreaterThan(119 * 86_400_000);
      const [acceptedEvent] = await events.waitForCount(
        1,
        30_000,
        (m) => m.headers['ce_subject'] === application.id && m.headers['ce_type'] === ApplicationAccepted.type,
      );
      expect(acceptedEvent!.headers['ce_correlationid']).toBe(acceptanceId);

      // Risk assessment by the risk-management service, then a validation case in the operator's region.
      await waitForStage(application.id, 'validation');
      const validationCase = await caseOf(application.id, 'DARKHAN');
      expect(validationCase).toMatchObject({
        status: 'open',
        region: 'DARKHAN',
        taxpayerId: company.taxpayerId,
        statusType: 'AEOF',
        siteVisitRequired: true,
        assignedValidator: 'validator-darkhan',
        programmeVersion: 1,
      });
      // The checklist is the AEOF criteria of the application's programme version.
      const checklist = await readJson(
        await fetch(`${validation.url}/v1/validation-cases/${validationCase.id}/checklist`, {
          headers: json(validatorOf('DARKHAN')),
        }),
      );
      expect(checklist.map((item: { questionId: string }) => item.questionId)).toEqual(
        expect.arrayContaining(['compliance.infringements', 'competence.experience', 'security.premises']),
      );
      // Not before the examination is done; no visit without the notice period.
      const premature = await post(
        `${validation.url}/v1/validation-cases/${validationCase.id}/report`,
        validatorOf('DARKHAN'),
        { recommendation: 'grant', summary: 'desk review and site visit found no gaps' },
      );
      expect(premature.status).toBe(422);
      expect((await readJson(premature)).issues).toEqual(
        expect.arrayContaining([
          'checklist: compliance.infringements has no finding',
          'visits: the risk assessment requires a site visit, and none is completed',
        ]),
      );
      // The notice rule (VISIT_NOTICE_DAYS is 0 here, so that the visit can be held during the test): no visit in the past.
      const unannounced = await post(
        `${validation.url}/v1/validation-cases/${validationCase.id}/visits`,
        validatorOf('DARKHAN'),
        { scheduledFor: new Date(Date.now() - 3 * 86_400_000).toISOString() },
      );
      expect(unannounced.status).toBe(400);
      expect((await readJson(unannounced)).message).toMatch(
        /^scheduledFor: site visits are announced at least 0 days ahead/,
      );
      // Nothing can be decided before the report: 409 with the reason.
      const early = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'grant',
        reasons: ['all criteria are met'],
      });
      expect(early.status).toBe(409);
      expect((await readJson(early)).message).toMatch(/No decision can be taken at stage validation/);
      // A validator of another region may not report on the case.
      const foreign = await post(
        `${validation.url}/v1/validation-cases/${validationCase.id}/report`,
        validatorOf('ULAANBAATAR'),
        { recommendation: 'grant', summary: 'desk review and site visit found no gaps' },
      );
      expect(foreign.status).toBe(403);
      const reported = await examineAndReport(validation.url, validatorOf('DARKHAN'), validationCase.id, {
        recommendation: 'grant',
        summary: 'desk review and site visit found no gaps',
      });
      expect(reported.status).toBe(200);
      const reportId = reported.headers.get('x-correlation-id');
      await waitForStage(application.id, 'decision');

      // The operator may not decide; the executive grants.
      expect(
        (
          await post(`${applications.url}/v1/applications/${application.id}/decision`, company.operatorToken, {
            decision: 'grant',
            reasons: ['we are great'],
          })
        ).status,
      ).toBe(403);
      const badDecision = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'extend',
        reasons: ['supplier audit abroad'],
      });
      expect(badDecision.status).toBe(400);
      expect((await readJson(badDecision)).message).toMatch(/^days: /);
      const granted = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'grant',
        reasons: ['all criteria are met'],
        conditions: ['annual security self-assessment'],
      });
      expect(granted.status).toBe(200);
      const decisionId = granted.headers.get('x-correlation-id');
      expect(decisionId).toMatch(/^[0-9a-f-]{36}$/);
      const grantedState = await readJson(granted);
      expect(grantedState).toMatchObject({
        stage: 'granted',
        authorisation: { authorisationNumber: expect.stringMatching(/^MN-AEOF-\d{4}-\d{5,}$/) },
      });
      const result = await temporal.workflow.getHandle(workflowId).result();
      expect(result).toMatchObject({
        outcome: 'granted',
        deemed: false,
        authorisationNumber: grantedState.authorisation.authorisationNumber,
      });
      expect(Date.parse(result.effectiveFrom!) - Date.now()).toBeGreaterThan(4 * 86_400_000);

      // The grant is published for the world; the risk engine projects it (benefits only from the effective date).
      const certificationEvents = await collectMessages(kafka, [TOPIC_NAMES.certificationEvents]);
      try {
        // Numbers restart with each test database, so the grant is told apart by its holder.
        const [grant] = await certificationEvents.waitForCount(
          1,
          60_000,
          (m) =>
            m.headers['ce_type'] === AuthorisationGranted.type &&
            m.headers['ce_subject'] === result.authorisationNumber &&
            JSON.parse(m.message.value!.toString()).taxpayerId === company.taxpayerId,
        );
        // Raised by the workflow's last activity, under the executive decision's id.
        expect(grant!.headers['ce_correlationid']).toBe(decisionId);
        expect(JSON.parse(grant!.message.value!.toString())).toMatchObject({
          taxpayerId: company.taxpayerId,
          statusType: 'AEOF',
          region: 'DARKHAN',
          effectiveFrom: result.effectiveFrom,
        });
      } finally {
        await certificationEvents.stop();
      }
      const lookUp = await waitFor(
        'the grant in the risk engine',
        async () => {
          const body = await readJson(
            await fetch(`${riskManagement.url}/v1/aeo-status/${company.taxpayerId}`, {
              headers: json(company.operatorToken),
            }),
          );
          return body.status === 'granted' ? body : undefined;
        },
        60_000,
        500,
      );
      expect(lookUp).toMatchObject({ aeo: false, statusType: 'AEOF', effectiveFrom: result.effectiveFrom });
      // The register: customs see the authorisation with its history; the public sees only what the holder publishes.
      const number = result.authorisationNumber!;
      grantedNumbers.push(number);
      const entry = await readJson(
        await fetch(`${applications.url}/v1/authorisations/${number}`, { headers: json(executive) }),
      );
      expect(entry).toMatchObject({
        status: 'granted',
        taxpayerId: company.taxpayerId,
        conditions: ['annual security self-assessment'],
        history: [expect.objectContaining({ change: 'granted', changedBy: 'executive-1' })],
      });
      expect((await fetch(`${applications.url}/v1/public/register/${number}`)).status).toBe(404);
      const put = (url: string, token: string, body: unknown) =>
        fetch(url, { method: 'PUT', headers: json(token), body: JSON.stringify(body) });
      expect(
        (
          await put(
            `${applications.url}/v1/authorisations/${number}/publication`,
            makeCompany('DARKHAN').operatorToken,
            { publish: true, fields: ['name'] },
          )
        ).status,
        // Another company's authorisation is, to its users, one that does not exist.
      ).toBe(404);
      expect(
        (
          await put(`${applications.url}/v1/authorisations/${number}/publication`, company.operatorToken, {
            publish: true,
            fields: ['name', 'statusType'],
          })
        ).status,
      ).toBe(200);
      const published = await readJson(await fetch(`${applications.url}/v1/public/register/${number}`));
      expect(published).toEqual({
        authorisationNumber: number,
        status: 'granted',
        name: company.registration.name,
        statusType: 'AEOF',
      });
      const found = await readJson(
        await fetch(
          `${applications.url}/v1/public/register?name=${encodeURIComponent(company.registration.name.slice(0, 15))}`,
        ),
      );
      expect(found.items.map((e: { authorisationNumber: string }) => e.authorisationNumber)).toContain(number);

      // The grant hands the authorisation over to its revalidation workflow, due on the register's date.
      const lifecycle = await waitFor(
        'the revalidation workflow',
        async () => {
          const body = await readJson(
            await fetch(`${applications.url}/v1/authorisations/${number}/lifecycle`, { headers: json(executive) }),
          );
          return body.workflow?.stage === 'monitoring' ? body : undefined;
        },
        60_000,
        500,
      );
      expect(lifecycle).toMatchObject({
        status: 'granted',
        revalidationCycle: 1,
        workflow: { cycle: 1, nextDueAt: entry.revalidationDue },
      });

      const applicationAfter = await readJson(
        await fetch(`${applications.url}/v1/applications/${application.id}`, { headers: json(company.operatorToken) }),
      );
      expect(applicationAfter).toMatchObject({
        status: 'granted',
        decidedBy: null,
        decisionReasons: ['all criteria are met'],
      });

      // The workflow's history shows every step.
      const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
      const activities = (history.events ?? []).flatMap((e) =>
        e.activityTaskScheduledEventAttributes?.activityType?.name
          ? [e.activityTaskScheduledEventAttributes.activityType.name]
          : [],
      );
      expect(activities).toEqual([
        'recordAcceptance',
        'assessOperatorRisk',
        'openValidationCase',
        'issueAuthorisation',
      ]);
      const validationEvents = await collectMessages(kafka, [TOPIC_NAMES.validationEvents]);
      try {
        const caseEvents = await validationEvents.waitForCount(
          2,
          30_000,
          (m) =>
            m.headers['ce_subject'] === validationCase.id &&
            [ValidationOpened.type, ValidationReportSubmitted.type].includes(String(m.headers['ce_type'])),
        );
        // Opened by the validation service's activity, which the acceptance caused; the report under its own request's id.
        expect(
          Object.fromEntries(caseEvents.map((m) => [m.headers['ce_type'], m.headers['ce_correlationid']])),
        ).toEqual({ [ValidationOpened.type]: acceptanceId, [ValidationReportSubmitted.type]: reportId });
      } finally {
        await validationEvents.stop();
      }

      // Notifications consumed both events, once each, in the operator's language.
      const applicationTemplates = (items: Array<{ template: string; language: string }>) =>
        items.filter((n) => n.template.startsWith('application-'));
      const inbox = await waitFor(
        'two application notifications in the operator inbox',
        async () => {
          const response = await fetch(`${notifications.url}/v1/inbox`, { headers: json(company.operatorToken) });
          const body = applicationTemplates(await readJson(response));
          return body.length >= 2 ? body : undefined;
        },
        30_000,
        500,
      );
      expect(inbox.map((n: { template: string }) => n.template).sort()).toEqual([
        'application-accepted.v1',
        'application-submitted.v1',
      ]);
      expect(inbox[0].language).toBe('en');

      // A redelivered event changes nothing.
      await producer.send({
        topic: TOPIC_NAMES.applicationEvents,
        messages: [{ key: submitted.message.key, value: submitted.message.value, headers: submitted.message.headers }],
      });
      await events.waitForCount(2, 30_000, (m) => m.headers['ce_id'] === submitted.headers['ce_id']);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = applicationTemplates(
        await readJson(await fetch(`${notifications.url}/v1/inbox`, { headers: json(company.operatorToken) })),
      );
      expect(after).toHaveLength(2);
    } finally {
      await events.stop();
    }
  });

  it('hears the operator before a refusal, then publishes the refusal with its reasons', async () => {
    const company = makeCompany('DARKHAN');
    const operator = await readJson(
      await post(`${applications.url}/v1/operators`, company.operatorToken, company.registration),
    );
    const filed = await fileApplication(applications.url, company.operatorToken, {
      operatorId: operator.id,
      statusType: 'AEOS',
      consentToMraSharing: false,
    });
    const application = await readJson(filed.submission!);
    await waitForStage(application.id, 'acceptance');

    // Customs asks for missing information; the acceptance clock stops until the reply.
    const tooLong = await post(
      `${applications.url}/v1/applications/${application.id}/information-requests`,
      company.officerToken,
      { questions: 'Send the lease of the bonded warehouse.', dueInDays: 45 },
    );
    expect(tooLong.status).toBe(400);
    expect((await readJson(tooLong)).message).toMatch(/^dueInDays: at most 30 days/);
    const asked = await post(
      `${applications.url}/v1/applications/${application.id}/information-requests`,
      company.officerToken,
      { questions: 'Send the lease of the bonded warehouse.', dueInDays: 14 },
    );
    expect(asked.status).toBe(201);
    const request = await readJson(asked);
    expect(
      (
        await post(`${applications.url}/v1/applications/${application.id}/information-requests`, company.officerToken, {
          questions: 'And the fire safety certificate.',
          dueInDays: 14,
        })
      ).status,
    ).toBe(409);
    const replied = await post(
      `${applications.url}/v1/applications/${application.id}/information-requests/${request.id}/reply`,
      company.operatorToken,
      { response: 'The lease runs until 2030; attached as a document.' },
    );
    expect(replied.status).toBe(201);
    const afterReply = await waitFor(
      'the reply in the workflow',
      async () => {
        const state = await temporal.workflow
          .getHandle(certificationWorkflowId(application.id))
          .query(certificationStateQuery);
        return state.informationRequests?.[0]?.receivedAt ? state : undefined;
      },
      30_000,
      300,
    );
    expect(afterReply.informationRequests).toEqual([
      expect.objectContaining({ requestId: request.id, requestedBy: 'officer-darkhan' }),
    ]);

    expect(
      (
        await post(`${applications.url}/v1/applications/${application.id}/acceptance`, company.officerToken, {
          decision: 'accept',
        })
      ).status,
    ).toBe(202);
    await waitForStage(application.id, 'validation');
    const validationCase = await caseOf(application.id, 'DARKHAN');
    // A corrective action the operator must answer first; a critical finding allows only "refuse".
    const action = await post(
      `${validation.url}/v1/validation-cases/${validationCase.id}/corrective-actions`,
      validatorOf('DARKHAN'),
      { questionId: 'security.premises', description: 'Install access control at the warehouse gate.', dueInDays: 20 },
    );
    expect(action.status).toBe(201);
    const { actionId } = await readJson(action);
    const critical = await examineAndReport(validation.url, validatorOf('DARKHAN'), validationCase.id, {
      recommendation: 'grant',
      summary: 'no security plan for the bonded warehouse',
      findings: { 'security.premises': 'critical' },
    });
    expect(critical.status).toBe(422);
    expect((await readJson(critical)).issues).toEqual([
      `correctiveActions: ${actionId} is not answered`,
      'recommendation: a critical finding allows only "refuse"',
    ]);
    expect(
      (
        await post(
          `${validation.url}/v1/validation-cases/${validationCase.id}/corrective-actions/${actionId}/response`,
          makeCompany('DARKHAN').operatorToken,
          { response: 'not ours' },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          `${validation.url}/v1/validation-cases/${validationCase.id}/corrective-actions/${actionId}/response`,
          company.operatorToken,
          { response: 'A gate is ordered; installation in 3 months.' },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(`${validation.url}/v1/validation-cases/${validationCase.id}/report`, validatorOf('DARKHAN'), {
          recommendation: 'refuse',
          summary: 'no security plan for the bonded warehouse',
        })
      ).status,
    ).toBe(200);
    await waitForStage(application.id, 'decision');

    const events = await collectMessages(kafka, [TOPIC_NAMES.applicationEvents, TOPIC_NAMES.certificationEvents]);
    try {
      const intended = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'refuse',
        reasons: ['no security plan for the bonded warehouse'],
      });
      expect(intended.status).toBe(200);
      expect(await readJson(intended)).toMatchObject({
        stage: 'hearing',
        hearing: { grounds: ['no security plan for the bonded warehouse'] },
      });
      const [hearing] = await events.waitForCount(
        1,
        60_000,
        (m) => m.headers['ce_type'] === ApplicationHearingOpened.type && m.headers['ce_subject'] === application.id,
      );
      expect(JSON.parse(hearing.message.value!.toString()).respondBy).toBeDefined();

      // Another company's user cannot comment (the application is not found to it); the operator can, once.
      const other = makeCompany('DARKHAN');
      expect(
        (
          await post(`${applications.url}/v1/applications/${application.id}/hearing-response`, other.operatorToken, {
            response: 'not ours to say',
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await post(`${applications.url}/v1/applications/${application.id}/hearing-response`, company.operatorToken, {
            response: 'the plan is attached; the fence is being built',
          })
        ).status,
      ).toBe(202);
      expect(
        (
          await post(`${applications.url}/v1/applications/${application.id}/hearing-response`, company.operatorToken, {
            response: 'second thoughts',
          })
        ).status,
      ).toBe(409);
      await waitForStage(application.id, 'final-decision');

      const refused = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'refuse',
        reasons: ['the plan does not cover access control'],
      });
      expect(refused.status).toBe(200);
      expect((await readJson(refused)).stage).toBe('refused');
      const [refusal] = await events.waitForCount(
        1,
        60_000,
        (m) => m.headers['ce_type'] === AuthorisationRefused.type && m.headers['ce_subject'] === application.id,
      );
      expect(JSON.parse(refusal.message.value!.toString())).toMatchObject({
        reasons: ['the plan does not cover access control'],
        operatorCommented: true,
        decidedBy: 'executive-1',
      });
      const after = await readJson(
        await fetch(`${applications.url}/v1/applications/${application.id}`, { headers: json(company.operatorToken) }),
      );
      expect(after).toMatchObject({
        status: 'refused',
        hearingResponse: 'the plan is attached; the fence is being built',
      });
      // A decision on a finished certification is refused with the reason.
      const late = await post(`${applications.url}/v1/applications/${application.id}/decision`, executive, {
        decision: 'grant',
        reasons: ['changed our mind'],
      });
      expect(late.status).toBe(409);
    } finally {
      await events.stop();
    }
  });

  it('rejects bad input with a clear error and changes nothing', async () => {
    const company = makeCompany('ULAANBAATAR');
    const other = makeCompany('DARKHAN');
    const post = (path: string, token: string | undefined, body: unknown) =>
      fetch(`${applications.url}${path}`, {
        method: 'POST',
        headers: token ? json(token) : { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const missing = await post('/v1/operators', company.operatorToken, {
      ...company.registration,
      taxpayerId: undefined,
    });
    expect(missing.status).toBe(400);
    expect((await readJson(missing)).message).toMatch(/^taxpayerId: /);

    const wrongType = await post('/v1/operators', company.operatorToken, {
      ...company.registration,
      contact: { ...company.registration.contact, email: 'not-an-email' },
    });
    expect(wrongType.status).toBe(400);
    expect((await readJson(wrongType)).message).toMatch(/contact\.email: /);

    const unknownRegion = await post('/v1/operators', company.operatorToken, {
      ...company.registration,
      region: 'ATLANTIS',
    });
    expect(unknownRegion.status).toBe(400);
    expect((await readJson(unknownRegion)).message).toMatch(/^region: ATLANTIS is not a customs region/);

    const unknownField = await post('/v1/operators', company.operatorToken, {
      ...company.registration,
      isTrusted: true,
    });
    expect(unknownField.status).toBe(400);
    expect((await readJson(unknownField)).message).toMatch(/isTrusted/);

    expect((await post('/v1/operators', undefined, company.registration)).status).toBe(401);
    const wrongRole = await post(
      '/v1/operators',
      bearer({ sub: 'v', roles: [ROLES.validator], region: 'ULAANBAATAR' }),
      company.registration,
    );
    expect(wrongRole.status).toBe(403);
    const otherCompany = await post('/v1/operators', other.operatorToken, company.registration);
    expect(otherCompany.status).toBe(403);
    const otherRegion = await post('/v1/operators', other.officerToken, company.registration);
    expect(otherRegion.status).toBe(403);
    expect((await readJson(otherRegion)).message).toBe('Region ULAANBAATAR is outside your scope (DARKHAN)');

    const nothingStored = await fetch(`${applications.url}/v1/operators`, { headers: json(company.operatorToken) });
    expect(await readJson(nothingStored)).toEqual([]);

    const created = await post('/v1/operators', company.operatorToken, company.registration);
    expect(created.status).toBe(201);
    const operator = await readJson(created);
    expect((await post('/v1/operators', company.operatorToken, company.registration)).status).toBe(409);

    const badStatusType = await post('/v1/applications', company.operatorToken, {
      operatorId: operator.id,
      statusType: 'GOLD',
      consentToMraSharing: true,
    });
    expect(badStatusType.status).toBe(400);
    expect((await readJson(badStatusType)).message).toMatch(/statusType: /);

    const first = await post('/v1/applications', company.operatorToken, {
      operatorId: operator.id,
      statusType: 'AEOC',
      consentToMraSharing: false,
    });
    expect(first.status).toBe(201);
    const application = await readJson(first);
    const repeated = await post('/v1/applications', company.operatorToken, {
      operatorId: operator.id,
      statusType: 'AEOC',
      consentToMraSharing: false,
    });
    expect(repeated.status).toBe(409);
    expect(application).toMatchObject({ status: 'draft', programmeVersion: 1 });

    // Users linked to the company: an unlinked colleague cannot file; the administrator links them.
    const colleague = bearer({
      sub: `colleague-${company.taxpayerId}`,
      roles: [ROLES.operatorUser],
      taxpayerId: company.taxpayerId,
    });
    const unlinked = await post('/v1/applications', colleague, {
      operatorId: operator.id,
      statusType: 'AEOS',
      consentToMraSharing: false,
    });
    expect(unlinked.status).toBe(403);
    expect((await readJson(unlinked)).message).toMatch(/are not a member of Altai Trade/);
    const member = {
      sub: `colleague-${company.taxpayerId}`,
      name: 'Oyun',
      email: `oyun+${company.taxpayerId}@altai.example`,
      language: 'mn',
    };
    expect((await post(`/v1/operators/${operator.id}/users`, other.operatorToken, member)).status).toBe(404);
    const linked = await post(`/v1/operators/${operator.id}/users`, company.operatorToken, member);
    expect(linked.status).toBe(201);
    expect((await readJson(linked)).map((u: { sub: string; role: string }) => `${u.sub}:${u.role}`)).toEqual([
      `trader-${company.taxpayerId}:administrator`,
      `colleague-${company.taxpayerId}:member`,
    ]);
    expect(
      (await post(`/v1/operators/${operator.id}/users`, colleague, { ...member, sub: 'someone-else' })).status,
    ).toBe(403);
    const byColleague = await post('/v1/applications', colleague, {
      operatorId: operator.id,
      statusType: 'AEOS',
      consentToMraSharing: false,
    });
    expect(byColleague.status).toBe(201);
    const second = await readJson(byColleague);

    // The self-assessment: unknown criterion, wrong answer, incomplete submission.
    const put = (path: string, token: string, body: unknown) =>
      fetch(`${applications.url}${path}`, { method: 'PUT', headers: json(token), body: JSON.stringify(body) });
    const unknownCriterion = await put(`/v1/applications/${application.id}/answers`, company.operatorToken, {
      answers: [{ questionId: 'security.premises', value: 'fenced and guarded site' }],
    });
    expect(unknownCriterion.status).toBe(400);
    expect((await readJson(unknownCriterion)).message).toMatch(
      /^answers\.0\.questionId: security\.premises is not a question of the AEOC self-assessment/,
    );
    const notYesNo = await put(`/v1/applications/${application.id}/answers`, company.operatorToken, {
      answers: [{ questionId: 'compliance.infringements', value: 'maybe' }],
    });
    expect(notYesNo.status).toBe(400);
    expect((await readJson(notYesNo)).message).toMatch(
      /^answers\.0\.value: compliance\.infringements is answered "yes" or "no"/,
    );
    expect(
      (
        await put(`/v1/applications/${application.id}/answers`, other.operatorToken, {
          answers: [{ questionId: 'compliance.infringements', value: 'no' }],
        })
      ).status,
    ).toBe(404);
    const incomplete = await post(`/v1/applications/${application.id}/submission`, company.operatorToken, {});
    expect(incomplete.status).toBe(422);
    expect((await readJson(incomplete)).issues).toEqual(
      expect.arrayContaining([
        'answers: compliance.infringements is not answered',
        'documents: solvency.statements needs supporting evidence',
      ]),
    );

    // Evidence: oversized (the e2e service runs with a 64 KiB limit) or not a PDF/PNG/JPEG.
    const upload = (content: Buffer, name: string, token = company.operatorToken) => {
      const form = new FormData();
      form.append('questionId', 'solvency.statements');
      form.append('file', new Blob([content], { type: 'application/pdf' }), name);
      return fetch(`${applications.url}/v1/applications/${application.id}/documents`, {
        method: 'POST',
        headers: { authorization: token },
        body: form,
      });
    };
    const oversized = await upload(Buffer.concat([SAMPLE_PDF, Buffer.alloc(70 * 1024, 0x20)]), 'big.pdf');
    expect(oversized.status).toBe(413);
    expect((await readJson(oversized)).message).toMatch(/^file: \d+ bytes is over the limit of 65536 bytes/);
    const notPdf = await upload(Buffer.from('just some text pretending to be a PDF'), 'fake.pdf');
    expect(notPdf.status).toBe(415);
    expect((await readJson(notPdf)).message).toMatch(/^file: only PDF, PNG and JPEG/);
    expect((await upload(SAMPLE_PDF, 'statements.pdf', other.operatorToken)).status).toBe(404);
    expect(
      await readJson(
        await fetch(`${applications.url}/v1/applications/${application.id}/documents`, {
          headers: json(company.operatorToken),
        }),
      ),
    ).toEqual([]);
    const stored = await upload(SAMPLE_PDF, 'statements.pdf');
    expect(stored.status).toBe(201);
    const document = await readJson(stored);
    expect(document).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: SAMPLE_PDF.length,
      sha256: createHash('sha256').update(SAMPLE_PDF).digest('hex'),
    });
    const content = await fetch(
      `${applications.url}/v1/applications/${application.id}/documents/${document.id}/content`,
      { headers: json(company.operatorToken) },
    );
    expect(Buffer.from(await content.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
    expect(content.headers.get('x-content-sha256')).toBe(document.sha256);

    // Illegal transitions: a draft cannot be accepted nor decided; 409 names both states.
    const acceptDraft = await post(`/v1/applications/${application.id}/acceptance`, company.officerToken, {
      decision: 'accept',
    });
    expect(acceptDraft.status).toBe(409);
    expect((await readJson(acceptDraft)).message).toBe(
      `Application ${application.id} is draft; it cannot become accepted`,
    );
    expect(
      (
        await post(`/v1/applications/${application.id}/hearing-response`, company.operatorToken, {
          response: 'nothing to hear yet',
        })
      ).status,
    ).toBe(409);
    const foreignDecision = await post(`/v1/applications/${application.id}/acceptance`, other.officerToken, {
      decision: 'accept',
    });
    expect(foreignDecision.status).toBe(403);
    const noGrounds = await post(`/v1/applications/${application.id}/acceptance`, company.officerToken, {
      decision: 'reject',
    });
    expect(noGrounds.status).toBe(400);
    expect((await readJson(noGrounds)).message).toMatch(/reason: a rejection needs its grounds/);
    const badId = await fetch(`${applications.url}/v1/applications/not-a-uuid`, {
      headers: json(company.operatorToken),
    });
    expect(badId.status).toBe(400);
    expect((await readJson(badId)).message).toMatch(/applicationId: /);

    const list = await readJson(
      await fetch(`${applications.url}/v1/applications`, { headers: json(company.operatorToken) }),
    );
    expect(list.map((a: { id: string }) => a.id).sort()).toEqual([application.id, second.id].sort());
  });
});
