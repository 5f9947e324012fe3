import {
  differenceOf,
  figuresOf,
  measurementPoints,
  NO_DECLARATIONS,
  pooledCounts,
  shareOf,
  volumeBandOf,
  type WindowCounts,
  windowsOf,
} from './benefits-test-figures';

const counts = (overrides: Partial<WindowCounts> = {}): WindowCounts => ({ ...NO_DECLARATIONS, ...overrides });

describe('pilot benefits test arithmetic', () => {
  it('gives each rate over its sample, 6 decimals, and null (never 0/0) for an empty sample', () => {
    expect(
      figuresOf(
        counts({
          declarations: 3,
          documentary: 1,
          physical: 2,
          benefited: 0,
          priority: 3,
          meanDecisionSeconds: 61.23456,
          medianDecisionSeconds: 60,
        }),
      ),
    ).toEqual({
      declarations: 3,
      documentary: 1,
      physical: 2,
      benefited: 0,
      priority: 3,
      documentaryRate: 0.333333,
      physicalRate: 0.666667,
      benefitShare: 0,
      priorityShare: 1,
      decisionTime: { sample: 3, meanSeconds: 61.235, medianSeconds: 60 },
    });
    expect(figuresOf(counts())).toEqual({
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
    });
    expect(shareOf(0, 4)).toBe(0);
  });

  it('compares figure by figure, null where either side has no figure', () => {
    const after = figuresOf(
      counts({ declarations: 4, documentary: 1, benefited: 3, meanDecisionSeconds: 30, medianDecisionSeconds: 20 }),
    );
    const before = figuresOf(
      counts({ declarations: 2, documentary: 1, physical: 1, meanDecisionSeconds: 90, medianDecisionSeconds: 90 }),
    );
    expect(differenceOf(after, before)).toEqual({
      documentaryRate: -0.25,
      physicalRate: -0.5,
      benefitShare: 0.75,
      priorityShare: 0,
      meanDecisionSeconds: -60,
      medianDecisionSeconds: -70,
    });
    expect(differenceOf(after, figuresOf(counts()))).toEqual({
      documentaryRate: null,
      physicalRate: null,
      benefitShare: null,
      priorityShare: null,
      meanDecisionSeconds: null,
      medianDecisionSeconds: null,
    });
    expect(differenceOf(after, null).benefitShare).toBeNull();
    // 0.1 - 0.3 in binary floating point is -0.19999999999999998: rounded to the figures' 6 decimals.
    const tenth = figuresOf(counts({ declarations: 10, documentary: 1 }));
    const threeTenths = figuresOf(counts({ declarations: 10, documentary: 3 }));
    expect(differenceOf(tenth, threeTenths).documentaryRate).toBe(-0.2);
  });

  it('measures after the certification for the window, cut at the moment measured, and before over the same length', () => {
    const certifiedAt = new Date('2026-03-01T12:00:00.000Z');
    expect(windowsOf(certifiedAt, new Date('2026-12-01T00:00:00.000Z'), 90)).toEqual({
      days: 90,
      before: { from: new Date('2025-12-01T12:00:00.000Z'), to: certifiedAt },
      after: { from: certifiedAt, to: new Date('2026-05-30T12:00:00.000Z') },
    });
    // Ten and a half days after the certification: both windows are ten and a half days long.
    expect(windowsOf(certifiedAt, new Date('2026-03-12T00:00:00.000Z'), 90)).toEqual({
      days: 10.5,
      before: { from: new Date('2026-02-19T00:00:00.000Z'), to: certifiedAt },
      after: { from: certifiedAt, to: new Date('2026-03-12T00:00:00.000Z') },
    });
    expect(windowsOf(certifiedAt, new Date('2026-03-01T11:59:59.999Z'), 90)).toBeNull();
    expect(windowsOf(certifiedAt, certifiedAt, 90)?.days).toBe(0);
  });

  it('takes comparable traders from the company’s volume divided to multiplied by the factor, rounded inwards', () => {
    expect(volumeBandOf(10, 2)).toEqual({ min: 5, max: 20 });
    expect(volumeBandOf(3, 2)).toEqual({ min: 2, max: 6 });
    expect(volumeBandOf(1, 2)).toEqual({ min: 1, max: 2 });
    expect(volumeBandOf(7, 1.5)).toEqual({ min: 5, max: 10 });
    expect(volumeBandOf(6, 1)).toEqual({ min: 6, max: 6 });
    // 3 × 1.1 is 3.3000000000000003 and 3.3 / 1.1 is 2.9999999999999996 in floating point: still 3 and 3.
    expect(volumeBandOf(3, 1.1)).toEqual({ min: 3, max: 3 });
    expect(volumeBandOf(0, 2)).toEqual({ min: 1, max: 0 });
  });

  it('pools windows by adding their counts and weighting each mean time by its sample (no pooled median)', () => {
    expect(
      pooledCounts([
        counts({ declarations: 1, documentary: 1, priority: 1, meanDecisionSeconds: 10, medianDecisionSeconds: 10 }),
        counts({ declarations: 3, physical: 2, benefited: 1, meanDecisionSeconds: 50, medianDecisionSeconds: 40 }),
        counts(),
      ]),
    ).toEqual({
      declarations: 4,
      documentary: 1,
      physical: 2,
      benefited: 1,
      priority: 1,
      meanDecisionSeconds: 40,
      medianDecisionSeconds: null,
    });
    expect(pooledCounts([])).toEqual(counts());
  });

  it('measures at the end of each milestone due date passed, in due order, then now', () => {
    const now = new Date('2026-06-15T10:00:00.000Z');
    const points = measurementPoints(
      [
        { id: 'm2', title: 'Second', dueOn: '2026-05-31' },
        { id: 'm1', title: 'First', dueOn: '2026-04-30' },
        { id: 'today', title: 'Due today', dueOn: '2026-06-15' },
        { id: 'later', title: 'Later', dueOn: '2026-09-30' },
      ],
      now,
    );
    expect(points.map((point) => [point.asOf.toISOString(), point.milestone?.id ?? null])).toEqual([
      ['2026-05-01T00:00:00.000Z', 'm1'],
      ['2026-06-01T00:00:00.000Z', 'm2'],
      ['2026-06-15T10:00:00.000Z', null],
    ]);
  });
});
