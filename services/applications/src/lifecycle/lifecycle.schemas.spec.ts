import { CHANGE_KINDS } from '@aeo/contracts';
import { latestChangeDate, reportedChangeBodySchema } from './lifecycle.schemas';

describe('a reported change’s effectiveDate', () => {
  const change = (effectiveDate: string) =>
    reportedChangeBodySchema.safeParse({
      kind: CHANGE_KINDS[0],
      description: 'The company moved its warehouse',
      effectiveDate,
    });
  const issues = (effectiveDate: string) => change(effectiveDate).error?.issues.map((issue) => issue.message) ?? [];

  afterEach(() => jest.useRealTimers());

  it('takes the day a year after a Mongolian holder’s today at its local midnight (UTC+8; still the day before in UTC)', () => {
    // 2026-12-04 00:00 in Ulaanbaatar.
    jest.useFakeTimers({ now: new Date('2026-12-03T16:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    expect(issues('2027-12-04')).toEqual([]);
    expect(issues('2027-12-05')).toEqual([
      'must be at most a year ahead (2027-12-04 at the latest); report a change nearer its date',
    ]);
  });

  it('is bounded by today’s date where it is latest (UTC+14), in the past without bound', () => {
    expect(latestChangeDate(new Date('2026-12-03T09:59:59Z'))).toBe('2027-12-03');
    expect(latestChangeDate(new Date('2026-12-03T10:00:00Z'))).toBe('2027-12-04');
    expect(issues('1990-01-01')).toEqual([]);
    expect(issues('9999-12-31')).toHaveLength(1);
  });
});
