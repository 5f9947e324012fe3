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
} from '@aeo/testing';
import { startValidation } from '../testing/start-validation';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Eight hours ahead of UTC: days left are Ulaanbaatar's calendar days, not UTC's.
const TIME_ZONE = 'Asia/Ulaanbaatar';

/** What the queue should say of a seeded open case. */
interface Seeded {
  id: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  purpose: 'certification' | 'revalidation';
  validator: string;
  openedAt: Date;
  dueAt: Date;
}

interface Item {
  caseId: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  purpose: string;
  assignedValidator: string;
  openedAt: string;
  deadline: AnsweredDeadline;
}

/**
 * The validators' case queue on a real PostgreSQL: 30 open cases of three validators in two
 * regions, their reports due from ten days past to nineteen ahead (plus a reported and a closed
 * case, which the queue leaves out); every answer is checked against the same model filtered and
 * sorted here.
 */
describe('GET /v1/case-queue: open validation cases with their report’s due date, paged on the server', () => {
  let service: ServiceUnderTest;
  const seeded: Seeded[] = [];
  const prefix = String(randomInt(100, 999));
  const validators = [
    { sub: 'queue-val-khovd-1', region: 'KHOVD' },
    { sub: 'queue-val-khovd-2', region: 'KHOVD' },
    { sub: 'queue-val-dornod', region: 'DORNOD' },
  ];

  const executive = bearer({ sub: 'queue-executive', roles: [ROLES.executive] });
  const validatorToken = (index: number) =>
    bearer({ sub: validators[index]!.sub, roles: [ROLES.validator], region: validators[index]!.region });
  const khovdOffice = bearer({ sub: 'queue-office-khovd', roles: [ROLES.regionalOffice], region: 'KHOVD' });

  beforeAll(async () => {
    service = await startValidation({ PROGRAMME_TIME_ZONE: TIME_ZONE });
    const now = Date.now();
    const insert = (row: Seeded & { status?: string }) =>
      service.dataSource.query(
        `INSERT INTO validation_cases (id, application_id, operator_id, region, status, assigned_validator, opened_at, taxpayer_id,
           status_type, report_due, purpose, workflow_id, case_key, authorisation_number, cycle)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          row.id,
          randomUUID(),
          randomUUID(),
          row.region,
          row.status ?? 'open',
          row.validator,
          row.openedAt,
          row.taxpayerId,
          row.statusType,
          row.dueAt,
          row.purpose,
          `queue-workflow-${row.id}`,
          `queue:${row.id}`,
          row.purpose === 'revalidation' ? `MN-${row.statusType}-2026-${randomInt(10_000, 99_999)}` : null,
          row.purpose === 'revalidation' ? 1 : null,
        ],
      );
    for (let i = 0; i < 30; i += 1) {
      const validator = validators[i % 3]!;
      const row: Seeded = {
        id: randomUUID(),
        // Some share their first four digits: a taxpayer id prefix finds them.
        taxpayerId:
          i % 4 === 0 ? `${prefix}1${String(i).padStart(3, '0')}` : `${prefix}${randomInt(2, 9)}${randomInt(100, 999)}`,
        region: validator.region,
        statusType: ['AEOC', 'AEOS', 'AEOF'][i % 3 === 0 ? Math.floor(i / 10) : i % 3]!,
        purpose: i % 5 === 0 ? 'revalidation' : 'certification',
        validator: validator.sub,
        openedAt: new Date(now - (((i * 7) % 30) + 40) * DAY_MS),
        // From ten days past to nineteen ahead, at 20:00 UTC: 04:00 of the next day in Ulaanbaatar, whose day counts.
        dueAt: new Date(Math.floor(now / DAY_MS) * DAY_MS + (i - 10) * DAY_MS + 20 * HOUR_MS),
      };
      await insert(row);
      seeded.push(row);
    }
    // A reported and a closed case are no one's work any more.
    for (const status of ['reported', 'closed'])
      await insert({
        id: randomUUID(),
        region: 'KHOVD',
        status,
        validator: validators[0]!.sub,
        openedAt: new Date(now - 90 * DAY_MS),
        taxpayerId: `${prefix}1999`,
        statusType: 'AEOC',
        dueAt: new Date(now - 30 * DAY_MS),
        purpose: 'certification',
      });
  });

  afterAll(async () => {
    await service?.close();
  });

  const read = async (token: string, query: Record<string, string | number> = {}) =>
    (await service.http.get('/v1/case-queue').query(query).set('Authorization', token).expect(200))
      .body as AnsweredPage<Item>;
  /** Every item of the queue, walked page by page. */
  const all = (token: string, query: Record<string, string | number> = {}) =>
    readEveryPage((page, pageSize) => read(token, { ...query, page, pageSize }));
  const ids = (items: readonly Item[]) => items.map((item) => item.caseId);

  const sorts: Record<string, (a: Seeded, b: Seeded) => number> = {
    dueAt: ascendingBy((row) => row.dueAt.getTime()),
    openedAt: ascendingBy((row) => row.openedAt.getTime()),
    taxpayerId: ascendingBy((row) => row.taxpayerId),
  };
  const expected = (keep?: (row: Seeded) => boolean, sort = 'dueAt', order = 'asc') =>
    modelOrder(seeded, sorts[sort]!, order, keep);

  it('answers the first page of 25 by default, overdue first, then fewest days left, with the total', async () => {
    const first = await read(executive);
    expect({ total: first.total, page: first.page, pageSize: first.pageSize }).toEqual({
      total: 30,
      page: 1,
      pageSize: 25,
    });
    expect(ids(first.items)).toEqual(expected().slice(0, 25));
    const overdue = seeded.filter((row) => row.dueAt.getTime() < Date.now()).length;
    expect(first.items.map((item) => item.deadline.overdue)).toEqual(
      Array.from({ length: 25 }, (_, index) => index < overdue),
    );
  });

  it('states each case’s report due date with its days left in the programme’s time zone', async () => {
    const { items } = await all(executive);
    expect(items).toHaveLength(30);
    for (const item of items) {
      const row = seeded.find((candidate) => candidate.id === item.caseId)!;
      expect(item).toMatchObject({
        taxpayerId: row.taxpayerId,
        region: row.region,
        statusType: row.statusType,
        purpose: row.purpose,
        assignedValidator: row.validator,
        openedAt: row.openedAt.toISOString(),
        deadline: {
          kind: 'report',
          dueAt: row.dueAt.toISOString(),
          daysLeft: calendarDaysLeft(row.dueAt, TIME_ZONE),
          overdue: row.dueAt.getTime() < Date.now(),
        },
      });
    }
  });

  it('pages without overlap or gap, and answers a page past the last with no items and the total', async () => {
    expect(ids((await all(executive)).items)).toEqual(expected());
    expect(await read(executive, { page: 7, pageSize: 5 })).toEqual({ items: [], total: 30, page: 7, pageSize: 5 });
  });

  it.each([
    ['dueAt', 'asc'],
    ['dueAt', 'desc'],
    ['openedAt', 'asc'],
    ['openedAt', 'desc'],
    ['taxpayerId', 'asc'],
    ['taxpayerId', 'desc'],
  ])('sorts by %s %s (ties by id)', async (sort, order) => {
    expect(ids((await all(executive, { sort, order })).items)).toEqual(expected(undefined, sort, order));
  });

  it.each<[string, Record<string, string>, (row: Seeded) => boolean]>([
    ['region', { region: 'DORNOD' }, (row) => row.region === 'DORNOD'],
    ['validator', { validator: validators[1]!.sub }, (row) => row.validator === validators[1]!.sub],
    ['purpose', { purpose: 'revalidation' }, (row) => row.purpose === 'revalidation'],
    ['statusType', { statusType: 'AEOS' }, (row) => row.statusType === 'AEOS'],
    ['overdue=true', { overdue: 'true' }, (row) => row.dueAt.getTime() < Date.now()],
    ['overdue=false', { overdue: 'false' }, (row) => row.dueAt.getTime() >= Date.now()],
    ['q, a taxpayer id prefix', { q: `${prefix}1` }, (row) => row.taxpayerId.startsWith(`${prefix}1`)],
  ])('narrows by %s, the total counting what the filters keep', async (_name, query, keep) => {
    const { items, total } = await all(executive, query);
    expect(ids(items)).toEqual(expected(keep));
    expect(total).toBe(expected(keep).length);
    expect(total).toBeGreaterThan(0);
  });

  it('shows a validator the cases assigned to them, and refuses another validator’s (403)', async () => {
    expect(ids((await all(validatorToken(0))).items)).toEqual(expected((row) => row.validator === validators[0]!.sub));
    const refused = await service.http
      .get('/v1/case-queue')
      .query({ validator: validators[1]!.sub })
      .set('Authorization', validatorToken(0))
      .expect(403);
    expect(refused.body.message).toMatch(/^Validators see the cases assigned to them/);
  });

  it('limits a regional office to its region, with its validators’ cases, and refuses another region (403)', async () => {
    expect(ids((await all(khovdOffice)).items)).toEqual(expected((row) => row.region === 'KHOVD'));
    expect(ids((await all(khovdOffice, { validator: validators[1]!.sub })).items)).toEqual(
      expected((row) => row.validator === validators[1]!.sub),
    );
    const refused = await service.http
      .get('/v1/case-queue')
      .query({ region: 'DORNOD' })
      .set('Authorization', khovdOffice)
      .expect(403);
    expect(refused.body.message).toBe('Region DORNOD is outside your scope (KHOVD)');
  });

  it('refuses the roles that write no report (403)', async () => {
    for (const token of [
      bearer({ sub: 'queue-officer', roles: [ROLES.contactOfficer], region: 'KHOVD' }),
      bearer({ sub: 'queue-trader', roles: [ROLES.operatorUser], taxpayerId: seeded[0]!.taxpayerId }),
    ])
      await service.http.get('/v1/case-queue').set('Authorization', token).expect(403);
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ page: '0' }, /^page: must be a whole number from 1 to/],
    [{ pageSize: '500' }, /^pageSize: must be a whole number from 1 to 200$/],
    [{ sort: 'region' }, /^sort: /],
    [{ order: 'up' }, /^order: /],
    [{ purpose: 'audit' }, /^purpose: /],
    [{ overdue: '1' }, /^overdue: /],
    [{ region: 'NOWHERE' }, /^region: NOWHERE is not a customs region/],
    [{ limit: '10' }, /^query: Unrecognized key "limit"/],
  ])('refuses %j with a 400 naming the parameter', async (query, message) => {
    const refused = await service.http.get('/v1/case-queue').query(query).set('Authorization', executive).expect(400);
    expect(refused.body.message).toMatch(message);
  });
});
