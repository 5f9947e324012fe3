import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { ROLES } from '@aeo/auth';
import { APP_CONFIG, type PlatformEnv } from '@aeo/config';
import {
  ApplicationSubmitted,
  ChannelDecided,
  DeclarationLodged,
  TOPIC_NAMES,
  dlqTopicOf,
  type EventData,
  type EventEnvelope,
} from '@aeo/contracts';
import { recordsBehind, type PartitionRange } from '@aeo/messaging';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, collectMessages, deadLetterReason, publishEnvelope, testKafka, waitFor } from '@aeo/testing';
import { envelope, runRecompute } from '../kpis/testing/scripted-stream';
import type { ProgrammeConfig } from '../config';
import { startProgramme } from '../testing/start-programme';
import { BENEFIT_FACT_TOPICS, BENEFIT_FACTS_CONSUMER } from './benefit-facts.consumer';

// The service reads topics of the file's own (not the shared ones from their start, a million
// records of other suites and benchmarks): the set-up and the recompute fold this file's events only.
jest.setTimeout(300_000);

/** A region of this run only (the live store's other figures stay out of the comparisons). */
const REGION = `BEN${randomBytes(5).toString('hex').toUpperCase()}`;
const TAG = randomBytes(4).toString('hex');
/**
 * Taxpayer ids of this run in the programme's format (7 digits): the consumer dead-letters others.
 * A declaration's trader is its own (`n`, two digits): D1 and D11 are not the same trader.
 */
const RUN_DIGITS = String(randomInt(1_000, 10_000));
const traderOf = (n: number) => `8${RUN_DIGITS}${String(n).padStart(2, '0')}`;
const day = (date: string) => `${date}T08:00:00.000Z`;

const BENEFITS = {
  score: { benefit: 'aeo-risk-score-reduction', basis: 'test authorisation' },
  documentary: { benefit: 'aeo-reduced-documentary-controls', basis: 'test authorisation' },
  physical: { benefit: 'aeo-reduced-physical-inspection', basis: 'test authorisation' },
  priority: { benefit: 'aeo-priority-if-selected', basis: 'test authorisation' },
};
type Part = 'AEOC' | 'AEOS' | 'AEOF' | null;
const benefitsOf = (part: Part, controlledWithPriority: boolean) => [
  ...(part ? [BENEFITS.score] : []),
  ...(part === 'AEOC' || part === 'AEOF' ? [BENEFITS.documentary] : []),
  ...(part === 'AEOS' || part === 'AEOF' ? [BENEFITS.physical] : []),
  ...(controlledWithPriority ? [BENEFITS.priority] : []),
];

const lodged = (n: number, date: string, customsValue: number) =>
  envelope(
    DeclarationLodged,
    {
      declarationId: `BEN-${TAG}-${n}`,
      lodgedAt: day(date),
      regime: 'import',
      customsOffice: 'TEST01',
      region: REGION,
      declarantTaxpayerId: `7${RUN_DIGITS}00`,
      traderTaxpayerId: traderOf(n),
      traderRole: 'importer',
      foreignPartnerAeoIds: [],
      customsValue,
      duties: 0,
      currency: 'MNT',
      goodsLines: 1,
      commodityChapters: ['84'],
      originCountry: 'CN',
      destinationCountry: 'MN',
    },
    day(date),
  );

const decided = (
  declaration: EventEnvelope<EventData<typeof DeclarationLodged>>,
  channel: 'green' | 'yellow' | 'red',
  part: Part,
  priority = part !== null && channel !== 'green',
  at?: string,
) =>
  envelope(
    ChannelDecided,
    {
      decisionId: randomUUID(),
      declarationId: declaration.data.declarationId,
      traderTaxpayerId: declaration.data.traderTaxpayerId,
      channel,
      riskScore: 10,
      firedRules: channel === 'green' ? [] : [{ rule: 'random-selection', channel, reason: 'test' }],
      benefitsApplied: benefitsOf(part, priority),
      randomSelection: { draw: 0.5, rate: 0.1, selected: channel !== 'green' },
      priority,
      priorNotice: priority,
      modelVersion: 'test',
      decidedAt: at ?? declaration.data.lodgedAt.replace('08:00:00', '08:00:01'),
    },
    at ?? declaration.data.lodgedAt,
  );

describe('programme service: the benefit in numbers from declarations and channel decisions (real PostgreSQL, Kafka)', () => {
  let service: ServiceUnderTest;
  let http: ReturnType<typeof request>;
  let producer: Producer;
  const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });

  // March 2026 in REGION: four AEO declarations (D1 AEOC documentary with priority: no benefit
  // received, D2 AEOS green, D3 AEOF physical, its decision stating the standing and listing no AEO
  // benefit: an AEO all the same, no benefit, D8 AEOC green, its decision before its declaration;
  // the others' decisions predate the stated standing: inferred from their benefits), three of
  // other traders (D4 documentary, D5 physical, D6 green); D9 in April (AEOC, green). No declaration
  // is left undecided here (on the shared topics a risk-management service of another suite
  // decided an undecided D7, and it counted: CI, 7f76124). A declaration without its decision counts nothing: benefit-fold.spec and benefit-upsert.int-spec.
  const d1 = lodged(1, '2026-03-02', 1000);
  const d2 = lodged(2, '2026-03-05', 3000);
  const d3 = lodged(3, '2026-03-10', 2000);
  const d4 = lodged(4, '2026-03-11', 4000);
  const d5 = lodged(5, '2026-03-20', 5000);
  const d6 = lodged(6, '2026-03-31', 5000);
  const d8 = lodged(8, '2026-03-25', 1000.5);
  const d9 = lodged(9, '2026-04-01', 1000);
  const d1Decided = decided(d1, 'yellow', 'AEOC');
  const d3Plain = decided(d3, 'red', 'AEOF', false);
  const d3Decided: typeof d3Plain = {
    ...d3Plain,
    data: { ...d3Plain.data, aeoStatusType: 'AEOF', benefitsApplied: [] },
  };
  const d8Decided = decided(d8, 'green', 'AEOC');
  const stream: EventEnvelope[] = [
    d8Decided,
    d1,
    d1Decided,
    d2,
    decided(d2, 'green', 'AEOS'),
    d3,
    d3Decided,
    d4,
    decided(d4, 'yellow', null),
    // A second decision of D4, later (another engine, a replay): the first one counts.
    decided(d4, 'green', null, false, '2026-03-12T09:00:00.000Z'),
    d5,
    decided(d5, 'red', null),
    d6,
    decided(d6, 'green', null),
    d8,
    d9,
    decided(d9, 'green', 'AEOC'),
  ];

  /** Publishes the events in order, each on its contract's topic, keyed by the trader (as their producers key them). */
  async function publish(...events: EventEnvelope[]): Promise<void> {
    for (const event of events)
      await publishEnvelope(producer, service, event, (event.data as { traderTaxpayerId: string }).traderTaxpayerId);
  }

  /**
   * Events of the stream whose side the facts hold. The fold claims no inbox rows (its effect is keyed
   * by the declaration), so an event shows as folded by its id in the side it set; an event that
   * lost to an earlier one (D4's later decision) never shows, and changes nothing whenever it is folded.
   */
  const foldedEvents = async () =>
    Number(
      (
        await service.dataSource.query(
          `SELECT count(*)::int AS n FROM unnest($1::text[]) AS e(id)
           WHERE EXISTS (SELECT 1 FROM declaration_benefit_facts f
             WHERE f.declaration_event_id = e.id OR f.decision_event_id = e.id)`,
          [stream.map((event) => event.id)],
        )
      )[0].n,
    );

  const figures = async (kpiId: string, query: string) =>
    (await http.get(`/v1/kpis/${kpiId}?${query}`).set('Authorization', policyUnit).expect(200)).body;
  const value = async (kpiId: string, query: string) =>
    (await figures(kpiId, query)).values.map((v: { period: string; value: number | null; sample: number }) => [
      v.period,
      v.value === null ? null : Math.round(v.value * 10_000) / 10_000,
      v.sample,
    ]);

  /**
   * Until the benefit consumer has committed every record of both its topics as they end now (a
   * sentinel on one topic says nothing of the other, and an event that changes nothing leaves no trace).
   */
  async function untilFoldedToTheEnd(): Promise<void> {
    const admin = testKafka('programme-benefit-lag').admin();
    await admin.connect();
    try {
      const ends = new Map<string, PartitionRange>();
      const topics = BENEFIT_FACT_TOPICS.map((topic) => service.topic(topic));
      for (const topic of topics)
        for (const p of await admin.fetchTopicOffsets(topic))
          ends.set(`${topic}/${p.partition}`, { low: BigInt(p.low), high: BigInt(p.high) });
      const groupId = BENEFIT_FACTS_CONSUMER + service.app.get<PlatformEnv>(APP_CONFIG).KAFKA_GROUP_SUFFIX;
      await waitFor(
        'the benefit consumer at its topics’ ends',
        async () => {
          let behind = 0n;
          for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics }))
            for (const { partition, offset } of partitions)
              behind += recordsBehind(offset, ends.get(`${topic}/${partition}`) ?? { low: 0n, high: 0n });
          return behind === 0n;
        },
        120_000,
        250,
      );
    } finally {
      await admin.disconnect();
    }
  }

  const spring = `period=month&from=2026-03-01&to=2026-05-01&region=${REGION}`;
  const march = `period=month&from=2026-03-01&to=2026-04-01&region=${REGION}`;

  beforeAll(async () => {
    service = await startProgramme([REGION], {}, { ownTopics: true });
    http = service.http;
    producer = testKafka('programme-benefit').producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await publish(...stream);
    // Every event of the stream but D4's later decision, which the first one outranks.
    await waitFor('the scripted stream folded', async () => (await foldedEvents()) === stream.length - 1, 120_000, 250);
    // D4's later decision too: it must have been folded (and changed nothing) before the figures are read.
    await untilFoldedToTheEnd();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('lists the benefit KPIs with their definitions and dimensions', async () => {
    const body = (await http.get('/v1/kpis').set('Authorization', policyUnit).expect(200)).body as {
      id: string;
      family: string;
      dimensions: string[];
    }[];
    const benefit = body.filter((kpi) => kpi.family === 'benefit');
    expect(benefit.map((kpi) => [kpi.id, kpi.dimensions])).toEqual([
      ['aeo-declaration-share', ['region']],
      ['aeo-customs-value-share', ['region']],
      ['aeo-documentary-control-rate', ['region', 'statusType']],
      ['other-documentary-control-rate', ['region']],
      ['aeo-physical-control-rate', ['region', 'statusType']],
      ['other-physical-control-rate', ['region']],
      ['aeo-benefit-received', ['region', 'statusType']],
    ]);
  });

  it('gives exactly the figures of the scripted stream (computed by hand)', async () => {
    // March: 7 decided declarations, 4 of AEOs; April: D9, an AEO's.
    expect(await value('aeo-declaration-share', spring)).toEqual([
      ['2026-03', 0.5714, 7],
      ['2026-04', 1, 1],
    ]);
    // AEO value 1000 + 3000 + 2000 + 1000.5 = 7000.5 of 21000.5.
    const share = (await figures('aeo-customs-value-share', march)).values[0];
    expect(share).toMatchObject({ numerator: 7000.5, denominator: 21000.5, sample: 7 });
    expect(share.value).toBeCloseTo(7000.5 / 21000.5, 12);
    expect(await value('aeo-documentary-control-rate', march)).toEqual([['2026-03', 0.25, 4]]);
    expect(await value('aeo-physical-control-rate', march)).toEqual([['2026-03', 0.25, 4]]);
    expect(await value('other-documentary-control-rate', march)).toEqual([['2026-03', 0.3333, 3]]);
    expect(await value('other-physical-control-rate', march)).toEqual([['2026-03', 0.3333, 3]]);
    // D2 and D8 (green); not D1 (controlled, with priority) nor D3 (controlled, no AEO benefit listed).
    expect(await value('aeo-benefit-received', march)).toEqual([['2026-03', 0.5, 4]]);
    expect(await value('aeo-benefit-received', `${march}&statusType=AEOC`)).toEqual([['2026-03', 0.5, 2]]);
    expect(await value('aeo-documentary-control-rate', `${march}&statusType=AEOC`)).toEqual([['2026-03', 0.5, 2]]);
    expect(await value('aeo-physical-control-rate', `${march}&statusType=AEOF`)).toEqual([['2026-03', 1, 1]]);
    expect(
      await value('aeo-declaration-share', `period=quarter&from=2026-01-01&to=2026-07-01&region=${REGION}`),
    ).toEqual([
      ['2026-Q1', 0.5714, 7],
      ['2026-Q2', 1, 1],
    ]);
    // ISO weeks: D1 (2 March) in week 10, D2 (5 March) too.
    expect(await value('aeo-declaration-share', `period=week&from=2026-03-02&to=2026-03-16&region=${REGION}`)).toEqual([
      ['2026-W10', 1, 2],
      ['2026-W11', 0.5, 2],
    ]);
    await http
      .get(`/v1/kpis/aeo-declaration-share?${march}&statusType=AEOC`)
      .set('Authorization', policyUnit)
      .expect(400)
      .expect((res) => expect(res.body.message).toContain('statusType:'));
  });

  it('lists exactly the events behind a figure (each declaration and its decision), page by page', async () => {
    const path = `/v1/kpis/aeo-physical-control-rate/events?${march}`;
    const first = (await http.get(`${path}&limit=5`).set('Authorization', policyUnit).expect(200)).body;
    expect(first.items).toHaveLength(5);
    const second = (
      await http.get(`${path}&limit=5&after=${first.nextCursor}`).set('Authorization', policyUnit).expect(200)
    ).body;
    expect(second.nextCursor).toBeNull();
    const items = [...first.items, ...second.items];
    expect(items.map((item: { processId: string }) => item.processId)).toEqual(
      [d1, d1, d2, d2, d3, d3, d8, d8].map((d) => d.data.declarationId),
    );
    expect(new Set(items.map((item: { eventId: string }) => item.eventId)).size).toBe(8);
    expect(items.find((item: { eventId: string }) => item.eventId === d3Decided.id)).toMatchObject({
      type: 'aeo.channel.decided.v1',
      subject: d3.data.declarationId,
      region: REGION,
      statusType: 'AEOF',
      period: '2026-03',
      detail: 'channel red; benefits: none',
    });
    expect(items.find((item: { eventId: string }) => item.eventId === d8.id)).toMatchObject({
      type: 'aeo.declaration.lodged.v1',
      occurredAt: '2026-03-25T08:00:00.000Z',
      detail: expect.stringContaining('customs value 1000.5 MNT'),
    });
  });

  it('changes nothing on a redelivered event, and dead-letters a malformed one', async () => {
    const before = await Promise.all(
      ['aeo-declaration-share', 'aeo-benefit-received'].map((id) => figures(id, spring)),
    );
    const dead = await collectMessages(
      testKafka('programme-benefit-dead'),
      [service.topic(dlqTopicOf(TOPIC_NAMES.declarationEvents))],
      { from: 'now' },
    );
    try {
      const malformed = lodged(10, '2026-03-03', 100);
      const invalid = { ...malformed, data: { ...malformed.data, customsValue: -1 } };
      await publish(d1Decided, d8, d3Decided, invalid as EventEnvelope);
      // The redelivered decisions and declaration folded (both topics), changing nothing.
      await untilFoldedToTheEnd();
      expect(await deadLetterReason(dead, { id: invalid.id, consumer: BENEFIT_FACTS_CONSUMER })).toContain(
        'customsValue',
      );
      expect(
        await Promise.all(['aeo-declaration-share', 'aeo-benefit-received'].map((id) => figures(id, spring))),
      ).toEqual(before);
    } finally {
      await dead.stop();
    }
  });

  it("dead-letters a declaration or decision whose taxpayer id is not of the programme's format, naming the field", async () => {
    const dead = await collectMessages(
      testKafka('programme-benefit-taxpayer-ids'),
      [TOPIC_NAMES.declarationEvents, TOPIC_NAMES.riskEvents].map((topic) => service.topic(dlqTopicOf(topic))),
      { from: 'now' },
    );
    try {
      const plain = lodged(11, '2026-03-04', 100);
      // A hidden character after the digits would be another, look-alike trader.
      const lookAlike = { ...plain, data: { ...plain.data, traderTaxpayerId: `${plain.data.traderTaxpayerId}\u202e` } };
      const decision = decided(plain, 'green', null);
      const otherFormat = { ...decision, data: { ...decision.data, traderTaxpayerId: 'AB12345' } };
      await publish(lookAlike, otherFormat);
      const reasonOf = (id: string) => deadLetterReason(dead, { id, consumer: BENEFIT_FACTS_CONSUMER });
      const format = `does not match the programme's format ${service.app.get<ProgrammeConfig>(APP_CONFIG).TAXPAYER_ID_PATTERN}`;
      expect(await reasonOf(lookAlike.id)).toBe(`invalid aeo.declaration.lodged.v1 data: traderTaxpayerId: ${format}`);
      expect(await reasonOf(otherFormat.id)).toBe(`invalid aeo.channel.decided.v1 data: traderTaxpayerId: ${format}`);
      expect(
        await service.dataSource.query('SELECT 1 FROM declaration_benefit_facts WHERE declaration_id = $1', [
          plain.data.declarationId,
        ]),
      ).toEqual([]);
    } finally {
      await dead.stop();
    }
  });

  it('rebuilds the same figures from the topics (npm run programme:recompute)', async () => {
    // The recompute compares the regions the certification facts name: one application of this region.
    const operatorId = randomUUID();
    const submitted = envelope(
      ApplicationSubmitted,
      {
        applicationId: randomUUID(),
        operatorId,
        taxpayerId: `9${TAG}`,
        region: REGION,
        statusType: 'AEOC',
        operatorName: 'Test LLC',
        contactEmail: 'benefit@example.mn',
        contactLanguage: 'en',
        consentToMraSharing: false,
        submittedAt: day('2026-03-01'),
        acceptanceDeadline: day('2026-03-31'),
      },
      day('2026-03-01'),
    );
    await publishEnvelope(producer, service, submitted, operatorId);
    await waitFor(
      'the application folded',
      async () =>
        (await service.dataSource.query('SELECT 1 FROM programme_event_facts WHERE event_id = $1', [submitted.id]))
          .length === 1,
      60_000,
      250,
    );
    const { exitCode, result } = await runRecompute(['--region', REGION]);
    expect(result.differences).toEqual([]);
    expect(exitCode).toBe(0);
  });
});
