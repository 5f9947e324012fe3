import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { Client } from '@temporalio/client';
import {
  PilotParticipantAccepted,
  PilotParticipantIdentified,
  PilotParticipantWithdrawn,
  TOPIC_NAMES,
  dlqTopicOf,
  toKafkaRecord,
  type EventEnvelope,
} from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { collectMessages, createTopics, startedForTests, testKafka, waitFor } from '@aeo/testing';
import { certificationWorkflowId } from '@aeo/workflows';
import { makeCompany } from '../e2e/slice-fixtures';
import { startCertificationHarness } from '../testing/certification-harness';
import { fileApplication } from '../testing/file-application';
import { registerOperator } from '../testing/granted-authorisation';
import { PILOT_PARTICIPANTS_CONSUMER } from './pilot-participants.consumer';

jest.setTimeout(300_000);

const WAIT_MS = 120_000;
/** A namespace of its own (its search attributes, AeoPilotId among them, registered by the harness). */
const NAMESPACE = 'aeo-test-pilot-tag';

/**
 * Pilot companies' certifications tagged `AeoPilotId`, on the real servers (the applications
 * service and the orchestrating worker in-process, Kafka, Temporal, PostgreSQL): the acceptance
 * arrives on the pilot topic before the application (the workflow starts tagged) or after it (the
 * running workflow is tagged through its `pilotTag` signal); either way Temporal lists the
 * workflow by `AeoPilotId = "<pilotId>"`.
 */
describe('pilot tag on certification workflows (real Temporal, Kafka, PostgreSQL)', () => {
  const harness = startedForTests(() => startCertificationHarness({ namespace: NAMESPACE }));
  const kafka = testKafka('pilot-tag-int');
  let service: ServiceUnderTest;
  let baseUrl: string;
  let temporal: Client;
  let producer: Producer;

  beforeAll(async () => {
    await createTopics(kafka, [TOPIC_NAMES.pilotEvents, dlqTopicOf(TOPIC_NAMES.pilotEvents)]);
    ({ service, baseUrl, temporal } = harness());
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
  });

  const pilotEvent = (type: string, data: Record<string, unknown>): EventEnvelope => ({
    id: randomUUID(),
    type,
    source: '/aeo/programme',
    subject: String(data['pilotId']),
    time: new Date().toISOString(),
    data,
  });
  const accepted = (data: Record<string, unknown>) => pilotEvent(PilotParticipantAccepted.type, data);
  const publish = (event: EventEnvelope) =>
    producer.send({ topic: TOPIC_NAMES.pilotEvents, acks: -1, messages: [toKafkaRecord(event, event.subject!)] });
  const participantRecorded = (pilotId: string, taxpayerId: string) =>
    waitFor(
      'the pilot company recorded',
      async () =>
        (
          await service.dataSource.query('SELECT 1 FROM pilot_participants WHERE pilot_id = $1 AND taxpayer_id = $2', [
            pilotId,
            taxpayerId,
          ])
        ).length === 1,
      WAIT_MS,
      250,
    );
  const listedBy = (pilotId: string) =>
    waitFor(
      `a workflow listed by AeoPilotId = "${pilotId}"`,
      async () => {
        const ids: string[] = [];
        for await (const workflow of temporal.workflow.list({ query: `AeoPilotId = "${pilotId}"` }))
          ids.push(workflow.workflowId);
        return ids.length > 0 ? ids : undefined;
      },
      WAIT_MS,
      500,
    );
  async function certify(company: ReturnType<typeof makeCompany>, operatorId: string): Promise<string> {
    const filed = await fileApplication(baseUrl, company.operatorToken, {
      operatorId,
      statusType: 'AEOC',
      consentToMraSharing: false,
    });
    expect(filed.submission?.ok).toBe(true);
    const workflowId = certificationWorkflowId(filed.applicationId);
    harness().workflowIds.push(workflowId);
    await waitFor(
      'the certification workflow started',
      async () =>
        (await temporal.workflow
          .getHandle(workflowId)
          .describe()
          .catch(() => undefined)) !== undefined,
      WAIT_MS,
      250,
    );
    return workflowId;
  }

  it('starts a pilot company’s certification with AeoPilotId when the company was accepted before', async () => {
    const pilotId = randomUUID();
    const company = makeCompany('DARKHAN');
    // Not registered yet when it accepted: the programme knew no operator id.
    await publish(
      accepted({
        pilotId,
        taxpayerId: company.taxpayerId,
        operatorId: null,
        region: 'DARKHAN',
        acceptedAt: new Date().toISOString(),
      }),
    );
    await participantRecorded(pilotId, company.taxpayerId);
    const operatorId = await registerOperator(service, company);
    const workflowId = await certify(company, operatorId);
    const described = await temporal.workflow.getHandle(workflowId).describe();
    expect(described.searchAttributes['AeoPilotId']).toEqual([pilotId]);
    expect(await listedBy(pilotId)).toEqual([workflowId]);
  });

  it('tags a running certification when the company is accepted after it started', async () => {
    const pilotId = randomUUID();
    const company = makeCompany('DARKHAN');
    const operatorId = await registerOperator(service, company);
    const workflowId = await certify(company, operatorId);
    expect((await temporal.workflow.getHandle(workflowId).describe()).searchAttributes['AeoPilotId']).toBeUndefined();
    await publish(
      accepted({
        pilotId,
        taxpayerId: company.taxpayerId,
        operatorId,
        region: 'DARKHAN',
        acceptedAt: new Date().toISOString(),
      }),
    );
    expect(await listedBy(pilotId)).toEqual([workflowId]);
    // Only the tag: the certification goes on as before.
    expect((await temporal.workflow.getHandle(workflowId).describe()).status.name).toBe('RUNNING');
  });

  it('sends a malformed acceptance to the dead-letter topic with the reason, recording nothing', async () => {
    const dead = await collectMessages(kafka, [dlqTopicOf(TOPIC_NAMES.pilotEvents)], { from: 'now' });
    try {
      const pilotId = randomUUID();
      const event = accepted({ pilotId, operatorId: null, region: 'DARKHAN', acceptedAt: new Date().toISOString() });
      await publish(event);
      const [letter] = await dead.waitForCount(
        1,
        WAIT_MS,
        (m) =>
          m.headers['ce_id'] === event.id &&
          m.headers['dlq_consumer']?.startsWith(PILOT_PARTICIPANTS_CONSUMER) === true,
      );
      expect(letter!.headers['dlq_reason']).toContain('taxpayerId');
      expect(await service.dataSource.query('SELECT 1 FROM pilot_participants WHERE pilot_id = $1', [pilotId])).toEqual(
        [],
      );
    } finally {
      await dead.stop();
    }
  });

  it('tags no certification of another company whose operator id a participant carries by mistake, until corrected', async () => {
    const pilotId = randomUUID();
    const [company, other] = [makeCompany('DARKHAN'), makeCompany('DARKHAN')];
    const [operatorId, otherOperatorId] = [
      await registerOperator(service, company),
      await registerOperator(service, other),
    ];
    const running = await certify(company, operatorId);
    // Accepted with the other company's operator id: neither company is matched by it.
    await publish(
      accepted({
        pilotId,
        taxpayerId: company.taxpayerId,
        operatorId: otherOperatorId,
        region: 'DARKHAN',
        acceptedAt: new Date().toISOString(),
      }),
    );
    await participantRecorded(pilotId, company.taxpayerId);
    const otherWorkflow = await certify(other, otherOperatorId);
    expect(
      (await temporal.workflow.getHandle(otherWorkflow).describe()).searchAttributes['AeoPilotId'],
    ).toBeUndefined();
    // The policy unit corrects the operator id: the company's running certification is tagged.
    await publish(
      pilotEvent(PilotParticipantIdentified.type, {
        pilotId,
        taxpayerId: company.taxpayerId,
        operatorId,
        previousOperatorId: otherOperatorId,
        region: 'DARKHAN',
        reason: 'Wrong registration given at the choice',
        by: 'policy.unit.oyun',
        at: new Date().toISOString(),
      }),
    );
    expect(await listedBy(pilotId)).toEqual([running]);
    expect(
      await service.dataSource.query('SELECT operator_id FROM pilot_participants WHERE pilot_id = $1', [pilotId]),
    ).toEqual([{ operator_id: operatorId }]);
  });

  it('forgets a withdrawn company: its later certifications are not tagged', async () => {
    const pilotId = randomUUID();
    const company = makeCompany('DARKHAN');
    const operatorId = await registerOperator(service, company);
    const candidate = { pilotId, taxpayerId: company.taxpayerId, operatorId, region: 'DARKHAN' };
    await publish(accepted({ ...candidate, acceptedAt: new Date().toISOString() }));
    await participantRecorded(pilotId, company.taxpayerId);
    await publish(
      pilotEvent(PilotParticipantWithdrawn.type, {
        ...candidate,
        reason: 'Left the programme',
        by: 'policy.unit.oyun',
        withdrawnAt: new Date().toISOString(),
      }),
    );
    await waitFor(
      'the withdrawn company forgotten',
      async () =>
        (await service.dataSource.query('SELECT 1 FROM pilot_participants WHERE pilot_id = $1', [pilotId])).length ===
        0,
      WAIT_MS,
      250,
    );
    const workflowId = await certify(company, operatorId);
    expect((await temporal.workflow.getHandle(workflowId).describe()).searchAttributes['AeoPilotId']).toBeUndefined();
  });
});
