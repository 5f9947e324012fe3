import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  type AnsweredDeadline,
  type AnsweredPage,
  ascendingBy,
  bearer,
  calendarDaysLeft,
  modelOrder,
  readEveryPage,
  readWithinOneDay,
} from '@aeo/testing';
import { startApplications } from '../testing/start-applications';
import type { DeadlineKind } from './work-queue';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Eight hours ahead of UTC: days left are Ulaanbaatar's calendar days, not UTC's.
const TIME_ZONE = 'Asia/Ulaanbaatar';
const mongolian = new Intl.Collator('mn');

/** What the queue should say of a seeded application. */
interface Seeded {
  id: string;
  operatorName: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  status: 'submitted' | 'accepted' | 'hearing';
  submittedAt: Date;
  kind: DeadlineKind;
  dueAt: Date;
}

interface Item {
  applicationId: string;
  operatorName: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  status: string;
  submittedAt: string;
  deadline: AnsweredDeadline;
  actsNext: string[];
}

/**
 * The work queue on a real PostgreSQL: 30 open applications of ten operators in two regions, at
 * each pending step, their deadlines spread from ten days past to nineteen ahead (plus a draft and
 * a granted one, which the queue leaves out); every answer is checked against the same model
 * filtered and sorted here.
 */
describe('GET /v1/application-queue: open applications with their legal deadlines, paged on the server', () => {
  let service: ServiceUnderTest;
  const seeded: Seeded[] = [];
  const prefix = String(randomInt(100, 999));
  // Latin and Cyrillic names, in both cases: Ө and Ү are letters of their own, after О and У.
  const names = [
    'Altai Trade',
    'altan Logistics',
    'Bayan Cargo',
    'Өлзий ХХК',
    'Бат Трейд ХХК',
    'Оюу Толгой ХХК',
    'батаа ХХК',
    'Үнэн ХХК',
    'Улаан ХХК',
    'Tavan Bogd',
  ];
  const operators = names.map((name, index) => ({
    id: randomUUID(),
    name,
    // Three share the first four digits: a taxpayer id prefix finds them.
    taxpayerId:
      index < 3 ? `${prefix}1${index}${randomInt(10, 99)}` : `${prefix}${randomInt(2, 9)}${randomInt(100, 999)}`,
    region: index < 6 ? 'KHOVD' : 'DORNOD',
  }));

  const executive = bearer({ sub: 'queue-executive', roles: [ROLES.executive] });
  const khovdOfficer = bearer({ sub: 'queue-officer-khovd', roles: [ROLES.contactOfficer], region: 'KHOVD' });
  const dornodOffice = bearer({ sub: 'queue-office-dornod', roles: [ROLES.regionalOffice], region: 'DORNOD' });

  beforeAll(async () => {
    service = await startApplications({ PROGRAMME_TIME_ZONE: TIME_ZONE });
    const now = Date.now();
    const closed = { id: randomUUID(), name: 'Zuun Closed', taxpayerId: `${prefix}0000`, region: 'KHOVD' };
    for (const operator of [...operators, closed])
      await service.dataSource.query(
        `INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)
         VALUES ($1, $2, $3, 'LLC', $4, $4 || '-01', '{importer}', '{"street":"Peace Avenue 17","city":"Khovd","country":"MN"}',
                 '{"name":"Bat","email":"queue@altai.example","language":"en"}')`,
        [operator.id, operator.taxpayerId, operator.name, operator.region],
      );
    const insert = (row: Record<string, unknown>) =>
      service.dataSource.query(
        `INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, submitted_at,
           acceptance_deadline, accepted_at, decision_deadline, hearing_respond_by, hearing_response, created_by)
         VALUES ($1, $2, $3, $4, $5, false, $6, $7, $8, $9, $10, $11, 'queue-seed')`,
        [
          row.id,
          row.operatorId,
          row.region,
          row.statusType,
          row.status,
          row.submittedAt ?? null,
          row.acceptanceDeadline ?? null,
          row.acceptedAt ?? null,
          row.decisionDeadline ?? null,
          row.hearingRespondBy ?? null,
          row.hearingResponse ?? null,
        ],
      );
    // Every deadline at 20:00 UTC (04:00 of the next day in Ulaanbaatar) when the test starts before 16:00 UTC
    // (midnight there), else at 08:00 UTC (16:00 there, the same day): either way Ulaanbaatar's days left differ
    // by one from UTC's, and no deadline passes, turning overdue, while the test runs (four hours from now at least).
    const dueHour = new Date(now).getUTCHours() < 16 ? 20 : 8;
    for (let i = 0; i < 30; i += 1) {
      const operator = operators[i % 10]!;
      const statusType = ['AEOC', 'AEOS', 'AEOF'][Math.floor(i / 10)]!;
      const id = randomUUID();
      const submittedAt = new Date(now - (((i * 7) % 30) + 40) * DAY_MS);
      // From ten days past to nineteen ahead.
      const due = new Date(Math.floor(now / DAY_MS) * DAY_MS + (i - 10) * DAY_MS + dueHour * HOUR_MS);
      const far = new Date(now + 200 * DAY_MS);
      const base = { id, operatorId: operator.id, region: operator.region, statusType, submittedAt };
      let status: Seeded['status'];
      let kind: DeadlineKind;
      switch (i % 5) {
        case 0:
          status = 'submitted';
          kind = 'acceptance';
          // An answered request stopped the acceptance clock for two days: the deadline moved by them.
          await insert({ ...base, status, acceptanceDeadline: new Date(due.getTime() - 2 * DAY_MS) });
          await service.dataSource.query(
            `INSERT INTO information_requests (id, application_id, questions, requested_by, requested_at, due_by, response, responded_by, responded_at)
             VALUES ($1, $2, 'Send the audit report.', 'queue-officer', $3, $4, 'Attached.', 'queue-trader', $5)`,
            [randomUUID(), id, new Date(now - 9 * DAY_MS), new Date(now - 2 * DAY_MS), new Date(now - 7 * DAY_MS)],
          );
          break;
        case 1:
          status = 'submitted';
          kind = 'information-reply';
          await insert({ ...base, status, acceptanceDeadline: far });
          await service.dataSource.query(
            `INSERT INTO information_requests (id, application_id, questions, requested_by, requested_at, due_by)
             VALUES ($1, $2, 'Send the audit report.', 'queue-officer', $3, $4)`,
            [randomUUID(), id, new Date(now - 20 * DAY_MS), due],
          );
          break;
        case 3:
          status = 'hearing';
          if (due.getTime() > now && i !== 18) {
            kind = 'hearing-response';
            await insert({ ...base, status, acceptedAt: submittedAt, decisionDeadline: far, hearingRespondBy: due });
          } else {
            // Past the respond-by date, or answered: the executive decides by the decision deadline.
            kind = 'decision';
            const answered = i === 18 ? { hearingRespondBy: far, hearingResponse: 'Our comments.' } : {};
            await insert({
              ...base,
              status,
              acceptedAt: submittedAt,
              decisionDeadline: due,
              hearingRespondBy: new Date(now - 40 * DAY_MS),
              ...answered,
            });
          }
          break;
        default:
          status = 'accepted';
          kind = 'decision';
          await insert({ ...base, status, acceptedAt: submittedAt, decisionDeadline: due });
      }
      seeded.push({
        id,
        operatorName: operator.name,
        taxpayerId: operator.taxpayerId,
        region: operator.region,
        statusType,
        status,
        submittedAt,
        kind,
        dueAt: due,
      });
    }
    // Neither a draft nor a closed application has a pending step.
    await insert({
      id: randomUUID(),
      operatorId: closed.id,
      region: 'KHOVD',
      statusType: 'AEOC',
      status: 'draft',
    });
    await insert({
      id: randomUUID(),
      operatorId: closed.id,
      region: 'KHOVD',
      statusType: 'AEOC',
      status: 'granted',
      submittedAt: new Date(now - 300 * DAY_MS),
      acceptanceDeadline: new Date(now - 270 * DAY_MS),
      decisionDeadline: new Date(now - 100 * DAY_MS),
    });
  });

  afterAll(async () => {
    await service?.close();
  });

  const read = async (token: string, query: Record<string, string | number> = {}) =>
    (await service.http.get('/v1/application-queue').query(query).set('Authorization', token).expect(200))
      .body as AnsweredPage<Item>;
  /** Every item of the queue, walked page by page. */
  const all = (token: string, query: Record<string, string | number> = {}) =>
    readEveryPage((page, pageSize) => read(token, { ...query, page, pageSize }));
  const ids = (items: readonly Item[]) => items.map((item) => item.applicationId);

  const sorts: Record<string, (a: Seeded, b: Seeded) => number> = {
    dueAt: ascendingBy((row) => row.dueAt.getTime()),
    submittedAt: ascendingBy((row) => row.submittedAt.getTime()),
    // Case aside, in Mongolian alphabetical order (Cyrillic before Latin).
    operatorName: (a, b) => mongolian.compare(a.operatorName.toLowerCase(), b.operatorName.toLowerCase()),
  };
  const expected = (keep?: (row: Seeded) => boolean, sort = 'dueAt', order = 'asc') =>
    modelOrder(seeded, sorts[sort]!, order, keep);

  it('answers the first page of 25 by default, overdue first, then fewest days left, with the total', async () => {
    const first = await read(executive);
    expect(first.total).toBe(30);
    expect(first.page).toBe(1);
    expect(first.pageSize).toBe(25);
    expect(ids(first.items)).toEqual(expected().slice(0, 25));
    const overdue = first.items.findIndex((item) => !item.deadline.overdue);
    expect(first.items.slice(0, overdue).every((item) => item.deadline.overdue)).toBe(true);
    expect(overdue).toBe(seeded.filter((row) => row.dueAt.getTime() < Date.now()).length);
    const days = first.items.map((item) => item.deadline.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('states each application’s pending step, its deadline in days of the programme’s time zone and who acts next', async () => {
    const {
      answer: { items },
      readAt,
    } = await readWithinOneDay(TIME_ZONE, () => all(executive));
    expect(items).toHaveLength(30);
    for (const item of items) {
      const row = seeded.find((candidate) => candidate.id === item.applicationId)!;
      expect(item).toMatchObject({
        operatorName: row.operatorName,
        taxpayerId: row.taxpayerId,
        region: row.region,
        statusType: row.statusType,
        status: row.status,
        submittedAt: row.submittedAt.toISOString(),
        deadline: {
          kind: row.kind,
          dueAt: row.dueAt.toISOString(),
          daysLeft: calendarDaysLeft(row.dueAt, TIME_ZONE, readAt),
          overdue: row.dueAt < readAt,
        },
      });
      expect(item.actsNext).toEqual(
        {
          acceptance: ['contact-officer', 'regional-office'],
          'information-reply': ['operator-user'],
          'hearing-response': ['operator-user'],
          decision: ['executive'],
        }[row.kind],
      );
    }
    // The seeded kinds are all there: a heard application past its respond-by date, or answered, awaits the decision.
    expect(new Set(items.map((item) => item.deadline.kind))).toEqual(
      new Set(['acceptance', 'information-reply', 'hearing-response', 'decision']),
    );
  });

  it('pages without overlap or gap, and answers a page past the last with no items and the total', async () => {
    const { items, total } = await all(executive);
    expect(total).toBe(30);
    expect(ids(items)).toEqual(expected());
    const past = await read(executive, { page: 9, pageSize: 5 });
    expect(past).toEqual({ items: [], total: 30, page: 9, pageSize: 5 });
    const last = await read(executive, { page: 3, pageSize: 12 });
    expect(ids(last.items)).toEqual(expected().slice(24));
  });

  it.each([
    ['dueAt', 'asc'],
    ['dueAt', 'desc'],
    ['submittedAt', 'asc'],
    ['submittedAt', 'desc'],
    ['operatorName', 'asc'],
    ['operatorName', 'desc'],
  ])('sorts by %s %s (ties by id)', async (sort, order) => {
    expect(ids((await all(executive, { sort, order })).items)).toEqual(expected(undefined, sort, order));
  });

  it('sorts operator names in Mongolian alphabetical order, whatever their case', async () => {
    const { items } = await all(executive, { sort: 'operatorName' });
    expect([...new Set(items.map((item) => item.operatorName))]).toEqual([
      'Бат Трейд ХХК',
      'батаа ХХК',
      'Оюу Толгой ХХК',
      'Өлзий ХХК',
      'Улаан ХХК',
      'Үнэн ХХК',
      'Altai Trade',
      'altan Logistics',
      'Bayan Cargo',
      'Tavan Bogd',
    ]);
  });

  it.each<[string, Record<string, string>, (row: Seeded) => boolean]>([
    ['status', { status: 'hearing' }, (row) => row.status === 'hearing'],
    [
      'deadlineKind (the executive’s decisions due and overdue)',
      { deadlineKind: 'decision' },
      (row) => row.kind === 'decision',
    ],
    ['region', { region: 'DORNOD' }, (row) => row.region === 'DORNOD'],
    ['statusType', { statusType: 'AEOS' }, (row) => row.statusType === 'AEOS'],
    ['overdue=true', { overdue: 'true' }, (row) => row.dueAt.getTime() < Date.now()],
    ['overdue=false', { overdue: 'false' }, (row) => row.dueAt.getTime() >= Date.now()],
    ['q, a name prefix in another case', { q: 'ALTA' }, (row) => row.operatorName.toLowerCase().startsWith('alta')],
    ['q, a Cyrillic name prefix in lower case', { q: 'өлз' }, (row) => row.operatorName === 'Өлзий ХХК'],
    [
      'q, a Cyrillic name prefix in upper case',
      { q: 'БАТ' },
      (row) => ['Бат Трейд ХХК', 'батаа ХХК'].includes(row.operatorName),
    ],
    ['q, a taxpayer id prefix', { q: `${prefix}1` }, (row) => row.taxpayerId.startsWith(`${prefix}1`)],
    [
      'several filters at once',
      { region: 'KHOVD', deadlineKind: 'decision', overdue: 'false' },
      (row) => row.region === 'KHOVD' && row.kind === 'decision' && row.dueAt.getTime() >= Date.now(),
    ],
  ])('narrows by %s, the total counting what the filters keep', async (_name, query, keep) => {
    const { items, total } = await all(executive, query);
    expect(ids(items)).toEqual(expected(keep));
    expect(total).toBe(expected(keep).length);
    expect(total).toBeGreaterThan(0);
  });

  it('limits contact officers and regional offices to their region and refuses another region (403)', async () => {
    expect(ids((await all(khovdOfficer)).items)).toEqual(expected((row) => row.region === 'KHOVD'));
    expect(ids((await all(dornodOffice, { region: 'DORNOD' })).items)).toEqual(
      expected((row) => row.region === 'DORNOD'),
    );
    const refused = await service.http
      .get('/v1/application-queue')
      .query({ region: 'DORNOD' })
      .set('Authorization', khovdOfficer)
      .expect(403);
    expect(refused.body.message).toBe('Region DORNOD is outside your scope (KHOVD)');
  });

  it('refuses the roles that take no step of the queue (403)', async () => {
    for (const token of [
      bearer({ sub: 'queue-validator', roles: [ROLES.validator], region: 'KHOVD' }),
      bearer({ sub: 'queue-trader', roles: [ROLES.operatorUser], taxpayerId: operators[0]!.taxpayerId }),
      bearer({ sub: 'queue-policy', roles: [ROLES.policyUnit] }),
    ])
      await service.http.get('/v1/application-queue').set('Authorization', token).expect(403);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ page: '0' }, /^page: must be a whole number from 1 to/],
    [{ pageSize: '201' }, /^pageSize: must be a whole number from 1 to 200$/],
    [{ pageSize: 'ten' }, /^pageSize: must be a whole number written in decimal digits$/],
    [{ sort: 'taxpayerId' }, /^sort: /],
    [{ order: 'sideways' }, /^order: /],
    [{ status: 'draft' }, /^status: /],
    [{ deadlineKind: 'visit' }, /^deadlineKind: /],
    [{ overdue: 'yes' }, /^overdue: /],
    [{ statusType: 'AEOX' }, /^statusType: /],
    [{ q: '' }, /^q: /],
    [{ region: 'NOWHERE' }, /^region: NOWHERE is not a customs region/],
    [{ limit: '10' }, /^query: Unrecognized key "limit"/],
  ])('refuses %j with a 400 naming the parameter', async (query, message) => {
    const refused = await service.http
      .get('/v1/application-queue')
      .query(query)
      .set('Authorization', executive)
      .expect(400);
    expect(refused.body.message).toMatch(message);
  });
});
