import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import { seedParticipants } from './pilots/training/testing/participants';
import { programmeUnderTest } from './testing/programme-under-test';

jest.setTimeout(240_000);

/**
 * The console's paged lists of the programme service against real PostgreSQL: the deviation
 * cases (`GET /v1/deviation-cases`) and the pilot companies with their officers
 * (`GET /v1/pilot-companies`). Rows are written as the workflows' activities leave them, in this
 * file's own database, on this run's own regions and KPI id.
 */
describe('programme service: paged deviation cases and pilot companies (real PostgreSQL)', () => {
  const REGION = `PG${randomBytes(4).toString('hex').toUpperCase()}`;
  const OTHER = `PG${randomBytes(4).toString('hex').toUpperCase()}`;
  const programme = programmeUnderTest('programme-paged-lists', [REGION, OTHER], { ownTopics: true });
  const policyUnit = bearer({ sub: 'policy.unit.oyun', roles: [ROLES.policyUnit] });
  const office = bearer({ sub: 'ro-1', roles: [ROLES.regionalOffice], region: REGION });
  const officer = bearer({ sub: 'officer.bat', roles: [ROLES.contactOfficer], region: REGION });
  const validator = bearer({ sub: 'val-1', roles: [ROLES.validator], region: REGION });
  const KPI = `paged-${randomBytes(3).toString('hex')}`;
  const http = () => programme.http;

  const caseOf = (scope: string, period: string) => `programme-deviation-${KPI}-${scope}-${period}`;
  const cases = [
    { scope: 'national', period: '2026-01', phase: 'closed', day: 1 },
    { scope: REGION, period: '2026-02', phase: 'analysis', day: 2 },
    { scope: OTHER, period: '2026-03', phase: 'opened', day: 3 },
    { scope: 'national', period: '2026-04', phase: 'implementation', day: 4 },
  ];

  beforeAll(async () => {
    for (const c of cases)
      await programme.service.dataSource.query(
        `INSERT INTO deviation_cases (case_id, kpi_id, scope, period, value, threshold, phase, opened_at, updated_at, closed_at)
         VALUES ($1, $2, $3, $4, 40, '{"version":1,"bound":"upper","limit":30,"periodsToVerify":2}', $5, $6, $6, $7)`,
        [
          caseOf(c.scope, c.period),
          KPI,
          c.scope,
          c.period,
          c.phase,
          `2026-05-0${c.day}T00:00:00Z`,
          c.phase === 'closed' ? '2026-05-10T00:00:00Z' : null,
        ],
      );
  });

  const page = async (path: string, token = policyUnit) =>
    (await http().get(path).set('Authorization', token).expect(200)).body as {
      items: Record<string, unknown>[];
      total: number;
      page: number;
      pageSize: number;
    };

  it('pages the cases newest first with the total, and sorts by period', async () => {
    const first = await page(`/v1/deviation-cases?kpiId=${KPI}&pageSize=3`);
    expect(first.total).toBe(4);
    expect(first.items.map((item) => item.period)).toEqual(['2026-04', '2026-03', '2026-02']);
    const second = await page(`/v1/deviation-cases?kpiId=${KPI}&pageSize=3&page=2`);
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((item) => item.caseId)).toEqual([caseOf('national', '2026-01')]);
    const beyond = await page(`/v1/deviation-cases?kpiId=${KPI}&pageSize=3&page=3`);
    expect(beyond).toMatchObject({ items: [], total: 4 });
    const byPeriod = await page(`/v1/deviation-cases?kpiId=${KPI}&sort=period&order=asc`);
    expect(byPeriod.items.map((item) => item.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(byPeriod.items[0]).toMatchObject({ phase: 'closed', value: 40, threshold: { limit: 30 }, actions: [] });
  });

  it('narrows to the open ones, and a regional office to its region (another region is 403)', async () => {
    const open = await page(`/v1/deviation-cases?kpiId=${KPI}&status=open`);
    expect(open.items.map((item) => item.period)).toEqual(['2026-04', '2026-03', '2026-02']);
    const regional = await page(`/v1/deviation-cases?kpiId=${KPI}`, office);
    expect(regional.items.map((item) => item.scope)).toEqual([REGION]);
    await http().get(`/v1/deviation-cases?region=${OTHER}`).set('Authorization', office).expect(403);
    await http().get('/v1/deviation-cases').set('Authorization', validator).expect(403);
  });

  it('refuses a malformed page, sort or status naming the parameter', async () => {
    for (const [query, field] of [
      ['pageSize=201', 'pageSize'],
      ['page=0', 'page'],
      ['sort=kpi', 'sort'],
      ['status=pending', 'status'],
      ['limit=5', 'limit'],
    ]) {
      const answer = await http().get(`/v1/deviation-cases?${query}`).set('Authorization', policyUnit).expect(400);
      expect(answer.body.message).toContain(field);
    }
  });

  describe('pilot companies', () => {
    const pilotId = randomUUID();
    const otherPilot = randomUUID();
    const code = `PC-${randomBytes(3).toString('hex')}`;
    const taxpayer = (n: number) => `7${randomBytes(2).toString('hex')}${n}`;
    const [mine, reassigned, withdrawn, othersOwn, inOtherPilot, noOfficerYet, invited] = [1, 2, 3, 4, 5, 6, 7].map(
      taxpayer,
    );

    beforeAll(async () => {
      const db = programme.service.dataSource;
      for (const [id, suffix] of [
        [pilotId, 'A'],
        [otherPilot, 'B'],
      ])
        await db.query(
          `INSERT INTO pilots (id, code, title, status, starts_on, ends_on, max_companies, created_by)
           VALUES ($1, $2, $3, 'running', current_date, current_date + 180, 5, 'policy.unit.oyun')`,
          [id, `${code}-${suffix}`, `Pilot ${suffix}`],
        );
      await seedParticipants(db, pilotId, [
        { taxpayerId: mine, stage: 'accepted', region: REGION },
        { taxpayerId: reassigned, stage: 'accepted', region: REGION },
        { taxpayerId: withdrawn, stage: 'accepted', region: REGION },
        { taxpayerId: othersOwn, stage: 'accepted', region: OTHER },
        { taxpayerId: noOfficerYet, stage: 'accepted', region: REGION, operatorId: pilotId },
        { taxpayerId: invited, stage: 'invited', region: REGION },
      ]);
      await seedParticipants(db, otherPilot, [{ taxpayerId: inOtherPilot, stage: 'accepted', region: REGION }]);
      await db.query(`UPDATE pilot_participants SET stage = 'withdrawn' WHERE pilot_id = $1 AND taxpayer_id = $2`, [
        pilotId,
        withdrawn,
      ]);
      const assign = (
        pilot: string,
        taxpayerId: string,
        sequence: number,
        region: string,
        officerSub: string,
        at: string,
      ) =>
        db.query(
          `INSERT INTO pilot_contact_officers (pilot_id, taxpayer_id, sequence, company_name, region, officer_sub, assigned_by, assigned_at, reason)
           VALUES ($1, $2, $3, $4, $5, $6, 'policy.unit.oyun', $7, 'close to the company')`,
          [pilot, taxpayerId, sequence, `Company ${taxpayerId}`, region, officerSub, at],
        );
      await assign(pilotId, mine, 1, REGION, 'officer.bat', '2026-05-01T00:00:00Z');
      await assign(pilotId, reassigned, 1, REGION, 'officer.bat', '2026-05-02T00:00:00Z');
      await assign(pilotId, reassigned, 2, REGION, 'officer.saraa', '2026-05-03T00:00:00Z');
      await assign(pilotId, withdrawn, 1, REGION, 'officer.bat', '2026-05-04T00:00:00Z');
      await assign(pilotId, othersOwn, 1, OTHER, 'officer.tuya', '2026-05-05T00:00:00Z');
      await assign(otherPilot, inOtherPilot, 1, REGION, 'officer.bat', '2026-05-06T00:00:00Z');
    });

    it('gives a contact officer the companies they are in charge of now, across pilots (me), latest first', async () => {
      const own = await page('/v1/pilot-companies?contactOfficer=me', officer);
      expect(own.total).toBe(2);
      expect(own.items.map((item) => [item.taxpayerId, item.pilotCode])).toEqual([
        [inOtherPilot, `${code}-B`],
        [mine, `${code}-A`],
      ]);
      expect(own.items[1]).toMatchObject({
        pilotId,
        pilotTitle: 'Pilot A',
        pilotStatus: 'running',
        region: REGION,
        officerSub: 'officer.bat',
        companyName: `Company ${mine}`,
        sequence: 1,
      });
      const byPilot = await page(`/v1/pilot-companies?contactOfficer=me&pilotId=${pilotId}`, officer);
      expect(byPilot.items.map((item) => item.taxpayerId)).toEqual([mine]);
    });

    it('pages the pilots with the total, by code or start, narrowed by status', async () => {
      const byCode = await page(`/v1/pilot-overview?sort=code&order=asc&pageSize=200`);
      const ours = byCode.items.filter((item) => String(item.code).startsWith(code));
      expect(ours.map((item) => item.code)).toEqual([`${code}-A`, `${code}-B`]);
      expect(byCode.total).toBeGreaterThanOrEqual(2);
      const first = await page(`/v1/pilot-overview?status=running&pageSize=1`);
      expect(first).toMatchObject({ page: 1, pageSize: 1 });
      expect(first.items).toHaveLength(1);
      expect(first.total).toBe(byCode.items.filter((item) => item.status === 'running').length);
      const refused = await http().get('/v1/pilot-overview?sort=title').set('Authorization', policyUnit).expect(400);
      expect(refused.body.message).toContain('sort');
      await http().get('/v1/pilot-overview').set('Authorization', officer).expect(403);
    });

    it('lists the accepted companies that have no officer yet, first by default, alone with contactOfficer=none', async () => {
      const latestFirst = await page(`/v1/pilot-companies?pilotId=${pilotId}`);
      expect(latestFirst.total).toBe(4);
      expect(latestFirst.items[0]).toEqual({
        pilotId,
        pilotCode: `${code}-A`,
        pilotTitle: 'Pilot A',
        pilotStatus: 'running',
        taxpayerId: noOfficerYet,
        operatorId: pilotId,
        region: REGION,
        sequence: null,
        companyName: null,
        officerSub: null,
        officerName: null,
        assignedBy: null,
        assignedAt: null,
        reason: null,
      });
      const none = await page(`/v1/pilot-companies?contactOfficer=none`, office);
      expect(none.items.map((item) => item.taxpayerId)).toEqual([noOfficerYet]);
      expect(none.total).toBe(1);
    });

    it('lists every officer’s companies for the policy unit, a regional caller within its region only', async () => {
      const all = await page(`/v1/pilot-companies?pilotId=${pilotId}&sort=taxpayerId&order=asc`);
      expect(all.items.map((item) => [item.taxpayerId, item.officerSub])).toEqual(
        [
          [mine, 'officer.bat'],
          [reassigned, 'officer.saraa'],
          [othersOwn, 'officer.tuya'],
          [noOfficerYet, null],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      const regional = await page(`/v1/pilot-companies?pilotId=${pilotId}`, officer);
      expect(regional.items.map((item) => item.region)).toEqual([REGION, REGION, REGION]);
      await http().get(`/v1/pilot-companies?region=${OTHER}`).set('Authorization', officer).expect(403);
      await http().get('/v1/pilot-companies').set('Authorization', validator).expect(403);
      const refused = await http().get('/v1/pilot-companies?pilotId=7').set('Authorization', policyUnit).expect(400);
      expect(refused.body.message).toContain('pilotId');
    });
  });
});
