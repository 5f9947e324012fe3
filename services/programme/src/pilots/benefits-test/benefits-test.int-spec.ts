import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { ROLES } from '@aeo/auth';
import { ChannelDecided, DeclarationLodged, type EventData, type EventEnvelope } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer, testKafka, waitFor } from '@aeo/testing';
import { envelope, publish } from '../../kpis/testing/scripted-stream';
import { startProgramme } from '../../testing/start-programme';
import { MAX_COMPARABLE_TRADERS } from './benefits-test-figures';
import { PilotBenefitsTestService } from './benefits-test.service';
import { choosePilotCompanies, grantAeoc } from './testing/benefits-test-fixtures';

// The service reads topics of the file's own (not the shared ones from their start, every run's and
// benchmark's records): the set-up folds this file's declarations and decisions only.
jest.setTimeout(300_000);

/** Regions of this run only (the live store's other figures stay out of the comparisons). */
const REGION = `BT${randomBytes(5).toString('hex').toUpperCase()}`;
const OTHER_REGION = `BT${randomBytes(5).toString('hex').toUpperCase()}`;
const TAG = randomBytes(4).toString('hex');
/** Taxpayer ids of this run in the programme's format (7 digits): the consumers dead-letter others. */
const RUN_DIGITS = String(randomInt(100_000, 1_000_000));
const trader = (digit: number) => `${RUN_DIGITS}${digit}`;

const COMPANY_A = trader(1); // accepted, certified on 1 April 2026
const COMPANY_B = trader(2); // accepted, never certified: a pilot company, never a comparable trader
const P1 = trader(3); // comparable
const P2 = trader(4); // comparable over 30 days, below the band over the first 10
const P3 = trader(5); // below the band
const P4 = trader(6); // an AEO
const P5 = trader(7); // in another region
const DECLARANT = trader(0);
const OPERATOR_A = randomUUID();
const CERTIFIED_AT = '2026-04-01T00:00:00.000Z';

let sequence = 0;
type Lodged = EventEnvelope<EventData<typeof DeclarationLodged>>;

const lodged = (taxpayerId: string, date: string, region = REGION): Lodged =>
  envelope(
    DeclarationLodged,
    {
      declarationId: `BT-${TAG}-${++sequence}`,
      lodgedAt: `${date}T08:00:00.000Z`,
      regime: 'import',
      customsOffice: 'TEST01',
      region,
      declarantTaxpayerId: DECLARANT,
      traderTaxpayerId: taxpayerId,
      traderRole: 'importer',
      foreignPartnerAeoIds: [],
      customsValue: 1000,
      duties: 0,
      currency: 'MNT',
      goodsLines: 1,
      commodityChapters: ['84'],
      originCountry: 'CN',
      destinationCountry: 'MN',
    },
    `${date}T08:00:00.000Z`,
  );

/** The declaration's channel decision, `seconds` after its lodgement. */
const decided = (
  declaration: Lodged,
  channel: 'green' | 'yellow' | 'red',
  seconds: number,
  options: { aeo?: 'AEOC'; priority?: boolean } = {},
) => {
  const decidedAt = new Date(Date.parse(declaration.data.lodgedAt) + seconds * 1000).toISOString();
  return envelope(
    ChannelDecided,
    {
      decisionId: randomUUID(),
      declarationId: declaration.data.declarationId,
      traderTaxpayerId: declaration.data.traderTaxpayerId,
      aeoStatusType: options.aeo ?? null,
      channel,
      riskScore: 10,
      firedRules: channel === 'green' ? [] : [{ rule: 'random-selection', channel, reason: 'test' }],
      benefitsApplied: options.aeo
        ? [{ benefit: 'aeo-reduced-documentary-controls', basis: 'test authorisation' }]
        : [],
      randomSelection: { draw: 0.5, rate: 0.1, selected: channel !== 'green' },
      priority: options.priority ?? false,
      priorNotice: false,
      modelVersion: 'test',
      decidedAt,
    },
    decidedAt,
  );
};

/** A declaration and its decision. */
const declaration = (
  taxpayerId: string,
  date: string,
  channel: 'green' | 'yellow' | 'red',
  seconds: number,
  options: { aeo?: 'AEOC'; priority?: boolean; region?: string } = {},
) => {
  const lodgement = lodged(taxpayerId, date, options.region);
  return [lodgement, decided(lodgement, channel, seconds, options)];
};

// Company A, certified on 1 April. Before (30 days: 2–31 March; 10 days: 22–31 March): A1 yellow
// 60 s, A2 red 120 s, A3 green 60 s, A4 yellow 180 s (and a red one in February, outside).
// After (30 days: 1–30 April; 10 days: 1–10 April), as an AEOC: A5 green 30 s, A6 green 30 s, A7
// yellow with priority 90 s, A8 (20 April) green 10 s, and one lodged without a decision yet.
const companyA = [
  ...declaration(COMPANY_A, '2026-02-01', 'red', 60),
  ...declaration(COMPANY_A, '2026-03-05', 'yellow', 60),
  ...declaration(COMPANY_A, '2026-03-10', 'red', 120),
  ...declaration(COMPANY_A, '2026-03-25', 'green', 60),
  ...declaration(COMPANY_A, '2026-03-28', 'yellow', 180),
  ...declaration(COMPANY_A, '2026-04-02', 'green', 30, { aeo: 'AEOC' }),
  ...declaration(COMPANY_A, '2026-04-05', 'green', 30, { aeo: 'AEOC' }),
  ...declaration(COMPANY_A, '2026-04-08', 'yellow', 90, { aeo: 'AEOC', priority: true }),
  ...declaration(COMPANY_A, '2026-04-20', 'green', 10, { aeo: 'AEOC' }),
  lodged(COMPANY_A, '2026-04-25'),
];
// Other traders of the region in April. P1: 3 (2 in the first 10 days), P2: 2 (1), P3: 1, and
// three each for the AEO P4, the pilot company B and P5 of another region.
const others = [
  ...declaration(P1, '2026-04-03', 'green', 60),
  ...declaration(P1, '2026-04-06', 'yellow', 120),
  ...declaration(P1, '2026-04-15', 'red', 300),
  ...declaration(P2, '2026-04-04', 'green', 30),
  ...declaration(P2, '2026-04-20', 'green', 90),
  ...declaration(P3, '2026-04-05', 'green', 45),
  ...['2026-04-02', '2026-04-03', '2026-04-04'].flatMap((date) => [
    ...declaration(P4, date, 'green', 5, { aeo: 'AEOC' }),
    ...declaration(COMPANY_B, date, 'red', 5),
    ...declaration(P5, date, 'yellow', 5, { region: OTHER_REGION }),
  ]),
];
const emptyFigures = {
  declarations: 0,
  documentary: 0,
  physical: 0,
  benefited: 0,
  priority: 0,
  documentaryRate: null,
  physicalRate: null,
  benefitShare: null,
  priorityShare: null,
  decisionTime: { sample: 0, meanSeconds: null, medianSeconds: null },
};
const noDifferences = {
  documentaryRate: null,
  physicalRate: null,
  benefitShare: null,
  priorityShare: null,
  meanDecisionSeconds: null,
  medianDecisionSeconds: null,
};

describe('pilot benefits test (real PostgreSQL and Kafka, through the API)', () => {
  let service: ServiceUnderTest;
  let producer: Producer;
  let pilotId: string;
  let milestones: { id: string; title: string; dueOn: string }[];
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const executive = bearer({ sub: 'executive.ganbold', roles: [ROLES.executive] });
  const office = bearer({ sub: 'ro-bt', roles: [ROLES.regionalOffice], region: REGION });
  const otherOffice = bearer({ sub: 'ro-bt-2', roles: [ROLES.regionalOffice], region: OTHER_REGION });
  const officer = bearer({ sub: 'officer-bt', roles: [ROLES.contactOfficer], region: REGION });
  const query = (sql: string, parameters: unknown[] = []) => service.dataSource.query(sql, parameters);
  const benefitsTest = (search: string, token = policyUnit) =>
    service.http.get(`/v1/pilots/${pilotId}/benefits-test${search}`).set('Authorization', token);
  beforeAll(async () => {
    service = await startProgramme([REGION, OTHER_REGION], {}, { ownTopics: true });
    const created = (
      await service.http
        .post('/v1/pilots')
        .set('Authorization', policyUnit)
        .send({
          code: `BT-${TAG.toUpperCase()}`,
          title: 'Benefits test pilot',
          startsOn: '2026-01-01',
          endsOn: '2027-06-30',
          maxCompanies: 5,
          milestones: [
            { title: 'Companies chosen', workstream: 'companies', dueOn: '2026-03-15', owner: 'policy.unit.oyun' },
            { title: 'First benefits', workstream: 'companies', dueOn: '2026-04-10', owner: 'policy.unit.oyun' },
            { title: 'Half-way', workstream: 'companies', dueOn: '2026-06-30', owner: 'policy.unit.oyun' },
            { title: 'Report', workstream: 'evaluation', dueOn: '2027-03-31', owner: 'policy.unit.oyun' },
          ],
        })
        .expect(201)
    ).body as { id: string; milestones: { id: string; title: string; dueOn: string }[] };
    pilotId = created.id;
    milestones = created.milestones.map(({ id, title, dueOn }) => ({ id, title, dueOn }));
    await choosePilotCompanies(query, pilotId, REGION, [
      [COMPANY_A, 'accepted', OPERATOR_A],
      [COMPANY_B, 'accepted', randomUUID()],
      [P2, 'declined', null],
    ]);
    await grantAeoc(query, `MN-AEOC-${TAG}`, OPERATOR_A, REGION, CERTIFIED_AT);
    producer = testKafka('programme-pilot-benefits-test').producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const stream = [...companyA, ...others];
    await publish({ producer, topic: service.topic }, ...stream);
    await waitFor(
      'the declarations and decisions folded',
      async () => {
        // The fold keeps no inbox rows (its effect is keyed by the declaration): each event's side
        // is folded once the fact carries its event id.
        const [folded] = await query(
          `SELECT (count(*) FILTER (WHERE declaration_event_id = ANY($1)) + count(*) FILTER (WHERE decision_event_id = ANY($1)))::int AS n
           FROM declaration_benefit_facts WHERE declaration_id LIKE $2`,
          [stream.map((event) => event.id), `BT-${TAG}-%`],
        );
        if (folded.n !== stream.length) throw new Error(`${folded.n} of ${stream.length} folded`);
        return true;
      },
      120_000,
      500,
    );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const certification = { authorisationNumber: `MN-AEOC-${TAG}`, statusType: 'AEOC', certifiedAt: CERTIFIED_AT };
  const companyB = {
    taxpayerId: COMPANY_B,
    region: REGION,
    certification: null,
    windowDays: null,
    before: null,
    after: null,
    peers: null,
    afterVersusBefore: null,
    afterVersusPeers: null,
  };

  /** Company A over 30 days after its certification (the half-way milestone and now): computed by hand. */
  const companyAOver30Days = {
    taxpayerId: COMPANY_A,
    operatorId: OPERATOR_A,
    region: REGION,
    certification,
    windowDays: 30,
    before: {
      from: '2026-03-02T00:00:00.000Z',
      to: CERTIFIED_AT,
      declarations: 4,
      documentary: 2,
      physical: 1,
      benefited: 0,
      priority: 0,
      documentaryRate: 0.5,
      physicalRate: 0.25,
      benefitShare: 0,
      priorityShare: 0,
      decisionTime: { sample: 4, meanSeconds: 105, medianSeconds: 90 },
    },
    after: {
      from: CERTIFIED_AT,
      to: '2026-05-01T00:00:00.000Z',
      declarations: 4,
      documentary: 1,
      physical: 0,
      benefited: 3,
      priority: 1,
      documentaryRate: 0.25,
      physicalRate: 0,
      benefitShare: 0.75,
      priorityShare: 0.25,
      decisionTime: { sample: 4, meanSeconds: 40, medianSeconds: 30 },
    },
    // P1 and P2 (band 2 to 8): green 60, yellow 120, red 300, green 30, green 90.
    peers: {
      from: CERTIFIED_AT,
      to: '2026-05-01T00:00:00.000Z',
      traders: 2,
      eligibleTraders: 2,
      maxTraders: MAX_COMPARABLE_TRADERS,
      volumeBand: { companyVolume: 4, min: 2, max: 8 },
      declarations: 5,
      documentary: 1,
      physical: 1,
      benefited: 0,
      priority: 0,
      documentaryRate: 0.2,
      physicalRate: 0.2,
      benefitShare: 0,
      priorityShare: 0,
      decisionTime: { sample: 5, meanSeconds: 120, medianSeconds: 90 },
    },
    afterVersusBefore: {
      documentaryRate: -0.25,
      physicalRate: -0.25,
      benefitShare: 0.75,
      priorityShare: 0.25,
      meanDecisionSeconds: -65,
      medianDecisionSeconds: -60,
    },
    afterVersusPeers: {
      documentaryRate: 0.05,
      physicalRate: -0.2,
      benefitShare: 0.75,
      priorityShare: 0.25,
      meanDecisionSeconds: -80,
      medianDecisionSeconds: -60,
    },
  };

  it('gives exactly the figures of the scripted declarations, per milestone passed and now (computed by hand)', async () => {
    const body = (await benefitsTest('?windowDays=30').expect(200)).body;
    expect(body).toMatchObject({ pilotId, windowDays: 30, volumeBand: 2, region: null });
    expect(Object.keys(body.definitions)).toEqual(
      expect.arrayContaining(['documentaryRate', 'physicalRate', 'benefitShare', 'decisionTime', 'peers']),
    );
    const [chosen, first, halfWay, now] = body.measurements;
    expect(body.measurements).toHaveLength(4); // the report's milestone (2027) has not passed
    expect([chosen, first, halfWay].map((m: { asOf: string; milestone: unknown }) => [m.asOf, m.milestone])).toEqual([
      ['2026-03-16T00:00:00.000Z', milestones[0]],
      ['2026-04-11T00:00:00.000Z', milestones[1]],
      ['2026-07-01T00:00:00.000Z', milestones[2]],
    ]);
    expect(now.milestone).toBeNull();
    expect(now.asOf).toBe(body.computedAt);

    // Before the certification: no figures, and a summary of empty samples (null rates, never 0/0).
    expect(chosen.companies).toEqual([
      { ...companyB, taxpayerId: COMPANY_A, operatorId: OPERATOR_A },
      { ...companyB, operatorId: expect.any(String) },
    ]);
    expect(chosen.summary).toEqual({
      companies: 2,
      certified: 0,
      before: emptyFigures,
      after: emptyFigures,
      peers: emptyFigures,
      afterVersusBefore: noDifferences,
      afterVersusPeers: noDifferences,
    });

    // Ten days after: A5, A6, A7 against A3, A4; the band 2 to 6 takes P1 only (2 declarations).
    expect(first.companies[0]).toEqual({
      taxpayerId: COMPANY_A,
      operatorId: OPERATOR_A,
      region: REGION,
      certification,
      windowDays: 10,
      before: {
        from: '2026-03-22T00:00:00.000Z',
        to: CERTIFIED_AT,
        declarations: 2,
        documentary: 1,
        physical: 0,
        benefited: 0,
        priority: 0,
        documentaryRate: 0.5,
        physicalRate: 0,
        benefitShare: 0,
        priorityShare: 0,
        decisionTime: { sample: 2, meanSeconds: 120, medianSeconds: 120 },
      },
      after: {
        from: CERTIFIED_AT,
        to: '2026-04-11T00:00:00.000Z',
        declarations: 3,
        documentary: 1,
        physical: 0,
        benefited: 2,
        priority: 1,
        documentaryRate: 0.333333,
        physicalRate: 0,
        benefitShare: 0.666667,
        priorityShare: 0.333333,
        decisionTime: { sample: 3, meanSeconds: 50, medianSeconds: 30 },
      },
      peers: {
        from: CERTIFIED_AT,
        to: '2026-04-11T00:00:00.000Z',
        traders: 1,
        eligibleTraders: 1,
        maxTraders: MAX_COMPARABLE_TRADERS,
        volumeBand: { companyVolume: 3, min: 2, max: 6 },
        declarations: 2,
        documentary: 1,
        physical: 0,
        benefited: 0,
        priority: 0,
        documentaryRate: 0.5,
        physicalRate: 0,
        benefitShare: 0,
        priorityShare: 0,
        decisionTime: { sample: 2, meanSeconds: 90, medianSeconds: 90 },
      },
      afterVersusBefore: {
        documentaryRate: -0.166667,
        physicalRate: 0,
        benefitShare: 0.666667,
        priorityShare: 0.333333,
        meanDecisionSeconds: -70,
        medianDecisionSeconds: -90,
      },
      afterVersusPeers: {
        documentaryRate: -0.166667,
        physicalRate: 0,
        benefitShare: 0.666667,
        priorityShare: 0.333333,
        meanDecisionSeconds: -40,
        medianDecisionSeconds: -60,
      },
    });
    expect(first.companies[1]).toEqual({ ...companyB, operatorId: expect.any(String) });

    // Thirty days (cut at 30: the half-way milestone and now measure the same windows).
    for (const measurement of [halfWay, now]) {
      expect(measurement.companies).toEqual([companyAOver30Days, { ...companyB, operatorId: expect.any(String) }]);
      expect(measurement.summary).toEqual({
        companies: 2,
        certified: 1,
        before: { ...strip(companyAOver30Days.before), decisionTime: pooledTime(4, 105) },
        after: { ...strip(companyAOver30Days.after), decisionTime: pooledTime(4, 40) },
        peers: { ...strip(companyAOver30Days.peers), decisionTime: pooledTime(5, 120) },
        afterVersusBefore: { ...companyAOver30Days.afterVersusBefore, medianDecisionSeconds: null },
        afterVersusPeers: { ...companyAOver30Days.afterVersusPeers, medianDecisionSeconds: null },
      });
    }
  });

  it('measures over the default 90 days unless asked, and the final report’s method answers as the API', async () => {
    const body = (await benefitsTest('').expect(200)).body;
    expect(body).toMatchObject({ windowDays: 90, volumeBand: 2 });
    // Ninety days after 1 April: A8 too, still four decided; before: from 1 January, the February one too.
    const now = body.measurements.at(-1);
    expect(now.companies[0].windowDays).toBe(90);
    expect(now.companies[0].before).toMatchObject({ from: '2026-01-01T00:00:00.000Z', declarations: 5, physical: 2 });
    expect(now.companies[0].after).toMatchObject({ to: '2026-06-30T00:00:00.000Z', declarations: 4, benefited: 3 });

    const computed = await service.app
      .get(PilotBenefitsTestService)
      .compute(pilotId, { windowDays: 90, now: new Date(body.computedAt) });
    expect(JSON.parse(JSON.stringify(computed))).toEqual(body);
  });

  it('lets a regional office see its region’s companies only, and refuses other roles and bad parameters', async () => {
    const own = (await benefitsTest('?windowDays=30', office).expect(200)).body;
    expect(own.region).toBe(REGION);
    expect(own.measurements.at(-1).companies).toEqual([companyAOver30Days, expect.objectContaining(companyB)]);
    const other = (await benefitsTest('', otherOffice).expect(200)).body;
    expect(other.region).toBe(OTHER_REGION);
    expect(other.measurements.at(-1).companies).toEqual([]);
    expect(other.measurements.at(-1).summary).toMatchObject({ companies: 0, certified: 0, after: emptyFigures });
    await benefitsTest(`?region=${REGION}`, otherOffice).expect(403);
    const national = (await benefitsTest(`?region=${OTHER_REGION}`, executive).expect(200)).body;
    expect(national.measurements.at(-1).companies).toEqual([]);
    await benefitsTest('', officer).expect(403);
    await service.http.get(`/v1/pilots/${randomUUID()}/benefits-test`).set('Authorization', policyUnit).expect(404);
    for (const [search, field] of [
      ['?windowDays=3', 'windowDays'],
      ['?windowDays=1e2', 'windowDays'],
      ['?volumeBand=0.5', 'volumeBand'],
      ['?region=MARS', 'region'],
      ['?limit=5', 'limit'],
    ])
      expect((await benefitsTest(search).expect(400)).body.message).toContain(field);
  });
});

/** A company's window figures as a summary holds them (no window bounds, no peers' extras). */
function strip<T extends object>(figures: T) {
  const {
    from: _from,
    to: _to,
    traders: _traders,
    eligibleTraders: _eligible,
    maxTraders: _max,
    volumeBand: _band,
    ...rest
  } = figures as T & Record<string, unknown>;
  return rest;
}

/** A pooled mean decision time: summaries leave the median out. */
const pooledTime = (sample: number, meanSeconds: number) => ({ sample, meanSeconds, medianSeconds: null });
