import { unstoredOffsets } from './decision-changelog.lag';

describe("the write-behind's lag on a changelog partition", () => {
  it('is the last stable offset minus the stored position when the group has committed nothing', () => {
    expect(unstoredOffsets(120n, 100n, undefined)).toBe(20);
    expect(unstoredOffsets(120n, undefined, undefined)).toBe(120);
  });

  it("is 0 once the group's commit has moved past the transaction's commit marker", () => {
    // Records 0..9 in one transaction, its commit marker at 10: the last stable offset is 11,
    // the stored position 10 (after the last record), the group's committed offset 11.
    expect(unstoredOffsets(11n, 10n, undefined)).toBe(1);
    expect(unstoredOffsets(11n, 10n, 11n)).toBe(0);
  });

  it('is 0 after an aborted transaction, which stores nothing and is passed by the commit', () => {
    // Stored up to 10; an aborted transaction wrote 10..19 and its abort marker at 20.
    expect(unstoredOffsets(21n, 10n, 21n)).toBe(0);
  });

  it('takes the stored position when it is ahead of the commit (the commit comes after the store)', () => {
    expect(unstoredOffsets(50n, 50n, 30n)).toBe(0);
    expect(unstoredOffsets(50n, 45n, 30n)).toBe(5);
  });

  it('counts from the first offset kept: what retention deleted is no lag', () => {
    // Nothing stored or committed yet; offsets below 900 deleted by retention.
    expect(unstoredOffsets(1000n, undefined, undefined, 900n)).toBe(100);
    expect(unstoredOffsets(1000n, 950n, undefined, 900n)).toBe(50);
  });

  it('is never negative', () => {
    expect(unstoredOffsets(0n, 5n, 7n)).toBe(0);
  });
});
