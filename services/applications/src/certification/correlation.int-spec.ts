import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { ROLES } from '@aeo/auth';
import {
  ApplicationAccepted,
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationSuspended,
  RevalidationRequested,
  RevalidationStarted,
  TOPIC_NAMES,
} from '@aeo/contracts';
import { currentCorrelationId, runWithCorrelationId } from '@aeo/observability';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { CORRELATION_ID_TEMPORAL_HEADER } from '@aeo/temporal';
import { bearer, collectMessages, testKafka, waitFor, startedForTests } from '@aeo/testing';
import { certificationWorkflowId, revalidationWorkflowId } from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { proceedingRiskAssessment, startCertificationHarness } from '../testing/certification-harness';
import { fileApplication } from '../testing/file-application';
import { grantAuthorisation, registerOperator } from '../testing/granted-authorisation';
import { certificationStateOf, waitForRevalidationStage } from '../testing/workflow-stages';

jest.setTimeout(240_000);

const WAIT_MS = 60_000;
/** A namespace of its own: the task queues are shared by every test process on the server. */
const NAMESPACE = 'aeo-test-correlation';

/** The correlation id in the Temporal headers of a workflow's history event. */
const headerOf = (header: { fields?: Record<string, unknown> | null } | null | undefined) => {
  const payload = header?.fields?.[CORRELATION_ID_TEMPORAL_HEADER];
  return payload ? defaultPayloadConverter.fromPayload(payload as never) : undefined;
};

/**
 * One correlation id end to end, on the real servers (the applications service and the
 * orchestrating worker in-process, Kafka, Temporal, PostgreSQL; the risk-management and validation
 * activities faked on their task queues behind the platform's activity interceptor): the id of
 * the request that starts or moves a workflow is on the events its activities raise.
 */
describe('correlation id from a request through the outbox, Kafka and the workflows to the events they raise', () => {
  const harness = startedForTests(() =>
    startCertificationHarness({
      namespace: NAMESPACE,
      risk: {
        assessOperatorRisk: async (input) => {
          seen.push({
            activity: 'assessOperatorRisk',
            correlationId: currentCorrelationId(),
            applicationId: input.applicationId,
          });
          return proceedingRiskAssessment(input.taxpayerId);
        },
      },
      validation: {
        openValidationCase: async (input) => {
          seen.push({
            activity: 'openValidationCase',
            correlationId: currentCorrelationId(),
            applicationId: input.applicationId,
          });
          return { caseId: randomUUID() };
        },
      },
    }),
  );
  let service: ServiceUnderTest;
  let baseUrl: string;
  let temporalClient: Client;
  const kafka = testKafka('correlation-int');
  const company = makeCompany('SELENGE');
  const executive = bearer({ sub: 'executive-1', roles: [ROLES.executive] });
  const office = bearer({ sub: 'office-selenge', roles: [ROLES.regionalOffice], region: 'SELENGE' });
  /** The correlation id each faked activity ran under, by activity. */
  const seen: { activity: string; correlationId: string | undefined; applicationId: string }[] = [];
  let operatorId: string;

  beforeAll(async () => {
    ({ service, baseUrl, temporal: temporalClient } = harness());
    operatorId = await registerOperator(service, company);
  });

  it("certification: the submission's id starts the workflow; the acceptance's (generated, as answered) is on application.accepted and on the risk and validation activities", async () => {
    const events = await collectMessages(kafka, [TOPIC_NAMES.applicationEvents], { from: 'now' });
    try {
      const submissionId = `corr-submit-${randomUUID()}`;
      const filed = await fileApplication(
        baseUrl,
        company.operatorToken,
        { operatorId, statusType: 'AEOF', consentToMraSharing: true },
        { correlationId: submissionId },
      );
      const applicationId = filed.applicationId;
      const workflowId = certificationWorkflowId(applicationId);
      harness().workflowIds.push(workflowId);
      expect(filed.submission?.ok).toBe(true);
      expect(filed.submission?.headers.get('x-correlation-id')).toBe(submissionId);
      const [submitted] = await events.waitForCount(
        1,
        WAIT_MS,
        (m) => m.headers['ce_type'] === ApplicationSubmitted.type && m.headers['ce_subject'] === applicationId,
      );
      expect(submitted.headers['ce_correlationid']).toBe(submissionId);

      // The starter (a Kafka consumer) starts the workflow with the event's id: Temporal header and memo.
      await waitFor(
        'the certification workflow',
        () => certificationStateOf(temporalClient, applicationId),
        WAIT_MS,
        250,
      );
      const started = (await temporalClient.workflow.getHandle(workflowId).fetchHistory()).events![0]
        .workflowExecutionStartedEventAttributes!;
      expect(headerOf(started.header)).toBe(submissionId);
      expect(await (await temporalClient.workflow.getHandle(workflowId).describe()).memo).toMatchObject({
        correlationId: submissionId,
      });

      // The officer accepts without an id of its own: the one answered is the one everything caused carries.
      const acceptance = await service.http
        .post(`/v1/applications/${applicationId}/acceptance`)
        .set('Authorization', company.officerToken)
        .send({ decision: 'accept' })
        .expect(202);
      const acceptanceId: string = acceptance.headers['x-correlation-id'];
      expect(acceptanceId).toMatch(/^[0-9a-f-]{36}$/);
      const [accepted] = await events.waitForCount(
        1,
        WAIT_MS,
        (m) => m.headers['ce_type'] === ApplicationAccepted.type && m.headers['ce_subject'] === applicationId,
      );
      expect(accepted.headers['ce_correlationid']).toBe(acceptanceId);
      const caused = await waitFor(
        'the risk assessment and the validation case',
        () => {
          const mine = seen.filter((s) => s.applicationId === applicationId);
          return mine.length >= 2 ? mine : undefined;
        },
        WAIT_MS,
      );
      expect(caused).toEqual([
        { activity: 'assessOperatorRisk', correlationId: acceptanceId, applicationId },
        { activity: 'openValidationCase', correlationId: acceptanceId, applicationId },
      ]);
    } finally {
      await events.stop();
    }
  });

  it("revalidation: the grant's id starts the workflow; a regional office's request and a suspension each mark the events they cause", async () => {
    const events = await collectMessages(kafka, [TOPIC_NAMES.certificationEvents], { from: 'now' });
    try {
      // A granted authorisation, entered in the register as the certification workflow's last activity does, under its id.
      const grantId = `corr-grant-${randomUUID()}`;
      const holder = makeCompany('SELENGE');
      const { authorisationNumber } = await grantAuthorisation(service, holder, {
        statusType: 'AEOF',
        within: (grant) => runWithCorrelationId(grantId, grant),
      });
      const workflowId = revalidationWorkflowId(authorisationNumber);
      harness().workflowIds.push(workflowId);
      const ofNumber = (type: string) => (m: { headers: Record<string, string> }) =>
        m.headers['ce_type'] === type && m.headers['ce_subject'] === authorisationNumber;
      const [granted] = await events.waitForCount(1, WAIT_MS, ofNumber(AuthorisationGranted.type));
      expect(granted.headers['ce_correlationid']).toBe(grantId);
      const handle = temporalClient.workflow.getHandle(workflowId);
      await waitForRevalidationStage(temporalClient, authorisationNumber, 'monitoring');
      expect(headerOf((await handle.fetchHistory()).events![0].workflowExecutionStartedEventAttributes!.header)).toBe(
        grantId,
      );

      // The regional office's request: outbox → Kafka → trigger signal → the cycle's first activity.
      const requestId = `corr-request-${randomUUID()}`;
      await service.http
        .post(`/v1/authorisations/${authorisationNumber}/revalidation-requests`)
        .set('Authorization', office)
        .set('x-correlation-id', requestId)
        .send({ reason: 'border post reports repeated irregularities' })
        .expect(202);
      const [requested] = await events.waitForCount(1, WAIT_MS, ofNumber(RevalidationRequested.type));
      expect(requested.headers['ce_correlationid']).toBe(requestId);
      const [cycleStarted] = await events.waitForCount(1, WAIT_MS, ofNumber(RevalidationStarted.type));
      expect(cycleStarted.headers['ce_correlationid']).toBe(requestId);

      // A suspension through the lifecycle update: its id, not the request's, is on the suspension.
      const suspensionId = `corr-suspend-${randomUUID()}`;
      await service.http
        .post(`/v1/authorisations/${authorisationNumber}/suspension`)
        .set('Authorization', executive)
        .set('x-correlation-id', suspensionId)
        .send({ grounds: ['the security plan of the new warehouse is missing'] })
        .expect(200);
      const [suspended] = await events.waitForCount(1, WAIT_MS, ofNumber(AuthorisationSuspended.type));
      expect(suspended.headers['ce_correlationid']).toBe(suspensionId);
    } finally {
      await events.stop();
    }
  });
});
