import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import { APP_CONFIG } from '@aeo/config';
import {
  AuthorisationGranted,
  EventData,
  EventDefinition,
  OperatorUserLinked,
  TOPIC_NAMES,
  dlqTopicOf,
} from '@aeo/contracts';
import { collectMessages, deadLetterReason, linkOperatorUsers, publishEvent, testKafka, waitFor } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import type { RiskManagementConfig } from '../config';
import { startRiskManagement } from '../testing/start-risk-management';

jest.setTimeout(180_000);

const WAIT_MS = 90_000;
const run = randomBytes(4).toString('hex').toUpperCase();
// Taxpayer ids in the programme's format (7 digits).
const base = String(randomInt(100_000, 999_999));

/**
 * The AEO register projection and the copy of the companies' users take events of the programme's
 * customs regions only, as the declarations consumer does: one naming another region is
 * dead-lettered with the reason and changes nothing (real Kafka on the test's own topics, PostgreSQL).
 */
describe('risk-management consumers: events of a region outside CUSTOMS_REGIONS', () => {
  let service: ServiceUnderTest;
  let kafka: Kafka;
  let producer: Producer;
  let deadLetters: Awaited<ReturnType<typeof collectMessages>>;
  const regions = () => service.app.get<RiskManagementConfig>(APP_CONFIG).CUSTOMS_REGIONS.join(', ');

  const send = (definition: EventDefinition, key: string, data: unknown, id?: string) =>
    publishEvent(producer, service, '/aeo/test/register-regions', { definition, key, data, id });
  const deadLetterOf = (id: string, consumer: string) => deadLetterReason(deadLetters, { id, consumer }, WAIT_MS);

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    kafka = testKafka('register-regions-test');
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    deadLetters = await collectMessages(
      kafka,
      [TOPIC_NAMES.certificationEvents, TOPIC_NAMES.applicationEvents].map((topic) => service.topic(dlqTopicOf(topic))),
    );
  });

  afterAll(async () => {
    await deadLetters?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  const grant = (taxpayerId: string, region: string): EventData<typeof AuthorisationGranted> => ({
    authorisationNumber: `MN-AEOC-${run}-${taxpayerId}`,
    operatorId: randomUUID(),
    taxpayerId,
    region,
    statusType: 'AEOC',
    consentToMraSharing: true,
    decidedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
    effectiveFrom: new Date(Date.now() - 5 * 86_400_000).toISOString(),
    revalidationDue: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString(),
  });
  const registered = (taxpayerId: string) =>
    service.dataSource.query(`SELECT status FROM aeo_status WHERE taxpayer_id = $1`, [taxpayerId]);

  it('dead-letters a grant of another region with the reason: the register never holds it', async () => {
    const [outside, inside] = [`${base}1`, `${base}2`];
    const id = randomUUID();
    // Under one key (one partition), with a grant of a programme region behind it: once that one is
    // in the register, the one before was decided.
    await send(AuthorisationGranted, run, grant(outside, 'MARS'), id);
    await send(AuthorisationGranted, run, grant(inside, 'KHOVD'));
    await waitFor('the later grant in the register', async () =>
      (await registered(inside)).length ? true : undefined,
    );
    expect(await registered(outside)).toEqual([]);
    expect(await deadLetterOf(id, 'risk-management.aeo-status')).toBe(
      `invalid aeo.authorisation.granted.v1 data: region: MARS is not a customs region of the programme (${regions()})`,
    );
  });

  it("dead-letters a user's link to a company of another region with the reason: the copy never holds it", async () => {
    const taxpayerId = `${base}3`;
    const id = randomUUID();
    const operatorId = randomUUID();
    await send(
      OperatorUserLinked,
      operatorId,
      {
        operatorId,
        taxpayerId,
        region: 'MARS',
        sub: `trader-${run}-mars`,
        role: 'member',
        linkedBy: 'test-administrator',
        linkedAt: new Date().toISOString(),
      } satisfies EventData<typeof OperatorUserLinked>,
      id,
    );
    // A link of a programme region behind it, of the same company's key (one partition), waited for until folded.
    await linkOperatorUsers(service, { sub: `trader-${run}-darkhan`, taxpayerId, operatorId, region: 'DARKHAN' });
    expect(
      await service.dataSource.query(`SELECT 1 FROM operator_members WHERE sub = $1`, [`trader-${run}-mars`]),
    ).toEqual([]);
    expect(await deadLetterOf(id, 'risk-management.operator-members')).toBe(
      `invalid aeo.operator.user-linked.v1 data: region: MARS is not a customs region of the programme (${regions()})`,
    );
  });
});
