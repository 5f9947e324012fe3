import { ReportsActivities } from './reports.activities';
import type { ReportsService } from './reports.service';

/** A reports service that makes every scheduled report it is asked for, named after its quarter. */
const reports = {
  issueScheduled: async (quarter: string) => ({ id: `report-${quarter}` }),
} as unknown as ReportsService;

describe('the quarterly schedule’s activity', () => {
  it('reports on the quarter that ended last in the programme’s time zone', async () => {
    // 1 January 2027 01:00 in Ulaanbaatar, still 31 December in UTC.
    const now = '2026-12-31T17:00:00.000Z';
    const ulaanbaatar = new ReportsActivities(reports, { PROGRAMME_TIME_ZONE: 'Asia/Ulaanbaatar' });
    expect(await ulaanbaatar.issueQuarterlyReport({ now })).toEqual({ quarter: '2026-Q4', reportId: 'report-2026-Q4' });
    const utc = new ReportsActivities(reports, { PROGRAMME_TIME_ZONE: 'UTC' });
    expect(await utc.issueQuarterlyReport({ now })).toEqual({ quarter: '2026-Q3', reportId: 'report-2026-Q3' });
  });
});
