import { percentile } from './percentile';

describe('percentile (linear interpolation between ranks, as percentile_cont)', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(percentile([3, 5, 40], 0.5)).toBe(5);
    expect(percentile([3, 5, 7, 40], 0.5)).toBe(6);
  });

  it('interpolates the 90th percentile between the two nearest ranks', () => {
    // Rank 0.9 × (5 − 1) = 3.6: 40 + 0.6 × (100 − 40).
    expect(percentile([10, 20, 30, 40, 100], 0.9)).toBeCloseTo(76, 10);
    // Ten values 1…10: rank 8.1 → 9 + 0.1 × 1.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
  });

  it('answers the value itself for one value, the ends for 0 and 1, and null for none', () => {
    expect(percentile([42], 0.9)).toBe(42);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 1)).toBe(3);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('refuses a percentile outside [0, 1]', () => {
    expect(() => percentile([1], 1.5)).toThrow('between 0 and 1');
    expect(() => percentile([1], Number.NaN)).toThrow('between 0 and 1');
  });
});
