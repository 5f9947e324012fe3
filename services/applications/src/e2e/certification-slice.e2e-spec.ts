import { randomUUID } from 'node:crypto';
import { Connection, Client } from '@temporalio/client';
import type { Kafka, Producer } from 'kafkajs';
import { ApplicationAccepted, ApplicationSubmitted, TOPIC_NAMES } from '@aeo/contracts';
import { ROLES } from '@aeo/auth';
import { bearer, collectMessages, createTestDatabase, RunningProcess, startProcess, testEnv, testKafka, TestDatabase, uniqueName, waitFor } from '@aeo/testing';
import { SEARCH_ATTRIBUTE_KEYS, certificationWorkflowId } from '@aeo/workflows';
import { json, makeCompany, readJson } from './slice-fixtures';

jest.setTimeout(240_000);

/**
 * The first end-to-end slice, real all the way: REST → row + outbox in one transaction → Kafka →
 * certification workflow (deterministic id) → acceptance decided through the API → notifications
 * consumed idempotently. The orchestrating worker is killed mid-flight and replaced.
 */
describe('certification slice across real processes', () => {
  let applicationsDb: TestDatabase;
  let notificationsDb: TestDatabase;
  let applications: RunningProcess;
  let notifications: RunningProcess;
  let worker: RunningProcess;
  let kafka: Kafka;
  let producer: Producer;
  let temporal: Client;
  const groupSuffix = `.${uniqueName('e2e')}`;

  const startWorker = () => startProcess({ name: 'worker', entry: 'workflows/worker/src/main.ts', env: {}, portVariable: 'WORKER_HTTP_PORT' });

  beforeAll(async () => {
    [applicationsDb, notificationsDb] = await Promise.all([createTestDatabase('slice_apps'), createTestDatabase('slice_notif')]);
    [applications, notifications, worker] = await Promise.all([
      startProcess({ name: 'applications', entry: 'services/applications/src/main.ts', env: { APPLICATIONS_DATABASE_URL: applicationsDb.url, KAFKA_GROUP_SUFFIX: groupSuffix } }),
      startProcess({ name: 'notifications', entry: 'services/notifications/src/main.ts', env: { NOTIFICATIONS_DATABASE_URL: notificationsDb.url, KAFKA_GROUP_SUFFIX: groupSuffix } }),
      startWorker(),
    ]);
    kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
    temporal = new Client({ connection: await Connection.connect({ address: testEnv.temporalAddress }), namespace: testEnv.temporalNamespace });
  });

  afterAll(async () => {
    await Promise.all([applications?.stop(), notifications?.stop(), worker?.stop()]);
    await producer?.disconnect();
    await temporal?.connection.close();
    await Promise.all([applicationsDb?.drop(), notificationsDb?.drop()]);
  });

  it('takes an application from submission through acceptance, surviving a worker crash', async () => {
    const company = makeCompany('DARKHAN');
    const correlationId = `e2e-${randomUUID()}`;
    const events = await collectMessages(kafka, [TOPIC_NAMES.applicationEvents]);
    try {
      const operatorResponse = await fetch(`${applications.url}/v1/operators`, { method: 'POST', headers: json(company.operatorToken), body: JSON.stringify(company.registration) });
      expect(operatorResponse.status).toBe(201);
      const operator = await readJson(operatorResponse);

      const submitResponse = await fetch(`${applications.url}/v1/applications`, {
        method: 'POST',
        headers: json(company.operatorToken, correlationId),
        body: JSON.stringify({ operatorId: operator.id, statusType: 'AEOF', consentToMraSharing: true }),
      });
      expect(submitResponse.status).toBe(201);
      expect(submitResponse.headers.get('x-correlation-id')).toBe(correlationId);
      const application = await readJson(submitResponse);
      expect(application).toMatchObject({ status: 'submitted', region: 'DARKHAN', statusType: 'AEOF' });

      // The submitted event reached Kafka in CloudEvents binary mode, keyed by the operator.
      const [submitted] = await events.waitForCount(1, 30_000, (m) => m.headers['ce_subject'] === application.id);
      expect(submitted.headers).toMatchObject({ ce_type: ApplicationSubmitted.type, ce_source: '/aeo/applications', ce_correlationid: correlationId });
      expect(submitted.message.key?.toString()).toBe(operator.id);

      // The workflow started with a deterministic id and is findable by its search attributes.
      const workflowId = certificationWorkflowId(application.id);
      const state = await waitFor('the certification workflow at acceptance', async () => {
        const response = await fetch(`${applications.url}/v1/applications/${application.id}/certification`, { headers: json(company.operatorToken) });
        return response.ok ? readJson(response) : undefined;
      }, 60_000, 500);
      expect(state).toMatchObject({ stage: 'acceptance', applicationId: application.id });
      const description = await temporal.workflow.getHandle(workflowId).describe();
      expect(description.typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.region)).toBe('DARKHAN');
      expect(await description.memo).toMatchObject({ correlationId });

      // Crash the orchestrating worker while the workflow waits, then bring a new one.
      await worker.stop('SIGKILL');
      worker = await startWorker();

      const decision = await fetch(`${applications.url}/v1/applications/${application.id}/acceptance`, { method: 'POST', headers: json(company.officerToken), body: JSON.stringify({ decision: 'accept' }) });
      expect(decision.status).toBe(202);

      const accepted = await waitFor('the application to be accepted', async () => {
        const response = await fetch(`${applications.url}/v1/applications/${application.id}`, { headers: json(company.operatorToken) });
        const body = await readJson(response);
        return body.status === 'accepted' ? body : undefined;
      }, 60_000, 500);
      expect(accepted.decidedBy).toBe('officer-darkhan');
      expect(Date.parse(accepted.decisionDeadline) - Date.parse(accepted.acceptedAt)).toBeGreaterThan(119 * 86_400_000);
      await events.waitForCount(1, 30_000, (m) => m.headers['ce_subject'] === application.id && m.headers['ce_type'] === ApplicationAccepted.type);
      expect(await temporal.workflow.getHandle(workflowId).result()).toMatchObject({ outcome: 'accepted', deemed: false });

      // Notifications consumed both events, once each, in the operator's language.
      const inbox = await waitFor('two notifications in the operator inbox', async () => {
        const response = await fetch(`${notifications.url}/v1/inbox`, { headers: json(company.operatorToken) });
        const body = await readJson(response);
        return body.length >= 2 ? body : undefined;
      }, 30_000, 500);
      expect(inbox.map((n: { template: string }) => n.template).sort()).toEqual(['application-accepted.v1', 'application-submitted.v1']);
      expect(inbox[0].language).toBe('en');

      // A redelivered event changes nothing.
      await producer.send({ topic: TOPIC_NAMES.applicationEvents, messages: [{ key: submitted.message.key, value: submitted.message.value, headers: submitted.message.headers }] });
      await events.waitForCount(2, 30_000, (m) => m.headers['ce_id'] === submitted.headers['ce_id']);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = await readJson(await fetch(`${notifications.url}/v1/inbox`, { headers: json(company.operatorToken) }));
      expect(after).toHaveLength(2);
    } finally {
      await events.stop();
    }
  });

  it('rejects bad input with a clear error and changes nothing', async () => {
    const company = makeCompany('ULAANBAATAR');
    const other = makeCompany('DARKHAN');
    const post = (path: string, token: string | undefined, body: unknown) =>
      fetch(`${applications.url}${path}`, { method: 'POST', headers: token ? json(token) : { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const missing = await post('/v1/operators', company.operatorToken, { ...company.registration, taxpayerId: undefined });
    expect(missing.status).toBe(400);
    expect((await readJson(missing)).message).toMatch(/^taxpayerId: /);

    const wrongType = await post('/v1/operators', company.operatorToken, { ...company.registration, contact: { ...company.registration.contact, email: 'not-an-email' } });
    expect(wrongType.status).toBe(400);
    expect((await readJson(wrongType)).message).toMatch(/contact\.email: /);

    const unknownRegion = await post('/v1/operators', company.operatorToken, { ...company.registration, region: 'ATLANTIS' });
    expect(unknownRegion.status).toBe(400);
    expect((await readJson(unknownRegion)).message).toMatch(/^region: ATLANTIS is not a customs region/);

    const unknownField = await post('/v1/operators', company.operatorToken, { ...company.registration, isTrusted: true });
    expect(unknownField.status).toBe(400);
    expect((await readJson(unknownField)).message).toMatch(/isTrusted/);

    expect((await post('/v1/operators', undefined, company.registration)).status).toBe(401);
    const wrongRole = await post('/v1/operators', bearer({ sub: 'v', roles: [ROLES.validator], region: 'ULAANBAATAR' }), company.registration);
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

    const badStatusType = await post('/v1/applications', company.operatorToken, { operatorId: operator.id, statusType: 'GOLD', consentToMraSharing: true });
    expect(badStatusType.status).toBe(400);
    expect((await readJson(badStatusType)).message).toMatch(/statusType: /);

    const first = await post('/v1/applications', company.operatorToken, { operatorId: operator.id, statusType: 'AEOC', consentToMraSharing: false });
    expect(first.status).toBe(201);
    const application = await readJson(first);
    const repeated = await post('/v1/applications', company.operatorToken, { operatorId: operator.id, statusType: 'AEOC', consentToMraSharing: false });
    expect(repeated.status).toBe(409);

    const foreignDecision = await post(`/v1/applications/${application.id}/acceptance`, other.officerToken, { decision: 'accept' });
    expect(foreignDecision.status).toBe(403);
    const noGrounds = await post(`/v1/applications/${application.id}/acceptance`, company.officerToken, { decision: 'reject' });
    expect(noGrounds.status).toBe(400);
    expect((await readJson(noGrounds)).message).toMatch(/reason: a rejection needs its grounds/);
    const badId = await fetch(`${applications.url}/v1/applications/not-a-uuid`, { headers: json(company.operatorToken) });
    expect(badId.status).toBe(400);
    expect((await readJson(badId)).message).toMatch(/applicationId: /);

    const list = await readJson(await fetch(`${applications.url}/v1/applications`, { headers: json(company.operatorToken) }));
    expect(list.map((a: { id: string }) => a.id)).toEqual([application.id]);
  });
});
