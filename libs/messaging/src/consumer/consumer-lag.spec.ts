import { positionOf, recordsBehind } from './consumer-lag';

describe('a fresh group’s lag in a partition', () => {
  it('counts from the log start when nothing is committed (-1)', () => {
    expect(recordsBehind('-1', { low: 0n, high: 5n })).toBe(5n);
    expect(positionOf('-1', { low: 0n, high: 5n })).toBe(0n);
  });

  it('is nothing when every record the partition had is past its retention (log start = end)', () => {
    // The stop's CI: one dead letter with a 1970s timestamp, alone in its partition, expired; the
    // fresh group had nothing to read, never committed, and the recompute waited for it for ever.
    expect(recordsBehind('-1', { low: 1n, high: 1n })).toBe(0n);
  });

  it('counts only the records still held when some expired', () => {
    expect(recordsBehind('-1', { low: 3n, high: 10n })).toBe(7n);
    expect(recordsBehind('2', { low: 3n, high: 10n })).toBe(7n);
    expect(recordsBehind('6', { low: 3n, high: 10n })).toBe(4n);
  });

  it('is nothing at or past the end the recompute began with', () => {
    expect(recordsBehind('10', { low: 0n, high: 10n })).toBe(0n);
    expect(recordsBehind('12', { low: 0n, high: 10n })).toBe(0n);
  });
});
