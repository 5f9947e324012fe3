import { randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { ROLES } from '@aeo/auth';
import {
  OperatorUserLinked,
  OperatorUserRemoved,
  TOPIC_NAMES,
  toKafkaRecord,
  type EventDefinition,
} from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, testKafka, waitFor } from '@aeo/testing';
import { startValidation } from '../testing/start-validation';

jest.setTimeout(120_000);

/**
 * Validation's copy of the companies' users, folded from the applications service's
 * aeo.operator.user-linked/user-removed.v1 on the real broker: an operator user reads its company's
 * validation cases only while linked; a token naming the company is not enough (the trader sign-up
 * takes any taxpayer id); a replayed older link does not undo a removal.
 */
describe('validation: the companies’ users from the applications service’s events (real Kafka, PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let producer: Producer;
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  const operatorId = randomUUID();
  const sub = `linked-${taxpayerId}`;
  const trader = bearer({ sub, roles: [ROLES.operatorUser], taxpayerId });
  const caseId = randomUUID();
  const about = { operatorId, taxpayerId, region: 'KHOVD', sub, role: 'member' };

  const publish = async (definition: EventDefinition, data: Record<string, unknown>) => {
    expect(definition.schema.safeParse(data).error).toBeUndefined();
    const event = {
      id: randomUUID(),
      type: definition.type,
      source: '/aeo/test',
      subject: operatorId,
      time: new Date().toISOString(),
      data,
    };
    await producer.send({
      topic: TOPIC_NAMES.applicationEvents,
      acks: -1,
      messages: [toKafkaRecord(event, operatorId)],
    });
  };
  const listStatus = async () =>
    (await service.http.get('/v1/company-validations').set('Authorization', trader)).status;
  const until = (what: string, status: number) =>
    waitFor(what, async () => (await listStatus()) === status, 60_000, 200);

  beforeAll(async () => {
    service = await startValidation();
    producer = testKafka('validation-operator-members').producer({ idempotent: true });
    await producer.connect();
    const applicationId = randomUUID();
    await service.dataSource.query(
      `INSERT INTO validation_cases (id, application_id, operator_id, region, status, taxpayer_id, assigned_validator, opened_at, workflow_id, case_key)
       VALUES ($1, $2, $3, 'KHOVD', 'open', $4, 'some-validator', now(), $5, $6)`,
      [
        caseId,
        applicationId,
        operatorId,
        taxpayerId,
        `certification-${applicationId}`,
        `certification:${applicationId}`,
      ],
    );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('reads the company’s cases once linked, no longer once removed, and a replayed older link changes nothing', async () => {
    expect(await listStatus()).toBe(403);
    const linkedAt = new Date(Date.now() - 60_000).toISOString();
    await publish(OperatorUserLinked, { ...about, linkedBy: 'admin', linkedAt });
    await until('the link folded', 200);
    const { body } = await service.http.get('/v1/company-validations').set('Authorization', trader).expect(200);
    expect(body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
    await service.http.get(`/v1/validation-cases/${caseId}/visits`).set('Authorization', trader).expect(200);

    await publish(OperatorUserRemoved, {
      ...about,
      removedBy: 'admin',
      removedAt: new Date().toISOString(),
      reason: 'left the company',
    });
    await until('the removal folded', 403);
    await service.http.get(`/v1/validation-cases/${caseId}/visits`).set('Authorization', trader).expect(403);

    // The older link again (a redelivery or a replay), then a marker the consumer reads after it.
    await publish(OperatorUserLinked, { ...about, linkedBy: 'admin', linkedAt });
    const marker = `marker-${taxpayerId}`;
    await publish(OperatorUserLinked, { ...about, sub: marker, linkedBy: 'admin', linkedAt: new Date().toISOString() });
    await waitFor(
      'the marker folded',
      async () =>
        (await service.dataSource.query(`SELECT 1 FROM operator_members WHERE sub = $1`, [marker])).length === 1,
      60_000,
      200,
    );
    expect(await listStatus()).toBe(403);
  });
});
