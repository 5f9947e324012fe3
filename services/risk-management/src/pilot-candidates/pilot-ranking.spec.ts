import { rankPilotCandidates, TraderActivity } from './pilot-ranking';

const trader = (
  taxpayerId: string,
  declarations: number,
  customsValue: number,
  duties: number,
  seriousInfringements = 0,
): TraderActivity => ({
  taxpayerId,
  declarations,
  customsValue,
  duties,
  seriousInfringements,
  aeoStatus: null,
});

describe('pilot candidate ranking', () => {
  const activity = [
    trader('1000001', 500, 1e9, 1e8),
    trader('1000002', 100, 5e9, 5e8),
    trader('1000003', 900, 1e8, 1e7),
    trader('1000004', 2000, 9e9, 9e8, 1),
  ];

  it('excludes traders with serious infringements, with the reason', () => {
    const ranking = rankPilotCandidates(activity, { volume: 1, value: 1, revenue: 1 }, 10);
    expect(ranking.candidates.map((c) => c.taxpayerId)).not.toContain('1000004');
    expect(ranking.excluded).toEqual([
      { taxpayerId: '1000004', reason: '1 serious or critical infringement(s) in the exclusion window' },
    ]);
  });

  it('follows the weights: volume alone favours many declarations, value alone favours customs value', () => {
    expect(rankPilotCandidates(activity, { volume: 1, value: 0, revenue: 0 }, 1).candidates[0].taxpayerId).toBe(
      '1000003',
    );
    expect(rankPilotCandidates(activity, { volume: 0, value: 1, revenue: 0 }, 1).candidates[0].taxpayerId).toBe(
      '1000002',
    );
  });

  it('explains each candidate with its shares and limits the list', () => {
    const ranking = rankPilotCandidates(activity, { volume: 1, value: 1, revenue: 1 }, 2);
    expect(ranking.candidates).toHaveLength(2);
    expect(ranking.candidates[0].rank).toBe(1);
    expect(ranking.candidates[0].reasons[0]).toMatch(/% of declarations \(\d+\)$/);
    expect(ranking.tradersConsidered).toBe(4);
  });

  it('says when an AEO status is not in force yet, and does not call such a trader an AEO already', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const past = new Date('2025-06-01T08:00:00Z');
    const ranking = rankPilotCandidates(
      [
        {
          ...trader('1000005', 10, 1e6, 1e5),
          aeoStatus: 'AEOF granted',
          aeoEffectiveFrom: new Date('2027-01-15T03:00:00Z'),
        },
        { ...trader('1000006', 10, 1e6, 1e5), aeoStatus: 'AEOC granted', aeoEffectiveFrom: past },
        {
          ...trader('1000007', 10, 1e6, 1e5),
          aeoStatus: 'AEOS revoked',
          aeoEffectiveFrom: past,
          aeoStatusEffectiveFrom: new Date('2027-02-01T00:00:00Z'),
        },
        {
          ...trader('1000008', 10, 1e6, 1e5),
          aeoStatus: 'AEOC surrendered',
          aeoEffectiveFrom: past,
          aeoStatusEffectiveFrom: new Date('2026-03-01T00:00:00Z'),
        },
        // Suspended and reinstated before its grant took effect: its status is in force, the grant is not.
        {
          ...trader('1000009', 10, 1e6, 1e5),
          aeoStatus: 'AEOF granted',
          aeoEffectiveFrom: new Date('2027-01-20T00:00:00Z'),
          aeoStatusEffectiveFrom: new Date('2026-12-01T00:00:00Z'),
        },
        // Revoked before its grant ever took effect.
        {
          ...trader('1000010', 10, 1e6, 1e5),
          aeoStatus: 'AEOS revoked',
          aeoEffectiveFrom: new Date('2027-01-20T00:00:00Z'),
          aeoStatusEffectiveFrom: new Date('2026-12-01T00:00:00Z'),
        },
      ],
      { volume: 1, value: 1, revenue: 1 },
      10,
      now,
    );
    const of = (id: string) => ranking.candidates.find((c) => c.taxpayerId === id)!;
    expect(of('1000005').aeoStatus).toBe('AEOF granted, effective from 2027-01-15');
    expect(of('1000005').reasons.at(-1)).toBe(
      'AEO from 2027-01-15, not yet in force (AEOF granted, effective from 2027-01-15)',
    );
    expect(of('1000006').aeoStatus).toBe('AEOC granted');
    expect(of('1000006').reasons.at(-1)).toBe('already AEO (AEOC granted)');
    // A revocation that takes effect later: an AEO until then.
    expect(of('1000007').reasons.at(-1)).toBe('AEO until 2027-02-01 (AEOS revoked, effective from 2027-02-01)');
    expect(of('1000008').reasons.at(-1)).toBe('former AEO (AEOC surrendered)');
    expect(of('1000009').reasons.at(-1)).toBe(
      'AEO from 2027-01-20, not yet in force (AEOF granted, effective from 2027-01-20)',
    );
    expect(of('1000010').reasons.at(-1)).toBe('not an AEO (AEOS revoked before taking effect)');
  });

  it('refuses weights that are all zero', () => {
    expect(() => rankPilotCandidates(activity, { volume: 0, value: 0, revenue: 0 }, 5)).toThrow(RangeError);
  });
});
