import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Kafka, Producer } from 'kafkajs';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import {
  AuthorisationGranted,
  ChannelDecided,
  ComplianceRecorded,
  DeclarationLodged,
  EventData,
  EventDefinition,
  RiskAlertRaised,
  TOPIC_NAMES,
  dlqTopicOf,
} from '@aeo/contracts';
import {
  bearer,
  collectMessages,
  CollectedMessage,
  linkOperatorUsers,
  publishEvent,
  testKafka,
  waitFor,
} from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import type { RiskManagementConfig } from './config';
import { lodgedDeclaration as declaration } from './testing/declarations';
import { startRiskManagement } from './testing/start-risk-management';

jest.setTimeout(180_000);

const WAIT_MS = 90_000;
const run = randomBytes(4).toString('hex').toUpperCase();
// Taxpayer ids in the programme's format (7 digits), as the look-up requires.
const AEO_TAXPAYER = String(randomInt(1_000_000, 5_000_000));
const PLAIN_TAXPAYER = String(randomInt(5_000_000, 9_999_999));
const AUTHORISATION = `MN-AEOF-${run}`;

const dataOf = <T>(message: CollectedMessage) => JSON.parse(message.message.value!.toString()) as T;

describe('risk engine: AEO status, channel decisions and alerts (real Kafka, PostgreSQL)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  let kafka: Kafka;
  let producer: Producer;
  let riskEvents: Awaited<ReturnType<typeof collectMessages>>;
  let deadLetters: Awaited<ReturnType<typeof collectMessages>>;
  const platform = bearer({ sub: 'border-1', roles: [ROLES.backendPlatform], scopes: ['aeo.status.read'] });
  const operations = bearer({ sub: 'ops-1', roles: [ROLES.operations] });

  /** Publishes an event as its producer does, on the service's own copy of its topic. */
  const send = (definition: EventDefinition, key: string, data: unknown, id?: string) =>
    publishEvent(producer, service, '/aeo/test/risk-engine', { definition, key, data, id });

  /**
   * The ids of the events this service instance committed (its outbox): a message counts only when
   * its ce_id is one of ours.
   */
  const ownEventIds = async (type: string, subject: string): Promise<string[]> =>
    (
      (await service.dataSource.query(`SELECT id::text AS id FROM outbox WHERE type = $1 AND subject = $2`, [
        type,
        subject,
      ])) as { id: string }[]
    ).map((row) => row.id);
  const decisionFor = async (declarationId: string) => {
    const [id] = await waitFor(
      `the channel decision of ${declarationId}`,
      async () => {
        const ids = await ownEventIds(ChannelDecided.type, declarationId);
        return ids.length > 0 && ids;
      },
      WAIT_MS,
      100,
    );
    const [message] = await riskEvents.waitForCount(1, WAIT_MS, (m) => m.headers['ce_id'] === id);
    return dataOf<EventData<typeof ChannelDecided>>(message);
  };

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    http = service.http;
    kafka = testKafka('risk-engine-test');
    producer = kafka.producer({ idempotent: true });
    await producer.connect();
    const outputs = [TOPIC_NAMES.riskEvents, TOPIC_NAMES.riskAlertEvents].map(service.topic);
    riskEvents = await collectMessages(kafka, outputs, { from: 'now' });
    deadLetters = await collectMessages(kafka, [service.topic(dlqTopicOf(TOPIC_NAMES.declarationEvents))]);

    await send(AuthorisationGranted, AEO_TAXPAYER, {
      authorisationNumber: AUTHORISATION,
      operatorId: randomUUID(),
      taxpayerId: AEO_TAXPAYER,
      region: 'ULAANBAATAR',
      statusType: 'AEOF',
      consentToMraSharing: true,
      decidedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      effectiveFrom: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      revalidationDue: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString(),
    } satisfies EventData<typeof AuthorisationGranted>);
  });

  afterAll(async () => {
    await riskEvents?.stop();
    await deadLetters?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  it('answers the status look-up from the projection after the authorisation is granted', async () => {
    const answer = await waitFor(
      'the AEO status of the granted taxpayer',
      async () => {
        const response = await http.get(`/v1/aeo-status/${AEO_TAXPAYER}`).set('Authorization', platform).expect(200);
        return response.body.aeo ? response.body : undefined;
      },
      WAIT_MS,
      250,
    );
    expect(answer).toMatchObject({
      taxpayerId: AEO_TAXPAYER,
      aeo: true,
      statusType: 'AEOF',
      status: 'granted',
      suspendedScope: null,
    });
    expect(answer.benefits).toEqual(
      expect.arrayContaining([
        'aeo-reduced-physical-inspection',
        'aeo-reduced-documentary-controls',
        'aeo-prior-notice',
      ]),
    );
  });

  it('answers aeo:false for an unknown taxpayer, and lets an operator user look up only its own company', async () => {
    const unknown = await http.get(`/v1/aeo-status/${PLAIN_TAXPAYER}`).set('Authorization', platform).expect(200);
    expect(unknown.body).toEqual({
      taxpayerId: PLAIN_TAXPAYER,
      aeo: false,
      statusType: null,
      status: null,
      suspendedScope: null,
      effectiveFrom: null,
      statusEffectiveFrom: null,
      reason: 'no AEO authorisation is registered for this taxpayer',
      benefits: [],
      registerAsOf: expect.any(String),
      stale: false,
    });
    await linkOperatorUsers(service, { sub: `op-${AEO_TAXPAYER}`, taxpayerId: AEO_TAXPAYER });
    const operatorUser = bearer({ sub: `op-${AEO_TAXPAYER}`, roles: [ROLES.operatorUser], taxpayerId: AEO_TAXPAYER });
    await http.get(`/v1/aeo-status/${AEO_TAXPAYER}`).set('Authorization', operatorUser).expect(200);
    const refused = await http.get(`/v1/aeo-status/${PLAIN_TAXPAYER}`).set('Authorization', operatorUser).expect(403);
    expect(refused.body.message).toContain('a company they are a user of');
    await http
      .get(`/v1/aeo-status/${AEO_TAXPAYER}`)
      .set('Authorization', bearer({ sub: 'p', roles: [ROLES.policyUnit] }))
      .expect(403);
  });

  it('decides a channel for each declaration, with the AEO benefit in the reasons only for the AEO', async () => {
    await send(DeclarationLodged, AEO_TAXPAYER, declaration(AEO_TAXPAYER, `DCL-${run}-A1`));
    await send(DeclarationLodged, PLAIN_TAXPAYER, declaration(PLAIN_TAXPAYER, `DCL-${run}-B1`));

    const aeo = await decisionFor(`DCL-${run}-A1`);
    expect(aeo.traderTaxpayerId).toBe(AEO_TAXPAYER);
    // The standing the decision applied is stated, whatever benefits it listed.
    expect(aeo.aeoStatusType).toBe('AEOF');
    expect(aeo.benefitsApplied).toEqual(
      expect.arrayContaining([
        {
          benefit: 'aeo-reduced-physical-inspection',
          basis: expect.stringContaining(`AEOF authorisation ${AUTHORISATION} effective`),
        },
      ]),
    );
    expect(aeo.randomSelection.rate).toBeCloseTo(0.02);

    const plain = await decisionFor(`DCL-${run}-B1`);
    expect(plain.benefitsApplied).toEqual([]);
    expect(plain.aeoStatusType).toBeNull();
    expect(plain.firedRules).toEqual(
      expect.arrayContaining([{ rule: 'new-trader', channel: 'yellow', reason: 'first declaration of this trader' }]),
    );
    expect(plain.channel).not.toBe('green');
    expect(plain.priority).toBe(false);
  });

  it('changes nothing for a redelivered declaration (same event, or same declaration under a new event id)', async () => {
    const declarationId = `DCL-${run}-A2`;
    const eventId = randomUUID();
    const data = declaration(AEO_TAXPAYER, declarationId);
    await send(DeclarationLodged, AEO_TAXPAYER, data, eventId);
    await send(DeclarationLodged, AEO_TAXPAYER, data, eventId);
    await send(DeclarationLodged, AEO_TAXPAYER, data);
    // Same key, same partition: once the sentinel is decided, the duplicates before it were consumed.
    await send(DeclarationLodged, AEO_TAXPAYER, declaration(AEO_TAXPAYER, `DCL-${run}-A3`));
    await decisionFor(`DCL-${run}-A3`);

    const rows: unknown[] = await service.dataSource.query(
      `SELECT 1 FROM channel_decisions WHERE declaration_id = $1`,
      [declarationId],
    );
    expect(rows).toHaveLength(1);
    const decided = await ownEventIds(ChannelDecided.type, declarationId);
    expect(decided).toHaveLength(1);
    expect(riskEvents.messages.filter((m) => decided.includes(String(m.headers['ce_id'])))).toHaveLength(1);
    const [{ declarations }]: { declarations: number }[] = await service.dataSource.query(
      `SELECT sum(declarations)::int AS declarations FROM declaration_daily WHERE taxpayer_id = $1`,
      [AEO_TAXPAYER],
    );
    expect(declarations).toBe(3);
  });

  it('dead-letters a malformed declaration naming the field, and carries on', async () => {
    const badId = randomUUID();
    await send(
      DeclarationLodged,
      PLAIN_TAXPAYER,
      { ...declaration(PLAIN_TAXPAYER, `DCL-${run}-BAD`), commodityChapters: ['8'] },
      badId,
    );
    await send(DeclarationLodged, PLAIN_TAXPAYER, declaration(PLAIN_TAXPAYER, `DCL-${run}-B2`));

    const [dead] = await deadLetters.waitForCount(
      1,
      WAIT_MS,
      (m) => m.headers['ce_id'] === badId && /^risk-management\.declarations/.test(m.headers['dlq_consumer'] ?? ''),
    );
    expect(dead.headers['dlq_reason']).toMatch(
      /invalid aeo\.declaration\.lodged\.v1 data: commodityChapters\.0: HS chapters are two digits/,
    );
    const next = await decisionFor(`DCL-${run}-B2`);
    expect(next.firedRules.map((r) => r.rule)).not.toContain('new-trader');
  });

  const config = () => service.app.get<RiskManagementConfig>(APP_CONFIG);

  /** Sends `data` then a sentinel declaration (same key: in this order); once the sentinel is decided, `data` must not be: its dead letter's reason. */
  const deadLetterReasonOf = async (data: EventData<typeof DeclarationLodged>, sentinelId: string) => {
    const id = randomUUID();
    await send(DeclarationLodged, PLAIN_TAXPAYER, data, id);
    await send(DeclarationLodged, PLAIN_TAXPAYER, declaration(PLAIN_TAXPAYER, sentinelId));
    await decisionFor(sentinelId);
    const decided: unknown[] = await service.dataSource.query(
      `SELECT channel FROM channel_decisions WHERE declaration_id = $1`,
      [data.declarationId],
    );
    expect(decided).toEqual([]);
    const [dead] = await deadLetters.waitForCount(
      1,
      WAIT_MS,
      (m) => m.headers['ce_id'] === id && /^risk-management\.declarations/.test(m.headers['dlq_consumer'] ?? ''),
    );
    return dead.headers['dlq_reason'];
  };

  it('dead-letters a declaration lodged in the future naming lodgedAt, and decides one within the clock skew', async () => {
    // An AEO's grant taking effect later must not count: the declaration cannot have been lodged yet.
    const future = declaration(AEO_TAXPAYER, `DCL-${run}-FUTURE`, { lodgedAt: '2099-01-01T00:00:00.000Z' });
    expect(await deadLetterReasonOf(future, `DCL-${run}-B3`)).toMatch(
      /^invalid aeo\.declaration\.lodged\.v1 data: lodgedAt: is in the future: later than this service's clock \(.+\) by more than 300000 ms \(DECLARATION_CLOCK_SKEW_MS\)$/,
    );
    // A minute ahead: the declaration system's clock may run a little fast.
    const aheadId = `DCL-${run}-AHEAD`;
    await send(
      DeclarationLodged,
      PLAIN_TAXPAYER,
      declaration(PLAIN_TAXPAYER, aheadId, { lodgedAt: new Date(Date.now() + 60_000).toISOString() }),
    );
    expect((await decisionFor(aheadId)).traderTaxpayerId).toBe(PLAIN_TAXPAYER);
  });

  it('dead-letters a declaration whose taxpayer id is not of the programme format, naming the field', async () => {
    // A hidden character after the digits would be another, look-alike trader.
    const lookAlike = `${PLAIN_TAXPAYER}\u202e`;
    const format = `does not match the programme's format ${config().TAXPAYER_ID_PATTERN}`;
    expect(await deadLetterReasonOf(declaration(lookAlike, `DCL-${run}-LOOKALIKE`), `DCL-${run}-B4`)).toBe(
      `invalid aeo.declaration.lodged.v1 data: declarantTaxpayerId: ${format}; traderTaxpayerId: ${format}`,
    );
    const profiles: unknown[] = await service.dataSource.query(
      `SELECT 1 FROM operator_risk_profiles WHERE taxpayer_id = $1`,
      [lookAlike],
    );
    expect(profiles).toEqual([]);
  });

  it('dead-letters a declaration of a region outside the customs regions, naming region', async () => {
    const mars = declaration(PLAIN_TAXPAYER, `DCL-${run}-MARS`, { region: 'MARS' });
    expect(await deadLetterReasonOf(mars, `DCL-${run}-B5`)).toBe(
      `invalid aeo.declaration.lodged.v1 data: region: MARS is not a customs region of the programme (${config().CUSTOMS_REGIONS.join(', ')})`,
    );
  });

  it('raises a risk alert for a serious infringement by an AEO, and scores it into the profile', async () => {
    const complianceEventId = `CMP-${run}-1`;
    await send(ComplianceRecorded, AEO_TAXPAYER, {
      complianceEventId,
      taxpayerId: AEO_TAXPAYER,
      kind: 'infringement',
      severity: 'serious',
      occurredAt: new Date().toISOString(),
      recordedBy: 'customs-audit',
      description: 'Undervaluation of imported machinery',
    } satisfies EventData<typeof ComplianceRecorded>);

    const [alertMessage] = await riskEvents.waitForCount(
      1,
      WAIT_MS,
      (m) =>
        m.headers['ce_type'] === RiskAlertRaised.type &&
        dataOf<{ sourceEventId: string }>(m).sourceEventId === complianceEventId,
    );
    expect(dataOf(alertMessage)).toMatchObject({
      taxpayerId: AEO_TAXPAYER,
      severity: 'serious',
      recommendation: 'early-revalidation',
      reason: expect.stringContaining(AUTHORISATION),
    });

    const profile = await waitFor(
      'the compliance event in the score',
      async () => {
        const response = await http
          .get(`/v1/risk-profiles/by-taxpayer/${AEO_TAXPAYER}`)
          .set('Authorization', operations)
          .expect(200);
        return response.body.factors.some((f: { factor: string }) => f.factor === 'compliance-history')
          ? response.body
          : undefined;
      },
      WAIT_MS,
      250,
    );
    expect(profile).toMatchObject({
      taxpayerId: AEO_TAXPAYER,
      aeoStatus: 'granted',
      statusType: 'AEOF',
      windows: { d30: { declarations: 3 }, d365: { declarations: 3 } },
    });
    expect(profile.factors.map((f: { factor: string }) => f.factor)).toEqual(
      expect.arrayContaining(['baseline', 'compliance-history', 'aeo-status']),
    );
    expect(profile.scoreHistory.length).toBeGreaterThanOrEqual(2);
    expect(profile.scoreHistory[0]).toMatchObject({ trigger: 'compliance:serious', score: profile.riskScore });
    // A trader never seen: 404; an id not of the programme's format: 400 naming it (was 404).
    await http
      .get(`/v1/risk-profiles/by-taxpayer/${randomInt(5_000_000, 10_000_000)}`)
      .set('Authorization', operations)
      .expect(404);
    const malformed = await http
      .get(`/v1/risk-profiles/by-taxpayer/T${run}-NOBODY`)
      .set('Authorization', operations)
      .expect(400);
    expect(JSON.stringify(malformed.body)).toContain('taxpayerId');
  });
});
