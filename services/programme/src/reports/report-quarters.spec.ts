import { reportQuarter } from '@aeo/contracts';
import { previousQuarter, quarterBucket, quarterDays, quarterEnded, trendStart } from './report-quarters';

const UB = 'Asia/Ulaanbaatar';

describe('report quarters', () => {
  it('names a quarter by its first instant and the next quarter’s (UTC)', () => {
    expect(quarterBucket('2026-Q4', 'UTC')).toEqual({
      label: '2026-Q4',
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(quarterBucket('1900-Q1', 'UTC').start).toEqual(new Date('1900-01-01T00:00:00Z'));
  });

  it('takes the quarter that ended last for the schedule, at the turn of the year too', () => {
    expect(previousQuarter(new Date('2026-12-01T08:00:00Z'), 'UTC')).toBe('2026-Q3');
    expect(previousQuarter(new Date('2027-01-01T00:00:00Z'), 'UTC')).toBe('2026-Q4');
    expect(previousQuarter(new Date('2026-12-31T23:59:59.999Z'), 'UTC')).toBe('2026-Q3');
  });

  it('starts the trend five quarters before the report’s', () => {
    expect(trendStart(quarterBucket('2026-Q3', 'UTC'), 'UTC')).toEqual(new Date('2025-04-01T00:00:00Z'));
  });

  it('takes the quarters in the programme’s time zone (PROGRAMME_TIME_ZONE): Ulaanbaatar’s start at 16:00Z', () => {
    const q4 = quarterBucket('2026-Q4', UB);
    expect(q4).toEqual({
      label: '2026-Q4',
      start: new Date('2026-09-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
    // The KPI API's days (from, to exclusive) are days of the same zone.
    expect(quarterDays(q4, UB)).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(quarterDays(quarterBucket('2026-Q4', 'UTC'), 'UTC')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    // 1 January 2027 01:00 in Ulaanbaatar: 2026-Q4 has ended there, not yet in UTC.
    const newYear = new Date('2026-12-31T17:00:00Z');
    expect(previousQuarter(newYear, UB)).toBe('2026-Q4');
    expect(previousQuarter(newYear, 'UTC')).toBe('2026-Q3');
    expect(quarterEnded(q4, newYear, UB)).toBe(true);
    expect(quarterEnded(quarterBucket('2026-Q4', 'UTC'), newYear, 'UTC')).toBe(false);
    expect(trendStart(quarterBucket('2026-Q3', UB), UB)).toEqual(new Date('2025-03-31T16:00:00Z'));
  });

  it('refuses what is not a quarter of the years 1900 to 9999', () => {
    for (const quarter of ['2026-Q5', '2026-Q0', '1899-Q4', '0050-Q1', '2026Q1', ' 2026-Q1'])
      expect(reportQuarter.safeParse(quarter).success).toBe(false);
    expect(reportQuarter.safeParse('9999-Q4').success).toBe(true);
  });
});
