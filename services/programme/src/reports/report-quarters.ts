import { reportQuarter } from '@aeo/contracts';
import {
  bucketOf,
  dayOf,
  dayStart,
  nextPeriodStart,
  periodLabel,
  periodStart,
  type PeriodBucket,
} from '../kpis/periods';

/** Quarters in a report's trend chart: the report's own and the five before it. */
export const TREND_QUARTERS = 6;

/**
 * The first quarter a report can be asked for: the programme has no data before it, and a report
 * on an older quarter would only cost the rendering (POST /v1/reports answers 400 for one).
 */
export const FIRST_REPORT_QUARTER = '2000-Q1';

/**
 * The quarter named `2026-Q4` in `zone` (PROGRAMME_TIME_ZONE: the KPI periods' zone; Ulaanbaatar's
 * 2026-Q4 starts 2026-09-30T16:00Z); throws on any other text (the schemas check it before).
 */
export function quarterBucket(quarter: string, zone: string): PeriodBucket {
  const [year, q] = reportQuarter.parse(quarter).split('-Q').map(Number) as [number, number];
  const firstDay = `${String(year).padStart(4, '0')}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  return bucketOf(dayStart(firstDay, zone), 'quarter', zone);
}

/** The quarter's days as the KPI API takes them (`from`, `to` exclusive: days of `zone`). */
export const quarterDays = (quarter: PeriodBucket, zone: string) => ({
  from: dayOf(quarter.start, zone),
  to: dayOf(quarter.end, zone),
});

/** The quarter that ended last before `now` in `zone` (what the quarterly schedule reports on). */
export function previousQuarter(now: Date, zone: string): string {
  const current = periodStart(now, 'quarter', zone);
  return periodLabel(periodStart(new Date(current.getTime() - 1), 'quarter', zone), 'quarter', zone);
}

/** The first instant of the trend: `TREND_QUARTERS - 1` quarters (of `zone`) before the report's. */
export function trendStart(quarter: PeriodBucket, zone: string): Date {
  let start = quarter.start;
  for (let i = 1; i < TREND_QUARTERS; i++) start = periodStart(new Date(start.getTime() - 1), 'quarter', zone);
  return start;
}

/** Whether the quarter has ended at `now` (a report on a running quarter is allowed, but marked). */
export const quarterEnded = (quarter: PeriodBucket, now: Date, zone: string) =>
  nextPeriodStart(quarter.start, 'quarter', zone) <= now;
