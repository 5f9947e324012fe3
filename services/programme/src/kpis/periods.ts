/** The periods a KPI is reported for: ISO weeks (Monday to Sunday), calendar months and quarters, in UTC. */
export const PERIODS = ['week', 'month', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodBucket {
  /** '2026-W53', '2026-12', '2026-Q4'. */
  label: string;
  /** First instant of the period (inclusive). */
  start: Date;
  /** First instant of the next period (exclusive). */
  end: Date;
}

const DAY_MS = 86_400_000;

/** The first instant (UTC) of the period holding `at`; the same bucket as PostgreSQL's `date_trunc(period, at, 'UTC')`. */
export function periodStart(at: Date, period: Period): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (period === 'month') return new Date(Date.UTC(year, month, 1));
  if (period === 'quarter') return new Date(Date.UTC(year, month - (month % 3), 1));
  const day = Date.UTC(year, month, at.getUTCDate());
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  return new Date(day - ((at.getUTCDay() + 6) % 7) * DAY_MS);
}

/** The first instant of the period after the one starting at `start`. */
export function nextPeriodStart(start: Date, period: Period): Date {
  if (period === 'week') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (period === 'month' ? 1 : 3), 1));
}

/** The ISO 8601 week-numbering year and week of a Monday (week 1 holds the year's first Thursday). */
function isoWeek(monday: Date): { year: number; week: number } {
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** The period's name: `2026-W01` (ISO week-numbering year), `2026-01`, `2026-Q1`. */
export function periodLabel(start: Date, period: Period): string {
  if (period === 'week') {
    const { year, week } = isoWeek(start);
    return `${year}-W${String(week).padStart(2, '0')}`;
  }
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  return period === 'month' ? `${year}-${String(month + 1).padStart(2, '0')}` : `${year}-Q${Math.floor(month / 3) + 1}`;
}

/** The bucket holding `at`. */
export function bucketOf(at: Date, period: Period): PeriodBucket {
  const start = periodStart(at, period);
  return { label: periodLabel(start, period), start, end: nextPeriodStart(start, period) };
}

/**
 * Every period overlapping [from, to), oldest first, the first one starting at or before `from`
 * (so a figure is always for a whole period). At most `limit` (a query's bound); more throws.
 */
export function periodsBetween(from: Date, to: Date, period: Period, limit = 520): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  for (let start = periodStart(from, period); start < to; start = nextPeriodStart(start, period)) {
    if (buckets.length === limit)
      throw new RangeError(`more than ${limit} ${period}s between ${from.toISOString()} and ${to.toISOString()}`);
    buckets.push({ label: periodLabel(start, period), start, end: nextPeriodStart(start, period) });
  }
  return buckets;
}
