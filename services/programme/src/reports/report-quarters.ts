import { reportQuarter } from '@aeo/contracts';
import { bucketOf, nextPeriodStart, periodLabel, periodStart, type PeriodBucket } from '../kpis/periods';

/** Quarters in a report's trend chart: the report's own and the five before it. */
export const TREND_QUARTERS = 6;

/**
 * The first quarter a report can be asked for: the programme has no data before it, and a report
 * on an older quarter would only cost the rendering (POST /v1/reports answers 400 for one).
 */
export const FIRST_REPORT_QUARTER = '2000-Q1';

/** The quarter named `2026-Q4` (UTC); throws on any other text (the schemas check it before). */
export function quarterBucket(quarter: string): PeriodBucket {
  const [year, q] = reportQuarter.parse(quarter).split('-Q').map(Number) as [number, number];
  return bucketOf(new Date(Date.UTC(year, (q - 1) * 3, 1)), 'quarter');
}

/** The quarter that ended last before `now` (what the quarterly schedule reports on). */
export function previousQuarter(now: Date): string {
  const current = periodStart(now, 'quarter');
  return periodLabel(periodStart(new Date(current.getTime() - 1), 'quarter'), 'quarter');
}

/** The first instant of the trend: `TREND_QUARTERS - 1` quarters before the report's. */
export function trendStart(quarter: PeriodBucket): Date {
  let start = quarter.start;
  for (let i = 1; i < TREND_QUARTERS; i++) start = periodStart(new Date(start.getTime() - 1), 'quarter');
  return start;
}

/** Whether the quarter has ended at `now` (a report on a running quarter is allowed, but marked). */
export const quarterEnded = (quarter: PeriodBucket, now: Date) => nextPeriodStart(quarter.start, 'quarter') <= now;
