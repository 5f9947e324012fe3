import { randomInt } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';
import { startRiskManagement } from '../testing/start-risk-management';
import { PilotCandidatesActivities } from './pilot-candidates.activities';

jest.setTimeout(60_000);

describe('pilot candidate ranking API (real PostgreSQL)', () => {
  let service: ServiceUnderTest;
  const base = randomInt(1_000_000, 8_000_000);
  const [large, valuable, infringer, small] = [0, 1, 2, 3].map((i) => String(base + i));
  const policy = bearer({ sub: 'policy-1', roles: [ROLES.policyUnit] });

  beforeAll(async () => {
    service = await startRiskManagement([], { ownTopics: true });
    // Volumes far above any other test traffic, so these traders lead the ranking.
    const rows: [string, number, number, number][] = [
      [large, 9_000_000, 1e14, 1e13],
      [valuable, 1_000_000, 9e14, 9e13],
      [infringer, 20_000_000, 2e15, 2e14],
      [small, 10, 1e6, 1e5],
    ];
    for (const [taxpayerId, declarations, value, duties] of rows) {
      await service.dataSource.query(
        `INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties) VALUES ($1, current_date - 10, $2, $3, $4)`,
        [taxpayerId, declarations, value, duties],
      );
    }
    // A grant that takes effect in 30 days: not an AEO yet.
    await service.dataSource.query(
      `INSERT INTO aeo_status (taxpayer_id, operator_id, authorisation_number, status_type, status, effective_from, consent_to_mra_sharing, last_event_at)
       VALUES ($1, gen_random_uuid(), $2, 'AEOF', 'granted', now() + interval '30 days', true, now())`,
      [valuable, `MN-AEOF-PC-${base}`],
    );
    await service.dataSource.query(
      `INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description) VALUES ($1, $2, 'infringement', 'serious', now() - interval '200 days', 'test', 'Undervaluation')`,
      [`cmp-${base}`, infringer],
    );
  });

  afterAll(async () => {
    await service?.close();
  });

  it('ranks by the weights given, excludes serious infringers, and explains each candidate', async () => {
    const byValue = await service.http
      .get('/v1/pilot-candidates?limit=2&weightVolume=0&weightValue=1&weightRevenue=0')
      .set('Authorization', policy)
      .expect(200);
    expect(byValue.body.candidates.map((c: { taxpayerId: string }) => c.taxpayerId)).toEqual([valuable, large]);
    expect(byValue.body.excluded).toContainEqual({
      taxpayerId: infringer,
      reason: '1 serious or critical infringement(s) in the exclusion window',
    });
    expect(byValue.body.candidates[0].reasons).toEqual(
      expect.arrayContaining(['no serious or critical infringements in the exclusion window']),
    );
    // Its grant is not in force yet: said with the day, and not called an AEO already.
    const effective = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(byValue.body.candidates[0].aeoStatus).toBe(`AEOF granted, effective from ${effective}`);
    expect(byValue.body.candidates[0].reasons).toContain(
      `AEO from ${effective}, not yet in force (AEOF granted, effective from ${effective})`,
    );
    expect(byValue.body.candidates[1].aeoStatus).toBeNull();

    const byVolume = await service.http
      .get('/v1/pilot-candidates?limit=1&weightVolume=1&weightValue=0&weightRevenue=0')
      .set('Authorization', policy)
      .expect(200);
    expect(byVolume.body.candidates[0]).toMatchObject({ rank: 1, taxpayerId: large });
  });

  it('answers the programme’s shortlist workflow with the same ranking as the API, as an activity', async () => {
    const activities = service.app.get(PilotCandidatesActivities);
    const ranked = await activities.rankPilotCandidates({
      limit: 2,
      windowDays: 365,
      exclusionYears: 3,
      weights: { volume: 0, value: 1, revenue: 0 },
    });
    const answered = await service.http
      .get('/v1/pilot-candidates?limit=2&weightVolume=0&weightValue=1&weightRevenue=0')
      .set('Authorization', policy)
      .expect(200);
    // The comparison keeps what is this spec's own (each candidate's rank and own totals, the weights,
    // this spec's infringer): the traders considered, every share of the totals and the others'
    // exclusions could move between the two calls were anything else folded meanwhile.
    const stable = ({ candidates, excluded, weights }: typeof ranked) => ({
      weights,
      candidates: candidates.map(({ rank, taxpayerId, totals }) => ({ rank, taxpayerId, totals })),
      excluded: excluded.filter((entry) => entry.taxpayerId === infringer),
    });
    expect(stable(ranked)).toEqual(stable(answered.body as typeof ranked));
    expect(ranked.candidates.map((c) => c.taxpayerId)).toEqual([valuable, large]);
    await expect(
      activities.rankPilotCandidates({
        limit: 2,
        windowDays: 0,
        exclusionYears: 3,
        weights: { volume: 1, value: 0, revenue: 0 },
      }),
    ).rejects.toMatchObject({ type: 'InvalidWorkflowInput', message: expect.stringMatching(/^windowDays: /) });
  });

  it('rejects bad weights naming the field, and callers without a policy role', async () => {
    const bad = await service.http.get('/v1/pilot-candidates?weightValue=-1').set('Authorization', policy).expect(400);
    expect(bad.body.message).toMatch(/^weightValue: /);
    const zero = await service.http
      .get('/v1/pilot-candidates?weightVolume=0&weightValue=0&weightRevenue=0')
      .set('Authorization', policy)
      .expect(400);
    expect(zero.body.message).toMatch(/weight must be positive/);
    await service.http
      .get('/v1/pilot-candidates')
      .set('Authorization', bearer({ sub: 'v', roles: [ROLES.validator], region: 'DARKHAN' }))
      .expect(403);
    await service.http.get('/v1/pilot-candidates').expect(401);
  });
});
