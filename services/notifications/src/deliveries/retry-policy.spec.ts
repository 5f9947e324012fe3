import { retryDelayMs } from './retry-policy';

describe('retry delay', () => {
  it('doubles with each failed attempt between half and all of the ceiling', () => {
    const low = [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, 60_000, () => 0));
    const high = [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, 60_000, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000]);
    expect(high).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceeds the maximum', () => {
    expect(retryDelayMs(30, 30_000, 3_600_000, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(30, 30_000, 3_600_000, () => 0)).toBe(1_800_000);
  });

  it('spreads deliveries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, 1000, 60_000)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2000);
  });
});
