import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import {
  ApplicationDecisionExtended,
  ApplicationHearingOpened,
  ApplicationRejected,
  ApplicationWithdrawn,
  TOPIC_NAMES,
  dlqTopicOf,
  type EventEnvelope,
  type StatusType,
} from '@aeo/contracts';
import { itServesPlatformEndpoints } from '@aeo/service-kit/testing';
import { bearer, collectMessages, testKafka, waitFor } from '@aeo/testing';
import { accepted, granted, refused, reported, submitted, testApplication } from '../testing/certification-events';
import { kpiReader } from '../testing/kpi-reader';
import { programmeUnderTest } from '../testing/programme-under-test';
import { day, envelope, runRecompute } from './testing/scripted-stream';

jest.setTimeout(240_000);

/** A region of this run only: the topics hold other runs' events too. */
const REGION = `KPI${randomBytes(5).toString('hex').toUpperCase()}`;
const OTHER_REGION = `KPI${randomBytes(5).toString('hex').toUpperCase()}`;

const application = (statusType: StatusType) => testApplication(statusType, REGION);

describe('programme service: certification KPIs from the event streams (real PostgreSQL, Kafka)', () => {
  const programme = programmeUnderTest('programme-kpis', [REGION, OTHER_REGION], { ownTopics: true });
  const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: REGION });
  const otherOffice = bearer({ sub: 'ro-2', roles: [ROLES.regionalOffice], region: OTHER_REGION });

  const a1 = application('AEOC');
  const a2 = application('AEOC');
  const a3 = application('AEOS');
  const a4 = application('AEOS');
  const a5 = application('AEOC');

  // A1 (AEOC): submitted 5 Jan, accepted 15 Jan (10 days), report 14 Feb (30 days), granted 1 Mar (55 days; 15 after the report).
  const a1Submitted = submitted(a1, '2026-01-05');
  const a1Granted = granted(a1, '2026-03-01');
  // A2 (AEOC): submitted 10 Jan, accepted 30 Jan (20 days), deadline 10 Mar extended to 10 Apr, report 1 Mar (30 days),
  // hearing 5 Mar, refused 20 Mar (69 days; 19 after the report; within the extended limit).
  const a2Submitted = submitted(a2, '2026-01-10');
  const a2Refused = refused(a2, '2026-03-20');
  // A3 (AEOS): submitted 1 Feb, accepted 5 Feb (4 days), deadline 1 Mar, granted 11 Mar (38 days; late, no report).
  const a3Submitted = submitted(a3, '2026-02-01');
  const a3Granted = granted(a3, '2026-03-11');

  /** The scripted stream: a grant before its submission, a refusal before its acceptance (any order folds the same). */
  const stream = [
    a1Granted,
    a1Submitted,
    accepted(a1, '2026-01-15', '2026-05-15'),
    reported(a1, '2026-02-14'),
    a2Refused,
    a2Submitted,
    accepted(a2, '2026-01-30', '2026-03-10'),
    envelope(
      ApplicationDecisionExtended,
      { ...a2, decisionDeadline: day('2026-04-10'), decidedBy: 'executive-1', reasons: ['Site visit abroad'] },
      day('2026-03-02'),
    ),
    reported(a2, '2026-03-01'),
    envelope(
      ApplicationHearingOpened,
      { ...a2, grounds: ['Security criteria not met'], decidedBy: 'executive-1', respondBy: day('2026-03-19') },
      day('2026-03-05'),
    ),
    a3Submitted,
    accepted(a3, '2026-02-05', '2026-03-01'),
    a3Granted,
    // A4 (AEOS): refused at acceptance on 20 Feb.
    submitted(a4, '2026-02-10'),
    envelope(
      ApplicationRejected,
      { ...a4, rejectedAt: day('2026-02-20'), decidedBy: 'officer-1', reason: 'Incomplete' },
      day('2026-02-20'),
    ),
    // A5 (AEOC): submitted 15 Feb, accepted 2 Mar (15 days), withdrawn 25 Mar.
    submitted(a5, '2026-02-15'),
    accepted(a5, '2026-03-02', '2026-07-02'),
    envelope(
      ApplicationWithdrawn,
      { ...a5, withdrawnAt: day('2026-03-25'), withdrawnBy: 'operator-user-1', reason: 'Restructuring' },
      day('2026-03-25'),
    ),
  ];

  const factsOfRegion = () => programme.facts('region = $1', [REGION]);
  const kpis = kpiReader(programme, policyUnit);
  const figures = kpis.figures;

  const march = `period=month&from=2026-03-01&to=2026-04-01&region=${REGION}`;
  const q1 = `from=2026-01-01&to=2026-04-01&region=${REGION}`;

  beforeAll(async () => {
    await programme.publish(...stream);
    await waitFor('the scripted stream folded', async () => (await factsOfRegion()) === stream.length, 120_000, 250);
  });

  // Ready needs Temporal too: the service hosts the deviation activity.
  itServesPlatformEndpoints(() => programme.service, ['/v1/kpis', '/v1/kpis/{kpiId}', '/v1/kpis/{kpiId}/events']);

  it('lists the KPI definitions with names, unit, target, direction, dimensions and SQL', async () => {
    const body = (await programme.http.get('/v1/kpis').set('Authorization', policyUnit).expect(200)).body;
    const certification = body.filter((kpi: { family: string }) => kpi.family === 'certification');
    expect(certification.map((kpi: { id: string }) => kpi.id)).toEqual([
      'certification-time-median',
      'certification-time-p90',
      'stage-acceptance-days',
      'stage-validation-days',
      'stage-decision-days',
      'decided-within-time-limit',
      'extensions-used',
      'acceptance-rate',
      'refusal-rate',
      'withdrawal-rate',
      'hearings-held',
    ]);
    expect(body[0]).toMatchObject({
      name: { en: 'Time to certify (median)', mn: expect.any(String) },
      unit: 'days',
      target: 90,
      direction: 'lower',
      dimensions: ['region', 'statusType'],
      sql: expect.stringContaining('FROM certification_outcomes'),
    });
  });

  it('gives exactly the figures of the scripted stream (computed by hand)', async () => {
    await kpis.expectSeries(march, {
      // Decided in March: A3 38 days, A1 55, A2 69.
      'certification-time-median': '2026-03: 55 (n=3)',
      // Rank 0.9 × 2 = 1.8: 55 + 0.8 × (69 − 55) = 66.2.
      'certification-time-p90': '2026-03: 66.2 (n=3)',
      // Report to decision: A1 15 days, A2 19 (A3 had no report).
      'stage-decision-days': '2026-03: 17 (n=2)',
      // A1 and A2 (extended deadline) in time, A3 ten days late.
      'decided-within-time-limit': '2026-03: 0.6667 (n=3)',
      'extensions-used': '2026-03: 0.3333 (n=3)',
      'refusal-rate': '2026-03: 0.3333 (n=3)',
    });
    expect(await kpis.series('certification-time-median', `${march}&statusType=AEOS`)).toBe('2026-03: 38 (n=1)');
    await kpis.expectSeries(q1, {
      // Accepted in January: A1 10 days, A2 20 → 15; February: A3 4; March: A5 15.
      'stage-acceptance-days': '2026-01: 15 (n=2), 2026-02: 4 (n=1), 2026-03: 15 (n=1)',
      'stage-validation-days': '2026-01: null (n=0), 2026-02: 30 (n=1), 2026-03: 30 (n=1)',
      // January: A1, A2 accepted; February: A3 accepted, A4 refused; March: A5 accepted.
      'acceptance-rate': '2026-01: 1 (n=2), 2026-02: 0.5 (n=2), 2026-03: 1 (n=1)',
      // Ended in February: A4 (refused at acceptance); in March: A1, A2, A3 decided and A5 withdrawn.
      'withdrawal-rate': '2026-01: null (n=0), 2026-02: 0 (n=1), 2026-03: 0.25 (n=4)',
      'hearings-held': '2026-01: 0 (n=0), 2026-02: 0 (n=0), 2026-03: 1 (n=1)',
    });
    // The quarter holds the same decisions; ISO weeks split them (1 March 2026 is a Sunday: week 9).
    expect(await kpis.series('certification-time-median', `period=quarter&${q1}`)).toBe('2026-Q1: 55 (n=3)');
    expect(
      await kpis.series('certification-time-median', `period=week&from=2026-03-01&to=2026-03-21&region=${REGION}`),
    ).toBe('2026-W09: 55 (n=1), 2026-W10: null (n=0), 2026-W11: 38 (n=1), 2026-W12: 69 (n=1)');
    const share = (await figures('decided-within-time-limit', march)).values[0];
    expect(share).toMatchObject({ numerator: 2, sample: 3, onTarget: false, start: '2026-03-01T00:00:00.000Z' });
  });

  it('lists exactly the events behind a figure, page by page', async () => {
    const first = (
      await programme.http
        .get(`/v1/kpis/certification-time-median/events?${march}&limit=4`)
        .set('Authorization', policyUnit)
        .expect(200)
    ).body;
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await programme.http
        .get(`/v1/kpis/certification-time-median/events?${march}&limit=4&after=${first.nextCursor}`)
        .set('Authorization', policyUnit)
        .expect(200)
    ).body;
    expect(second.nextCursor).toBeNull();
    const items = [...first.items, ...second.items];
    // Ordered by decision: A1 (1 March), A3 (11 March), A2 (20 March); each its submission and its decision.
    expect(items.map((item: { applicationId: string }) => item.applicationId)).toEqual([
      a1.applicationId,
      a1.applicationId,
      a3.applicationId,
      a3.applicationId,
      a2.applicationId,
      a2.applicationId,
    ]);
    expect(new Set(items.map((item: { eventId: string }) => item.eventId))).toEqual(
      new Set([a1Submitted, a1Granted, a3Submitted, a3Granted, a2Submitted, a2Refused].map((event) => event.id)),
    );
    expect(items.every((item: { period: string }) => item.period === '2026-03')).toBe(true);
    expect(items.find((item: { eventId: string }) => item.eventId === a1Granted.id)).toMatchObject({
      type: 'aeo.authorisation.granted.v1',
      subject: a1Granted.data.authorisationNumber,
      occurredAt: '2026-03-01T00:00:00.000Z',
      region: REGION,
      statusType: 'AEOC',
    });
    await programme.http
      .get(`/v1/kpis/certification-time-median/events?${march}&after=nonsense`)
      .set('Authorization', policyUnit)
      .expect(400)
      .expect((res) => expect(res.body.message).toContain('after:'));
  });

  it('changes nothing on a redelivered event, and dead-letters a malformed one', async () => {
    const before = await figures('certification-time-median', march);
    const dead = await collectMessages(
      testKafka('programme-dead'),
      [programme.service.topic(dlqTopicOf(TOPIC_NAMES.applicationEvents))],
      { from: 'now' },
    );
    try {
      const malformed = { ...submitted(application('AEOC'), '2026-03-03'), id: randomUUID() };
      const invalid = { ...malformed, data: { ...malformed.data, applicationId: 'not-a-uuid' } };
      // A sentinel after them on the same partition (same key) shows they were handled.
      const sentinelApp = { ...application('AEOC'), operatorId: a1.operatorId };
      const sentinel = submitted(sentinelApp, '2026-06-01');
      // Redelivered: A1's submission again (same id) and A3's grant again.
      await programme.publish(a1Submitted, a3Granted, invalid as EventEnvelope, sentinel);
      await waitFor('the sentinel folded', async () => (await factsOfRegion()) === stream.length + 1, 60_000, 250);
      const [letter] = await dead.waitForCount(
        1,
        60_000,
        (m) => m.headers['ce_id'] === invalid.id && m.headers['dlq_consumer']!.startsWith('programme.kpi-facts'),
      );
      expect(letter!.headers['dlq_reason']).toContain('applicationId');
      expect(await figures('certification-time-median', march)).toEqual(before);
    } finally {
      await dead.stop();
    }
  });

  it('scopes a regional office to its region: its default, another region 403', async () => {
    const own = await figures('refusal-rate', 'period=month&from=2026-03-01&to=2026-04-01', office);
    expect(own).toMatchObject({ region: REGION, values: [{ period: '2026-03', sample: 3 }] });
    await programme.http
      .get(`/v1/kpis/refusal-rate?${march}`)
      .set('Authorization', otherOffice)
      .expect(403)
      .expect((res) => expect(res.body.message).toContain(REGION));
    await programme.http.get(`/v1/kpis/refusal-rate/events?${march}`).set('Authorization', otherOffice).expect(403);
    await programme.http
      .get('/v1/kpis')
      .set('Authorization', bearer({ sub: 'validator-1', roles: [ROLES.validator], region: REGION }))
      .expect(403);
  });

  const forged = Buffer.from(JSON.stringify(['275760-09-13', 'x'])).toString('base64url');
  // Cursors of the right shape that PostgreSQL refused (500): 30 February, an id ending in NUL.
  const cursor = (instant: string, id: string) => Buffer.from(JSON.stringify([instant, id])).toString('base64url');
  const impossibleDay = cursor('2026-02-30T00:00:00.000000Z', 'a0201101-6b6d-4081-97f0-5f6097c734ce');
  const nulInId = cursor('2026-02-01T00:00:00.000000Z', 'a0201101-6b6d-4081-97f0-5f6097c734ce\u0000');
  it.each([
    ['/v1/kpis/refusal-rate?period=year', 'period:'],
    ['/v1/kpis/refusal-rate?from=2026-13-01', 'from:'],
    ['/v1/kpis/refusal-rate?from=2026-03-01&to=2026-02-01', 'to: must be after from'],
    ['/v1/kpis/refusal-rate?region=lower', 'region:'],
    ['/v1/kpis/refusal-rate?region=MARS', 'region: MARS is not a customs region'],
    ['/v1/kpis/refusal-rate/events?region=MARS', 'region: MARS is not a customs region'],
    ['/v1/kpis/refusal-rate/events?limit=0x10', 'limit: must be a whole number'],
    ['/v1/kpis/refusal-rate?statusType=XYZ', 'statusType:'],
    ['/v1/kpis/refusal-rate?period=week&from=1990-01-01&to=2026-01-01', 'from:'],
    ['/v1/kpis/refusal-rate?colour=red', 'colour'],
    ['/v1/kpis/refusal-rate/events?limit=0', 'limit:'],
    ['/v1/kpis/Not%20an%20id', 'kpiId:'],
    [`/v1/kpis/refusal-rate/events?after=${forged}`, 'after:'],
    [`/v1/kpis/refusal-rate/events?after=${impossibleDay}`, 'after: is not a cursor this API gave'],
    [`/v1/kpis/refusal-rate/events?after=${nulInId}`, 'after: is not a cursor this API gave'],
    // The last quarter of 9999 ends in a year no date of the platform can name.
    [
      '/v1/kpis/refusal-rate?period=quarter&from=9999-12-01&to=9999-12-31',
      'to: the last period (9999-Q4) ends in the year 10000, which answers cannot write; with period=quarter, to may be at most 9999-10-01',
    ],
    ['/v1/kpis/refusal-rate?period=week&from=9999-12-31', 'from:'],
  ])('answers %s with 400 naming the field (%s)', async (path, message) => {
    const answer = await programme.http.get(path).set('Authorization', policyUnit).expect(400);
    expect(answer.body.message).toContain(message);
  });

  it('404s an unknown KPI, and answers a range of periods no process fell in', async () => {
    await programme.http.get('/v1/kpis/no-such-kpi').set('Authorization', policyUnit).expect(404);
    const early = await figures('refusal-rate', 'period=week&from=1900-01-01&to=1900-01-08');
    expect(early.values).toMatchObject([{ period: '1900-W01', value: null, sample: 0 }]);
  });

  it('shows the headline KPIs of the current month (national) as Prometheus gauges', async () => {
    // A decision this month, so that the month has a figure.
    const now = new Date();
    const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const a7 = application('AEOF');
    const a7Submitted = submitted(a7, `${now.getUTCFullYear() - 1}-01-01`);
    const a7Granted = granted(a7, `${month}-01`);
    await programme.publish(a7Submitted, a7Granted);
    await waitFor('the decision folded', async () => (await factsOfRegion()) === stream.length + 3, 60_000, 250);
    const text = (await programme.http.get('/metrics').expect(200)).text;
    expect(text).toContain('# TYPE aeo_programme_kpi_value gauge');
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`aeo_programme_kpi_value{kpi="certification-time-median",period="${month}"}`));
    const national = await figures('certification-time-median', `period=month&from=${month}-01`);
    const current = national.values.find((v: { period: string }) => v.period === month);
    expect(current.sample).toBeGreaterThanOrEqual(1);
    expect(Number(line!.split(' ').pop())).toBeCloseTo(current.value, 6);
  });

  /**
   * `npm run programme:recompute -- --json --region <this run's>` over the half-year of the scripted
   * stream (the national-only KPIs, compared too, then see no live traffic of other runs).
   */
  const recompute = () => runRecompute(['--region', REGION, '--from', '2026-01-01', '--to', '2026-07-01']);

  it('rebuilds the same figures from the topics (npm run programme:recompute)', async () => {
    const { exitCode, result } = await recompute();
    expect(result.differences).toEqual([]);
    expect(result.compared).toBeGreaterThan(100);
    expect(result).toMatchObject({ liveOnlyFacts: 0, recomputedOnlyFacts: 0 });
    expect(exitCode).toBe(0);
  });

  it('reports the figures a damaged live store got wrong (exit code 1)', async () => {
    // The live store loses A2's refusal: March has two grants and no refusal there.
    await programme.service.dataSource.query(
      'UPDATE certification_processes SET refused_at = NULL WHERE application_id = $1',
      [a2.applicationId],
    );
    const { exitCode, result } = await recompute();
    expect(exitCode).toBe(1);
    expect(result.differences).toEqual(
      expect.arrayContaining([
        {
          kpiId: 'refusal-rate',
          period: '2026-03',
          region: REGION,
          statusType: null,
          live: { value: 0, sample: 2, numerator: 0, denominator: null },
          recomputed: { value: 1 / 3, sample: 3, numerator: 1, denominator: null },
        },
      ]),
    );
  });
});
