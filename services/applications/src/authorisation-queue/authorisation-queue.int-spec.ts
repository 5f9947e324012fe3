import { randomInt, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import {
  type AnsweredPage,
  ascendingBy,
  bearer,
  calendarDaysLeft,
  modelOrder,
  readEveryPage,
  readWithinOneDay,
} from '@aeo/testing';
import { startApplications } from '../testing/start-applications';
import type { PendingKind } from './authorisation-queue';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const TIME_ZONE = 'Asia/Ulaanbaatar';
const mongolian = new Intl.Collator('mn');

type History = { change: string; details?: Record<string, unknown>; daysAgo: number }[];

/** What the list should say of a seeded authorisation. */
interface Seeded {
  id: string;
  name: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  status: 'granted' | 'suspended' | 'revoked' | 'surrendered';
  decidedAt: Date;
  revalidationDue: Date;
  pending: { kind: PendingKind; dueAt: Date | null; toDecide: boolean } | null;
}

interface Item {
  authorisationNumber: string;
  name: string;
  taxpayerId: string;
  region: string;
  statusType: string;
  status: string;
  decidedAt: string;
  revalidation: { dueAt: string; daysLeft: number; overdue: boolean } | null;
  pending: {
    kind: string;
    since: string | null;
    dueAt: string | null;
    daysLeft: number | null;
    overdue: boolean;
    toDecide: boolean;
  } | null;
}

/**
 * The paged register on a real PostgreSQL: twelve authorisations of two regions, each at a step of
 * its life as the revalidation workflow records it in the register's history (a cycle under way,
 * a revocation hearing open, answered, past or dropped, a suspension waiting for its plan, its
 * remediation or customs' review, ended ones); every answer is checked against the same model.
 */
describe('GET /v1/authorisation-queue: the AEO register with each authorisation’s pending step, paged on the server', () => {
  let service: ServiceUnderTest;
  const seeded: Seeded[] = [];
  const prefix = String(randomInt(100, 999));
  const now = Date.now();
  const ahead = (days: number) => new Date(now + days * DAY_MS);
  const respondBy = (days: number) => ({ respondBy: ahead(days).toISOString() });
  const scenarios: {
    name: string;
    status: Seeded['status'];
    history: History;
    pending: Seeded['pending'];
  }[] = [
    { name: 'Altai Trade', status: 'granted', history: [], pending: null },
    {
      name: 'altan Logistics',
      status: 'granted',
      history: [{ change: 'revalidation-started', daysAgo: 3 }],
      pending: { kind: 'revalidation', dueAt: null, toDecide: false },
    },
    {
      name: 'Bayan Cargo',
      status: 'granted',
      history: [
        { change: 'revalidation-started', daysAgo: 90 },
        { change: 'revalidation-completed', daysAgo: 5 },
      ],
      pending: null,
    },
    {
      name: 'Өлзий ХХК',
      status: 'granted',
      history: [{ change: 'revocation-intended', details: respondBy(12), daysAgo: 18 }],
      pending: { kind: 'hearing-response', dueAt: ahead(12), toDecide: false },
    },
    {
      name: 'Бат Трейд ХХК',
      status: 'granted',
      history: [{ change: 'revocation-intended', details: respondBy(-2), daysAgo: 32 }],
      pending: { kind: 'revocation-decision', dueAt: null, toDecide: true },
    },
    {
      name: 'Оюу Толгой ХХК',
      status: 'granted',
      history: [
        { change: 'revocation-intended', details: respondBy(20), daysAgo: 10 },
        { change: 'revocation-hearing-response', daysAgo: 4 },
      ],
      pending: { kind: 'revocation-decision', dueAt: null, toDecide: true },
    },
    {
      name: 'батаа ХХК',
      status: 'granted',
      history: [
        { change: 'revocation-intended', details: respondBy(-10), daysAgo: 40 },
        { change: 'revocation-dropped', daysAgo: 8 },
      ],
      pending: null,
    },
    {
      name: 'Үнэн ХХК',
      status: 'suspended',
      history: [{ change: 'suspended', details: { remediationPlanDue: ahead(9).toISOString() }, daysAgo: 21 }],
      pending: { kind: 'remediation', dueAt: ahead(9), toDecide: false },
    },
    {
      name: 'Улаан ХХК',
      status: 'suspended',
      history: [
        { change: 'suspended', details: { remediationPlanDue: ahead(-20).toISOString() }, daysAgo: 50 },
        { change: 'remediation-plan-submitted', details: { dueAt: ahead(40).toISOString() }, daysAgo: 25 },
      ],
      pending: { kind: 'remediation', dueAt: ahead(40), toDecide: false },
    },
    {
      name: 'Tavan Bogd',
      status: 'suspended',
      history: [
        { change: 'suspended', details: { remediationPlanDue: ahead(-60).toISOString() }, daysAgo: 90 },
        { change: 'remediation-plan-submitted', details: { dueAt: ahead(-1).toISOString() }, daysAgo: 70 },
        { change: 'remediation-period-ended', details: { dueAt: ahead(-1).toISOString() }, daysAgo: 1 },
      ],
      pending: { kind: 'suspension-review', dueAt: null, toDecide: true },
    },
    { name: 'Zuun Revoked', status: 'revoked', history: [], pending: null },
    {
      name: 'Хаан Суспенд',
      status: 'suspended',
      history: [
        { change: 'suspended', details: { remediationPlanDue: ahead(-30).toISOString() }, daysAgo: 60 },
        { change: 'revocation-intended', details: respondBy(-1), daysAgo: 31 },
      ],
      pending: { kind: 'revocation-decision', dueAt: null, toDecide: true },
    },
  ];

  const executive = bearer({ sub: 'register-executive', roles: [ROLES.executive] });
  const khovdOfficer = bearer({ sub: 'register-officer-khovd', roles: [ROLES.contactOfficer], region: 'KHOVD' });
  const dornodOffice = bearer({ sub: 'register-office-dornod', roles: [ROLES.regionalOffice], region: 'DORNOD' });

  beforeAll(async () => {
    service = await startApplications({ PROGRAMME_TIME_ZONE: TIME_ZONE });
    const query = (sql: string, params: unknown[]) => service.dataSource.query(sql, params);
    for (const [index, scenario] of scenarios.entries()) {
      const operatorId = randomUUID();
      const applicationId = randomUUID();
      const taxpayerId = `${prefix}${index < 3 ? '1' : '2'}${String(index).padStart(3, '0')}`;
      const region = index % 2 === 0 ? 'KHOVD' : 'DORNOD';
      const statusType = ['AEOC', 'AEOS', 'AEOF'][index % 3]!;
      const id = `AEO-Q${prefix}-${String(index).padStart(2, '0')}`;
      const decidedAt = ahead(-400 + index * 17);
      const revalidationDue = ahead(((index * 37) % 300) - 20);
      await query(
        `INSERT INTO operators (id, taxpayer_id, name, legal_form, region, customs_office, supply_chain_roles, address, contact)
         VALUES ($1, $2, $3, 'LLC', $4, $4 || '-01', '{importer}', '{"street":"Peace Avenue 17","city":"Khovd","country":"MN"}',
                 '{"name":"Bat","email":"register@altai.example","language":"en"}')`,
        [operatorId, taxpayerId, scenario.name, region],
      );
      await query(
        `INSERT INTO applications (id, operator_id, region, status_type, status, consent_to_mra_sharing, created_by)
         VALUES ($1, $2, $3, $4, 'granted', false, 'register-seed')`,
        [applicationId, operatorId, region, statusType],
      );
      await query(
        `INSERT INTO authorisations (authorisation_number, application_id, operator_id, taxpayer_id, region, status_type, status,
           suspended_scope, decided_by, decided_at, effective_from, revalidation_due, consent_to_mra_sharing)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'register-exe', $9, $9, $10, false)`,
        [
          id,
          applicationId,
          operatorId,
          taxpayerId,
          region,
          statusType,
          scenario.status,
          scenario.status === 'suspended' ? 'whole' : null,
          decidedAt,
          revalidationDue,
        ],
      );
      for (const entry of scenario.history)
        await query(
          `INSERT INTO authorisation_history (authorisation_number, change, status, changed_by, changed_at, details)
           VALUES ($1, $2, $3, 'register-seed', $4, $5::jsonb)`,
          [id, entry.change, scenario.status, ahead(-entry.daysAgo), JSON.stringify(entry.details ?? {})],
        );
      seeded.push({
        id,
        name: scenario.name,
        taxpayerId,
        region,
        statusType,
        status: scenario.status,
        decidedAt,
        revalidationDue,
        pending: scenario.pending,
      });
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  const read = async (token: string, query: Record<string, string | number> = {}) =>
    (await service.http.get('/v1/authorisation-queue').query(query).set('Authorization', token).expect(200))
      .body as AnsweredPage<Item>;
  const all = (token: string, query: Record<string, string | number> = {}) =>
    readEveryPage((page, pageSize) => read(token, { ...query, page, pageSize }), 5);
  const ids = (items: readonly Item[]) => items.map((item) => item.authorisationNumber);

  const sorts: Record<string, (a: Seeded, b: Seeded) => number> = {
    revalidationDue: ascendingBy((row) => row.revalidationDue.getTime()),
    decidedAt: ascendingBy((row) => row.decidedAt.getTime()),
    name: (a, b) => mongolian.compare(a.name.toLowerCase(), b.name.toLowerCase()),
    authorisationNumber: () => 0,
  };
  const expected = (keep?: (row: Seeded) => boolean, sort = 'revalidationDue', order = 'asc') =>
    modelOrder(seeded, sorts[sort]!, order, keep);

  it('answers the first page of 25 by default, the soonest revalidation first, with the total', async () => {
    const first = await read(executive);
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: 25 });
    expect(ids(first.items)).toEqual(expected());
  });

  it('states each authorisation’s revalidation due date and the step it waits for, in days of the programme’s time zone', async () => {
    const {
      answer: { items },
      readAt,
    } = await readWithinOneDay(TIME_ZONE, () => all(executive));
    for (const item of items) {
      const row = seeded.find((candidate) => candidate.id === item.authorisationNumber)!;
      const inForce = row.status === 'granted' || row.status === 'suspended';
      expect(item).toMatchObject({
        name: row.name,
        taxpayerId: row.taxpayerId,
        region: row.region,
        statusType: row.statusType,
        status: row.status,
        decidedAt: row.decidedAt.toISOString(),
        revalidation: inForce
          ? {
              dueAt: row.revalidationDue.toISOString(),
              daysLeft: calendarDaysLeft(row.revalidationDue, TIME_ZONE, readAt),
              overdue: row.revalidationDue < readAt,
            }
          : null,
      });
      if (!row.pending) expect(item.pending).toBeNull();
      else {
        const dueAt = row.pending.dueAt;
        expect(item.pending).toMatchObject({
          kind: row.pending.kind,
          toDecide: row.pending.toDecide,
          dueAt: dueAt?.toISOString() ?? null,
          daysLeft: dueAt ? calendarDaysLeft(dueAt, TIME_ZONE, readAt) : null,
          overdue: false,
        });
        expect(item.pending?.since).toEqual(expect.any(String));
      }
    }
  });

  it.each([
    ['revalidationDue', 'asc'],
    ['revalidationDue', 'desc'],
    ['decidedAt', 'asc'],
    ['decidedAt', 'desc'],
    ['name', 'asc'],
    ['name', 'desc'],
    ['authorisationNumber', 'asc'],
    ['authorisationNumber', 'desc'],
  ])('sorts by %s %s (ties by number), page by page without overlap', async (sort, order) => {
    const { items, total } = await all(executive, { sort, order });
    expect(total).toBe(12);
    expect(ids(items)).toEqual(expected(undefined, sort, order));
  });

  it.each<[string, Record<string, string>, (row: Seeded) => boolean]>([
    ['toDecide=true (the executive’s decisions)', { toDecide: 'true' }, (row) => row.pending?.toDecide === true],
    ['toDecide=false', { toDecide: 'false' }, (row) => row.pending?.toDecide !== true],
    ['pending', { pending: 'remediation' }, (row) => row.pending?.kind === 'remediation'],
    ['status', { status: 'suspended' }, (row) => row.status === 'suspended'],
    ['region', { region: 'DORNOD' }, (row) => row.region === 'DORNOD'],
    ['statusType', { statusType: 'AEOS' }, (row) => row.statusType === 'AEOS'],
    ['q, a Cyrillic name prefix in another case', { q: 'БАТ' }, (row) => /^бат/i.test(row.name)],
    ['q, a taxpayer id prefix', { q: `${prefix}1` }, (row) => row.taxpayerId.startsWith(`${prefix}1`)],
    ['q, an authorisation number prefix in lower case', { q: `aeo-q${prefix}-1` }, (row) => row.id.includes('-1')],
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
      .get('/v1/authorisation-queue')
      .query({ region: 'DORNOD' })
      .set('Authorization', khovdOfficer)
      .expect(403);
    expect(refused.body.message).toBe('Region DORNOD is outside your scope (KHOVD)');
  });

  it('keeps GET /v1/authorisations the plain list it was (an array, newest decisions first)', async () => {
    const list = await service.http.get('/v1/authorisations').set('Authorization', executive).expect(200);
    expect(list.body.map((entry: { authorisationNumber: string }) => entry.authorisationNumber)).toEqual(
      modelOrder(
        seeded,
        ascendingBy((row) => row.decidedAt.getTime()),
        'desc',
      ),
    );
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ page: '0' }, /^page: must be a whole number from 1 to/],
    [{ pageSize: '201' }, /^pageSize: must be a whole number from 1 to 200$/],
    [{ sort: 'dueAt' }, /^sort: /],
    [{ order: 'sideways' }, /^order: /],
    [{ status: 'draft' }, /^status: /],
    [{ pending: 'visit' }, /^pending: /],
    [{ toDecide: 'yes' }, /^toDecide: /],
    [{ q: '' }, /^q: /],
    [{ region: 'NOWHERE' }, /^region: NOWHERE is not a customs region/],
    [{ limit: '10' }, /^query: Unrecognized key "limit"/],
  ])('refuses %j with a 400 naming the parameter', async (query, message) => {
    const refused = await service.http
      .get('/v1/authorisation-queue')
      .query(query)
      .set('Authorization', executive)
      .expect(400);
    expect(refused.body.message).toMatch(message);
  });
});
