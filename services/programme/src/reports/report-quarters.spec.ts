import { reportQuarter } from '@aeo/contracts';
import { previousQuarter, quarterBucket, trendStart } from './report-quarters';

describe('report quarters', () => {
  it('names a quarter by its first instant and the next quarter’s (UTC)', () => {
    expect(quarterBucket('2026-Q4')).toEqual({
      label: '2026-Q4',
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(quarterBucket('1900-Q1').start).toEqual(new Date('1900-01-01T00:00:00Z'));
  });

  it('takes the quarter that ended last for the schedule, at the turn of the year too', () => {
    expect(previousQuarter(new Date('2026-12-01T08:00:00Z'))).toBe('2026-Q3');
    expect(previousQuarter(new Date('2027-01-01T00:00:00Z'))).toBe('2026-Q4');
    expect(previousQuarter(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-Q3');
  });

  it('starts the trend five quarters before the report’s', () => {
    expect(trendStart(quarterBucket('2026-Q3'))).toEqual(new Date('2025-04-01T00:00:00Z'));
  });

  it('refuses what is not a quarter of the years 1900 to 9999', () => {
    for (const quarter of ['2026-Q5', '2026-Q0', '1899-Q4', '0050-Q1', '2026Q1', ' 2026-Q1'])
      expect(reportQuarter.safeParse(quarter).success).toBe(false);
    expect(reportQuarter.safeParse('9999-Q4').success).toBe(true);
  });
});
