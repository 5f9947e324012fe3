import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import {
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSuspended,
  NotificationDelivered,
  NotificationFailed,
  RevalidationCompleted,
  RevalidationStarted,
  TOPIC_NAMES,
  ValidationClosed,
  ValidationOpened,
  ValidationReportReminder,
  ValidationReportSubmitted,
  dlqTopicOf,
  type StatusType,
} from '@aeo/contracts';
import { bearer, waitFor } from '@aeo/testing';
import { DEAD_LETTER_FACT_TYPE } from '../../facts/dead-letters.consumer';
import { kpiReader } from '../../testing/kpi-reader';
import { programmeUnderTest } from '../../testing/programme-under-test';
import { periodLabel } from '../periods';
import { day, envelope, runRecompute } from '../testing/scripted-stream';

jest.setTimeout(420_000);

/** A region of this run only: the topics hold other runs' events too. */
const REGION = `FAM${randomBytes(5).toString('hex').toUpperCase()}`;

/**
 * A week of this run only for the national figures (notifications and dead letters name no
 * region): a random ISO week between 1971 and 2020, its Monday.
 */
const WEEK = new Date(Date.UTC(1971, 0, 4) + Math.floor(Math.random() * 2600) * 7 * 86_400_000);
const inWeek = (hours: number) => new Date(WEEK.getTime() + hours * 3_600_000).toISOString();
const weekDate = (offsetDays: number) => new Date(WEEK.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface Authorisation {
  authorisationNumber: string;
  operatorId: string;
  taxpayerId: string;
  statusType: StatusType;
}

const authorisation = (statusType: StatusType): Authorisation => ({
  authorisationNumber: `MN-AEO-${randomBytes(5).toString('hex')}`,
  operatorId: randomUUID(),
  taxpayerId: `9${randomBytes(3).toString('hex')}`,
  statusType,
});

const ref = (a: Authorisation) => ({ ...a, region: REGION, consentToMraSharing: false });

const granted = (a: Authorisation, at: string, revalidationDue: string) =>
  envelope(
    AuthorisationGranted,
    { ...ref(a), decidedAt: day(at), effectiveFrom: day(at), revalidationDue: day(revalidationDue) },
    day(at),
  );
const started = (a: Authorisation, at: string) =>
  envelope(
    RevalidationStarted,
    {
      ...ref(a),
      cycle: 1,
      trigger: { source: 'scheduled', reason: 'Due', requestedBy: 'system', triggerId: randomUUID() },
      selfAssessmentDue: day(at),
      startedAt: day(at),
    },
    day(at),
  );
const completed = (a: Authorisation, at: string, next: string) =>
  envelope(
    RevalidationCompleted,
    {
      ...ref(a),
      cycle: 1,
      outcome: 'confirmed',
      decidedBy: 'executive-1',
      reasons: ['Criteria still met'],
      conditions: [],
      nextRevalidationDue: day(next),
      completedAt: day(at),
    },
    day(at),
  );
const revoked = (a: Authorisation, at: string, reason: 'revoked' | 'surrendered', grounds: string) =>
  envelope(AuthorisationRevoked, { ...ref(a), effectiveFrom: day(at), reason, grounds }, day(at));

interface Case {
  caseId: string;
  applicationId: string;
  operatorId: string;
  taxpayerId: string;
  statusType: StatusType;
  region: string;
}

const validationCase = (statusType: StatusType): Case => ({
  caseId: randomUUID(),
  applicationId: randomUUID(),
  operatorId: randomUUID(),
  taxpayerId: `9${randomBytes(3).toString('hex')}`,
  statusType,
  region: REGION,
});

const opened = (c: Case, at: string, reportDue: string, assignedValidator: string | null) =>
  envelope(
    ValidationOpened,
    {
      ...c,
      riskScore: 20,
      riskRecommendation: 'proceed',
      siteVisitRequired: false,
      reportDue: day(reportDue),
      assignedValidator,
      openedAt: day(at),
    },
    day(at),
  );
const reported = (c: Case, at: string) =>
  envelope(
    ValidationReportSubmitted,
    { ...c, recommendation: 'grant', conditions: [], submittedBy: 'validator-1', submittedAt: day(at) },
    day(at),
  );
const reminder = (c: Case, at: string, kind: 'reminder' | 'overdue') =>
  envelope(ValidationReportReminder, { ...c, kind, reportDue: day('2026-02-20') }, day(at));

const notification = { sourceEventId: randomUUID(), sourceEventType: 'aeo.application.accepted.v1' };
const delivered = (hours: number) =>
  envelope(
    NotificationDelivered,
    {
      ...notification,
      notificationId: randomUUID(),
      channel: 'email',
      recipient: 'kpi@example.mn',
      language: 'mn',
      deliveredAt: inWeek(hours),
    },
    inWeek(hours),
  );

describe('programme service: revalidation, validation and notification KPIs (real PostgreSQL, Kafka)', () => {
  const programme = programmeUnderTest('programme-families', [REGION], { ownTopics: true });
  const policyUnit = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: REGION });

  // AU1: due 1 Feb, started 5 Jan, completed 25 Jan (on time). AU2: due 15 Feb, completed 10 Mar (late).
  // AU3: due 1 Mar, never started (overdue from March on); suspended 20 Mar, reinstated 10 Apr.
  // AU4: due 20 Mar, revoked 10 Mar (never due). AU5: due 31 Jan, not done, ended by a surrender stated as a revocation 10 Feb.
  const [au1, au2, au3, au4, au5] = (['AEOC', 'AEOS', 'AEOC', 'AEOS', 'AEOC'] as const).map(authorisation);
  const au3Suspended = envelope(
    AuthorisationSuspended,
    { ...ref(au3!), scope: 'whole', effectiveFrom: day('2026-03-20'), grounds: 'Security breach at the warehouse' },
    day('2026-03-20'),
  );
  const au4Revoked = revoked(au4!, '2026-03-10', 'revoked', 'Customs fraud');
  const revalidationStream = [
    granted(au1!, '2025-01-10', '2026-02-01'),
    completed(au1!, '2026-01-25', '2027-02-01'),
    started(au1!, '2026-01-05'),
    started(au2!, '2026-02-10'),
    completed(au2!, '2026-03-10', '2027-03-10'),
    granted(au2!, '2025-02-10', '2026-02-15'),
    granted(au3!, '2025-03-01', '2026-03-01'),
    au3Suspended,
    envelope(AuthorisationReinstated, { ...ref(au3!), effectiveFrom: day('2026-04-10') }, day('2026-04-10')),
    au4Revoked,
    granted(au4!, '2025-03-05', '2026-03-20'),
    granted(au5!, '2025-01-20', '2026-01-31'),
    revoked(au5!, '2026-02-10', 'surrendered', 'Business closed'),
  ];

  // C1: opened 10 Jan, due 10 Feb, report 5 Feb (on time). C2: opened 20 Jan without a validator, due 20 Feb,
  // reminded 15 Feb, escalated 21 Feb, report 1 Mar (late). C3: opened 1 Feb, closed 20 Feb. C4: opened 5 Mar, open.
  const [c1, c2, c3, c4] = (['AEOC', 'AEOS', 'AEOC', 'AEOS'] as const).map(validationCase);
  const validationStream = [
    reported(c1!, '2026-02-05'),
    opened(c1!, '2026-01-10', '2026-02-10', 'validator-1'),
    opened(c2!, '2026-01-20', '2026-02-20', null),
    reminder(c2!, '2026-02-15', 'reminder'),
    reminder(c2!, '2026-02-21', 'overdue'),
    reported(c2!, '2026-03-01'),
    envelope(
      ValidationClosed,
      {
        ...c3!,
        cause: 'application-withdrawn',
        reason: 'Withdrawn',
        closedBy: 'operator-user-1',
        closedAt: day('2026-02-20'),
      },
      day('2026-02-20'),
    ),
    opened(c3!, '2026-02-01', '2026-03-01', 'validator-2'),
    opened(c4!, '2026-03-05', '2026-04-05', null),
  ];

  // The week's notifications: three delivered, one failed for good.
  const failed = envelope(
    NotificationFailed,
    {
      ...notification,
      notificationId: randomUUID(),
      channel: 'webhook',
      recipient: 'https://operator.example.mn/hook',
      attempts: 5,
      reason: 'HTTP 503 after 5 attempts',
      failedAt: inWeek(30),
    },
    inWeek(30),
  );
  const notificationStream = [delivered(2), delivered(26), delivered(50), failed];

  const facts = (condition: string, parameters: unknown[]) => programme.facts(condition, parameters);
  const weekRange = [WEEK, new Date(WEEK.getTime() + 7 * 86_400_000)];

  /** Dead letters of the week: one record set aside by two consumers (one fact), one more, and one without headers. */
  async function publishDeadLetters(): Promise<void> {
    const original = TOPIC_NAMES.applicationEvents;
    // Offsets no real record has, so that no real dead letter shares their key.
    const offset = () => String(9_000_000_000_000_000 + Math.floor(Math.random() * 1e12));
    const letter = (offsetOfOriginal: string, consumer: string, reason: string, hours: number) => ({
      key: randomUUID(),
      value: '{"not":"an event"}',
      headers: {
        ce_id: randomUUID(),
        dlq_reason: reason,
        dlq_original_topic: original,
        dlq_original_partition: '0',
        dlq_original_offset: offsetOfOriginal,
        dlq_consumer: consumer,
        dlq_at: inWeek(hours),
      },
    });
    const twice = offset();
    const first = letter(twice, 'applications.projection', 'invalid data: applicationId: Invalid UUID', 3);
    await programme.producer.send({
      topic: programme.service.topic(dlqTopicOf(original)),
      acks: -1,
      messages: [
        first,
        { ...letter(twice, 'programme.kpi-facts', 'invalid data: applicationId: Invalid UUID', 4), key: first.key },
        letter(offset(), 'programme.kpi-facts', 'malformed: no ce_type header', 5),
        // No dlq_reason (the fact says so). Its time is a header, not the record's timestamp: a record
        // stamped in the past week would expire past the .dlq retention (the recompute cannot rebuild it).
        { key: null, value: 'garbage', headers: { dlq_at: inWeek(6) } },
      ],
    });
  }

  beforeAll(async () => {
    await programme.publish(...revalidationStream, ...validationStream, ...notificationStream);
    await publishDeadLetters();
    const regional = revalidationStream.length + validationStream.length;
    await waitFor(
      'the scripted streams folded',
      async () => (await facts('region = $1', [REGION])) === regional,
      300_000,
      250,
    );
    await waitFor(
      'the week’s notifications and dead letters folded',
      async () => (await facts('region IS NULL AND occurred_at >= $1 AND occurred_at < $2', weekRange)) === 7,
      300_000,
      250,
    );
  });

  const kpis = kpiReader(programme, policyUnit);
  const q1 = `period=month&from=2026-01-01&to=2026-04-01&region=${REGION}`;
  const drill = kpis.events;

  it('lists the new families with names in both languages, targets and directions', async () => {
    const body = (await programme.http.get('/v1/kpis').set('Authorization', policyUnit).expect(200)).body as {
      id: string;
      family: string;
      name: { mn: string; en: string };
      dimensions: string[];
    }[];
    const ids = (family: string) => body.filter((kpi) => kpi.family === family).map((kpi) => kpi.id);
    expect(ids('revalidation')).toEqual([
      'revalidations-due',
      'revalidations-on-time',
      'revalidations-overdue',
      'suspensions',
      'revocations',
      'reinstatements',
    ]);
    expect(ids('validation')).toEqual([
      'validation-open-cases',
      'validation-unassigned-cases',
      'report-timeliness',
      'report-reminders',
      'report-escalations',
    ]);
    expect(ids('notifications')).toEqual([
      'notification-failures',
      'notification-failure-rate',
      'dead-lettered-events',
    ]);
    expect(body.find((kpi) => kpi.id === 'dead-lettered-events')).toMatchObject({ dimensions: [], target: 0 });
    for (const kpi of body) expect(kpi.name.mn.length * kpi.name.en.length).toBeGreaterThan(0);
  });

  it('gives exactly the revalidation figures of the scripted stream', async () => {
    await kpis.expectSeries(q1, {
      // Due: AU5 in January; AU1 and AU2 in February; AU3 in March (AU4 was revoked before its due date).
      'revalidations-due': '2026-01: 1 (n=1), 2026-02: 2 (n=2), 2026-03: 1 (n=1)',
      // Completed: AU1 in January on time, AU2 in March late.
      'revalidations-on-time': '2026-01: 1 (n=1), 2026-02: null (n=0), 2026-03: 0 (n=1)',
      // Backlog at each month's end: AU5 (January), AU2 (February), AU3 (March; AU4 ended before its due date).
      'revalidations-overdue': '2026-01: 1 (n=1), 2026-02: 1 (n=1), 2026-03: 1 (n=1)',
      // The stated surrender is no revocation.
      revocations: '2026-01: 0 (n=0), 2026-02: 0 (n=0), 2026-03: 1 (n=1)',
      suspensions: '2026-01: 0 (n=0), 2026-02: 0 (n=0), 2026-03: 1 (n=1)',
    });
    expect(await kpis.series('revalidations-due', `${q1}&statusType=AEOS`)).toBe(
      '2026-01: 0 (n=0), 2026-02: 1 (n=1), 2026-03: 0 (n=0)',
    );
    expect(
      await kpis.series('revalidations-overdue', `period=quarter&from=2026-01-01&to=2026-04-01&region=${REGION}`),
    ).toBe('2026-Q1: 1 (n=1)');
    expect(await kpis.series('reinstatements', `period=quarter&from=2026-01-01&to=2026-07-01&region=${REGION}`)).toBe(
      '2026-Q1: 0 (n=0), 2026-Q2: 1 (n=1)',
    );
  });

  it('lists the events behind the revalidation figures, with the grounds of a suspension or revocation', async () => {
    const march = `period=month&from=2026-03-01&to=2026-04-01&region=${REGION}`;
    expect(await drill('suspensions', march)).toEqual([
      expect.objectContaining({
        eventId: au3Suspended.id,
        type: 'aeo.authorisation.suspended.v1',
        processId: au3Suspended.id,
        subject: au3!.authorisationNumber,
        detail: 'Security breach at the warehouse',
        category: 'whole',
        region: REGION,
        statusType: 'AEOC',
        period: '2026-03',
      }),
    ]);
    expect(await drill('revocations', march)).toEqual([
      expect.objectContaining({ eventId: au4Revoked.id, detail: 'Customs fraud', category: 'revoked' }),
    ]);
    // The backlog at the end of March: AU3's cycle, from the grant that set its due date.
    expect(await drill('revalidations-overdue', march)).toEqual([
      expect.objectContaining({
        type: 'aeo.authorisation.granted.v1',
        processId: `${au3!.authorisationNumber}#1`,
        period: '2026-03',
      }),
    ]);
    // Done on time in January: AU1's grant (its due date) and its completion.
    const january = await drill('revalidations-on-time', `period=month&from=2026-01-01&to=2026-02-01&region=${REGION}`);
    expect(january.map((item: { type: string }) => item.type).sort()).toEqual([
      'aeo.authorisation.granted.v1',
      'aeo.revalidation.completed.v1',
    ]);
  });

  it('gives exactly the validation figures of the scripted stream', async () => {
    await kpis.expectSeries(q1, {
      // Open at each month's end: C1 and C2 (January), C2 (February: its report came on 1 March), C4 (March).
      'validation-open-cases': '2026-01: 2 (n=2), 2026-02: 1 (n=1), 2026-03: 1 (n=1)',
      'validation-unassigned-cases': '2026-01: 1 (n=1), 2026-02: 1 (n=1), 2026-03: 1 (n=1)',
      'report-timeliness': '2026-01: null (n=0), 2026-02: 1 (n=1), 2026-03: 0 (n=1)',
      'report-reminders': '2026-01: 0 (n=0), 2026-02: 1 (n=1), 2026-03: 0 (n=0)',
      'report-escalations': '2026-01: 0 (n=0), 2026-02: 1 (n=1), 2026-03: 0 (n=0)',
    });
    const open = await drill('validation-open-cases', `period=month&from=2026-01-01&to=2026-02-01&region=${REGION}`);
    expect(open.map((item: { processId: string }) => item.processId).sort()).toEqual([c1!.caseId, c2!.caseId].sort());
    // A regional office sees its region's workload.
    expect(
      (await kpis.figures('validation-open-cases', 'period=month&from=2026-03-01&to=2026-04-01', office)).values,
    ).toMatchObject([{ period: '2026-03', value: 1 }]);
  });

  it('gives exactly the week’s notification failures and dead letters (national only)', async () => {
    const week = `period=week&from=${weekDate(0)}&to=${weekDate(7)}`;
    const label = periodLabel(WEEK, 'week');
    await kpis.expectSeries(week, {
      'notification-failures': `${label}: 1 (n=1)`,
      'notification-failure-rate': `${label}: 0.25 (n=4)`,
      // Three records set aside: one of them by two consumers.
      'dead-lettered-events': `${label}: 3 (n=3)`,
    });
    const letters = await drill('dead-lettered-events', week);
    expect(letters).toHaveLength(3);
    expect(letters.every((item: { type: string }) => item.type === DEAD_LETTER_FACT_TYPE)).toBe(true);
    // The letter without headers is filed under the topic it was read from (the file's own copy).
    expect(letters.map((item: { category: string }) => item.category).sort()).toEqual(
      [
        TOPIC_NAMES.applicationEvents,
        TOPIC_NAMES.applicationEvents,
        programme.service.topic(TOPIC_NAMES.applicationEvents),
      ].sort(),
    );
    expect(letters.map((item: { detail: string }) => item.detail).sort()).toEqual([
      'invalid data: applicationId: Invalid UUID',
      'malformed: no ce_type header',
      'no dlq_reason header',
    ]);
    expect(await drill('notification-failures', week)).toEqual([
      expect.objectContaining({ eventId: failed.id, detail: 'HTTP 503 after 5 attempts', category: 'webhook' }),
    ]);
    // No region to narrow by: a regional office is refused, and so is a region in the query.
    await programme.http.get(`/v1/kpis/dead-lettered-events?${week}`).set('Authorization', office).expect(403);
    await programme.http
      .get(`/v1/kpis/dead-lettered-events?${week}&region=${REGION}`)
      .set('Authorization', policyUnit)
      .expect(400)
      .expect((res) => expect(res.body.message).toContain('region:'));
  });

  it('shows the new headline KPIs as Prometheus gauges', async () => {
    const text = (await programme.http.get('/metrics').expect(200)).text;
    const month = new Date().toISOString().slice(0, 7);
    // The backlogs are taken now: AU3's cycle and C4 are still open.
    for (const kpi of ['revalidations-overdue', 'validation-open-cases']) {
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`aeo_programme_kpi_value{kpi="${kpi}",period="${month}"}`));
      expect(Number(line!.split(' ').pop())).toBeGreaterThanOrEqual(1);
    }
  });

  // Each recompute folds every topic (the file's own) from its start: two runs.
  it('rebuilds the same figures from the topics: the region’s first half of 2026, and the week’s national ones', async () => {
    const regional = await runRecompute(['--region', REGION, '--from', '2026-01-01', '--to', '2026-07-01']);
    expect(regional.result.differences).toEqual([]);
    expect(regional.result.compared).toBeGreaterThan(500);
    expect(regional.exitCode).toBe(0);
    // The week's national figures, with the live store damaged first (a dead letter lost): the
    // rebuild gives the three dead letters the live store showed before, and every other figure equal.
    await programme.service.dataSource.query(
      `DELETE FROM programme_event_facts WHERE event_id IN (SELECT event_id FROM programme_event_facts
         WHERE type = $1 AND occurred_at >= $2 AND occurred_at < $3 LIMIT 1)`,
      [DEAD_LETTER_FACT_TYPE, ...weekRange],
    );
    const national = await runRecompute(['--region', REGION, '--from', weekDate(0), '--to', weekDate(7)]);
    expect(national.exitCode).toBe(1);
    // The week's, its month's and its quarter's figures (other runs' weeks may share the month or quarter).
    const differences = national.result.differences as {
      kpiId: string;
      region: string | null;
      live: { value: number };
      recomputed: { value: number };
    }[];
    expect(differences.map((d) => [d.kpiId, d.region])).toEqual([
      ['dead-lettered-events', null],
      ['dead-lettered-events', null],
      ['dead-lettered-events', null],
    ]);
    for (const difference of differences) expect(difference.recomputed.value - difference.live.value).toBe(1);
  }, 600_000);
});
