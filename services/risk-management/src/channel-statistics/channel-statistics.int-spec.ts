import { randomBytes, randomUUID } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import type { ConsumedEvent } from '@aeo/messaging';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { bearer } from '@aeo/testing';
import { ChannelDecisionsService } from '../channel-decisions/channel-decisions.service';
import { consumedDeclaration, lodgedDeclaration, type LodgedDeclaration } from '../testing/declarations';
import { startRiskManagement } from '../testing/start-risk-management';

jest.setTimeout(120_000);

const run = randomBytes(3).toString('hex').toUpperCase();
const region = `STATS_${run}`;
const aeoTrader = `SA${run}`;
const plainTrader = `SP${run}`;
const partlySuspended = `SS${run}`;
const executive = bearer({ sub: 'exec-1', roles: [ROLES.executive] });

function lodged(trader: string, index: number, chapter: string): ConsumedEvent<LodgedDeclaration> {
  const declaration = lodgedDeclaration(trader, `ST${run}-${trader}-${index}`, {
    customsOffice: 'ST-01',
    region,
    customsValue: 20_000_000,
    duties: 1_000_000,
    goodsLines: 2,
    commodityChapters: [chapter],
  });
  return consumedDeclaration(declaration, '/aeo/test/channel-statistics', index);
}

describe('channel statistics API: control rates by AEO status (real PostgreSQL)', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    // Topics of the file's own: the consumers do not wade through the shared topics from their start,
    // and the decisions' events reach no platform on the same Kafka.
    service = await startRiskManagement([region], { ownTopics: true });
    await service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, $2, $3, 'AEOF', 'granted', now() - interval '400 days', true, now())`,
      [aeoTrader, randomUUID(), `MN-AEOF-ST-${run}`],
    );
    // An AEOF whose security part is suspended keeps only the customs part: it counts as AEOC.
    await service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, suspended_scope, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, $2, $3, 'AEOF', 'suspended', 'security', now() - interval '400 days', true, now())`,
      [partlySuspended, randomUUID(), `MN-AEOF-SS-${run}`],
    );
    // The AEO declares ordinary goods; half of the other trader's declarations carry a high-risk
    // chapter (always red), so its control rate is at least a half whatever the random draws.
    const decisions = service.app.get(ChannelDecisionsService);
    await service.dataSource.transaction((manager) =>
      decisions.decideBatch(manager, [
        ...Array.from({ length: 20 }, (_, i) => lodged(aeoTrader, i, '84')),
        ...Array.from({ length: 10 }, (_, i) => lodged(plainTrader, i, i % 2 === 0 ? '93' : '84')),
        ...Array.from({ length: 4 }, (_, i) => lodged(partlySuspended, i, '84')),
      ]),
    );
    // A decision made before the status and region were recorded with decisions (migration 340).
    await service.dataSource.query(
      `INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, decided_at)
       VALUES ($1, $2, $3, 'green', 20, '[]', '[]', '{}', false, false, 'old', $4, now())`,
      [randomUUID(), `ST${run}-old`, plainTrader, randomUUID()],
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  it('counts each decision under the AEO status in force and compares the control rates', async () => {
    const { body } = await service.http
      .get(`/v1/channel-statistics?region=${region}`)
      .set('Authorization', executive)
      .expect(200);
    const rows: { aeo: string | null; channel: string; n: number }[] = await service.dataSource.query(
      `SELECT aeo_status_type AS aeo, channel, count(*)::int AS n FROM channel_decisions WHERE region = $1 GROUP BY 1, 2`,
      [region],
    );
    const count = (aeo: string | null, channel: string) =>
      rows.find((row) => row.aeo === aeo && row.channel === channel)?.n ?? 0;
    const today = new Date().toISOString().slice(0, 10);

    expect(body).toMatchObject({ to: today, region, all: { declarations: 34 } });
    const aeof = body.byAeoStatus.find((group: { aeoStatus: string }) => group.aeoStatus === 'AEOF');
    const none = body.byAeoStatus.find((group: { aeoStatus: string }) => group.aeoStatus === 'none');
    expect(body.byAeoStatus.map((group: { aeoStatus: string }) => group.aeoStatus)).toEqual([
      'AEOC',
      'AEOS',
      'AEOF',
      'none',
    ]);
    expect(aeof).toMatchObject({
      declarations: 20,
      channels: { green: count('AEOF', 'green'), yellow: count('AEOF', 'yellow'), red: count('AEOF', 'red') },
    });
    expect(body.byAeoStatus.find((group: { aeoStatus: string }) => group.aeoStatus === 'AEOC')).toMatchObject({
      declarations: 4,
    });
    expect(count('AEOC', 'green') + count('AEOC', 'yellow') + count('AEOC', 'red')).toBe(4);
    expect(none).toMatchObject({
      declarations: 10,
      channels: { green: count(null, 'green'), yellow: count(null, 'yellow'), red: count(null, 'red') },
    });
    expect(none.channels.red).toBeGreaterThanOrEqual(5);
    expect(none.rates.controlled).toBeGreaterThanOrEqual(0.5);
    expect(aeof.rates.controlled).toBeCloseTo((aeof.channels.yellow + aeof.channels.red) / 20, 4);
    const aeocControlled = count('AEOC', 'yellow') + count('AEOC', 'red');
    expect(body.aeoBenefit.aeoControlledRate).toBeCloseTo(
      (aeof.channels.yellow + aeof.channels.red + aeocControlled) / 24,
      4,
    );
    expect(body.aeoBenefit.otherControlledRate).toBe(none.rates.controlled);
    expect(body.aeoBenefit.relativeControlledRate).toBeLessThan(1);
    // Decisions without the recorded facts are counted apart, with or without a region.
    expect(body.notRecorded).toBeGreaterThanOrEqual(1);
    const national = await service.http.get('/v1/channel-statistics').set('Authorization', executive).expect(200);
    expect(national.body.notRecorded).toBeGreaterThanOrEqual(1);
    expect(national.body.region).toBeNull();
  });

  it('keeps a regional office to its region', async () => {
    const own = bearer({ sub: 'ro-stats', roles: [ROLES.regionalOffice], region });
    const mine = await service.http.get('/v1/channel-statistics').set('Authorization', own).expect(200);
    expect(mine.body).toMatchObject({ region, all: { declarations: 34 } });
    const other = bearer({ sub: 'ro-other', roles: [ROLES.regionalOffice], region: 'DORNOD' });
    const refused = await service.http
      .get(`/v1/channel-statistics?region=${region}`)
      .set('Authorization', other)
      .expect(403);
    expect(refused.body.message).toContain(`Region ${region} is outside your scope`);
    await service.http
      .get('/v1/channel-statistics')
      .set('Authorization', bearer({ sub: 'op', roles: [ROLES.operatorUser], taxpayerId: aeoTrader }))
      .expect(403);
    await service.http.get('/v1/channel-statistics').expect(401);
  });

  it('names the field of a bad period', async () => {
    const reversed = await service.http
      .get('/v1/channel-statistics?from=2026-11-02&to=2026-11-01')
      .set('Authorization', executive)
      .expect(400);
    expect(reversed.body.message).toMatch(/from: must not be after to \(2026-11-01\)/);
    const long = await service.http
      .get('/v1/channel-statistics?from=2020-01-01&to=2026-11-01')
      .set('Authorization', executive)
      .expect(400);
    expect(long.body.message).toMatch(/from: the period may cover at most 1096 days/);
    const bad = await service.http
      .get('/v1/channel-statistics?to=yesterday')
      .set('Authorization', executive)
      .expect(400);
    expect(bad.body.message).toMatch(/to: must be a date/);
    const unknown = await service.http
      .get('/v1/channel-statistics?office=UB')
      .set('Authorization', executive)
      .expect(400);
    expect(unknown.body.message).toBe('query: Unrecognized key "office"');
    // A well-formed code of no customs region would count nothing and look like a quiet region.
    for (const token of [executive, bearer({ sub: 'ro-stats', roles: [ROLES.regionalOffice], region })]) {
      const mars = await service.http.get('/v1/channel-statistics?region=MARS').set('Authorization', token).expect(400);
      expect(mars.body.message).toMatch(/^region: MARS is not a customs region of the programme \(ULAANBAATAR, /);
    }
    // Year 0 is not a date PostgreSQL stores (22008): refused as input, not a 500.
    const yearZero = await service.http
      .get('/v1/channel-statistics?from=0000-01-01&to=0000-12-31')
      .set('Authorization', executive)
      .expect(400);
    expect(yearZero.body.issues).toEqual([
      'from: year must be between 1900 and 9999',
      'to: year must be between 1900 and 9999',
    ]);
    const repeated = await service.http
      .get('/v1/channel-statistics?to=2026-11-01&to=2026-11-02')
      .set('Authorization', executive)
      .expect(400);
    expect(repeated.body.message).toBe('to: the parameter is repeated; give it once');
  });
});
