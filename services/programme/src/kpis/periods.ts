import { isIanaTimeZone } from '@aeo/config';

/**
 * The periods a KPI is reported for: ISO weeks (Monday to Sunday), calendar months and quarters,
 * in the programme's time zone (PROGRAMME_TIME_ZONE, an IANA name; UTC by default): a declaration
 * lodged 2026-03-31T20:00Z is in April in Asia/Ulaanbaatar (UTC+8).
 */
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

export const DEFAULT_TIME_ZONE = 'UTC';

const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is a time zone name Intl (and so this module) knows (`+08:00` is refused). */
export const isTimeZone = isIanaTimeZone;

function formatOf(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The UTC offset (ms) of `zone` at the instant `ms`, from Intl (to the second). */
function exactOffset(ms: number, zone: string): number {
  const field: Record<string, number> = {};
  for (const part of formatOf(zone).formatToParts(ms))
    if (part.type !== 'literal') field[part.type] = Number(part.value);
  const wall = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!, field.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Per zone and UTC day: its offset through the whole day, or null on a day it changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();
const DAYS_KEPT = 100_000;

/**
 * The UTC offset (ms) of `zone` at `ms`. Intl is slow (a recompute buckets every KPI over years
 * of periods): a day whose offset is the same at its first and last second is taken to keep it
 * throughout (no zone changes and changes back within a day), so Intl is asked twice per day.
 */
function offsetAt(ms: number, zone: string): number {
  let days = dayOffsets.get(zone);
  if (!days) dayOffsets.set(zone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = exactOffset(day * DAY_MS, zone);
    offset = first === exactOffset((day + 1) * DAY_MS - 1000, zone) ? first : null;
    if (days.size >= DAYS_KEPT) days.clear();
    days.set(day, offset);
  }
  return offset ?? exactOffset(ms, zone);
}

/**
 * The wall-clock time in `zone` at `at`, written as if it were UTC (`Date.UTC` of its fields,
 * milliseconds kept): calendar arithmetic is done on it with the UTC getters.
 */
function wallClock(at: Date, zone: string): number {
  const ms = at.getTime();
  return zone === DEFAULT_TIME_ZONE ? ms : ms + offsetAt(ms, zone);
}

/**
 * The instant whose wall-clock time in `zone` is `wall` (see wallClock), as PostgreSQL resolves
 * it (`timestamp AT TIME ZONE`, and `date_trunc` in a zone): a wall-clock time a daylight-saving
 * change skips is taken with the offset before the change (later by the gap); one it repeats (the
 * clocks put back: local midnight twice in America/Havana on 1 November 2026) with the offset
 * after it, the later of the two instants. The offsets a day before and a day after are the two
 * a change near `wall` can give.
 */
function instantOf(wall: number, zone: string): Date {
  if (zone === DEFAULT_TIME_ZONE) return new Date(wall);
  const before = wall - offsetAt(wall - DAY_MS, zone);
  const after = wall - offsetAt(wall + DAY_MS, zone);
  return new Date(after + offsetAt(after, zone) === wall ? after : before);
}

/** The wall-clock start (as UTC fields) of the period holding the wall-clock time `wall`. */
function wallPeriodStart(wall: number, period: Period): number {
  const at = new Date(wall);
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (period === 'month') return Date.UTC(year, month, 1);
  if (period === 'quarter') return Date.UTC(year, month - (month % 3), 1);
  const day = Date.UTC(year, month, at.getUTCDate());
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  return day - ((at.getUTCDay() + 6) % 7) * DAY_MS;
}

/**
 * The first instant of the period holding `at` in `zone`; the same bucket as PostgreSQL's
 * `date_trunc(period, at, zone)`.
 */
export function periodStart(at: Date, period: Period, zone = DEFAULT_TIME_ZONE): Date {
  return instantOf(wallPeriodStart(wallClock(at, zone), period), zone);
}

/** The first instant of the period after the one starting at `start` (in `zone`). */
export function nextPeriodStart(start: Date, period: Period, zone = DEFAULT_TIME_ZONE): Date {
  const wall = new Date(wallClock(start, zone));
  const next =
    period === 'week'
      ? wall.getTime() + 7 * DAY_MS
      : Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + (period === 'month' ? 1 : 3), 1);
  return instantOf(next, zone);
}

/** The ISO 8601 week-numbering year and week of a Monday (week 1 holds the year's first Thursday). */
function isoWeek(monday: number): { year: number; week: number } {
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}

/** The period's name (in `zone`): `2026-W01` (ISO week-numbering year), `2026-01`, `2026-Q1`. */
export function periodLabel(start: Date, period: Period, zone = DEFAULT_TIME_ZONE): string {
  const wall = wallPeriodStart(wallClock(start, zone), period);
  if (period === 'week') {
    const { year, week } = isoWeek(wall);
    return `${year}-W${String(week).padStart(2, '0')}`;
  }
  const year = new Date(wall).getUTCFullYear();
  const month = new Date(wall).getUTCMonth();
  return period === 'month' ? `${year}-${String(month + 1).padStart(2, '0')}` : `${year}-Q${Math.floor(month / 3) + 1}`;
}

/** The bucket holding `at` (in `zone`). */
export function bucketOf(at: Date, period: Period, zone = DEFAULT_TIME_ZONE): PeriodBucket {
  const start = periodStart(at, period, zone);
  return { label: periodLabel(start, period, zone), start, end: nextPeriodStart(start, period, zone) };
}

/** The calendar day (`2026-04-01`) `at` falls on in `zone`: 2026-03-31T20:00Z is 2026-04-01 in Asia/Ulaanbaatar. */
export function dayOf(at: Date, zone = DEFAULT_TIME_ZONE): string {
  return new Date(wallClock(at, zone)).toISOString().slice(0, 10);
}

/** The first instant of a calendar day (`2026-04-01`) in `zone`. */
export function dayStart(day: string, zone = DEFAULT_TIME_ZONE): Date {
  return instantOf(new Date(`${day}T00:00:00Z`).getTime(), zone);
}

/**
 * Every period overlapping [from, to), oldest first, the first one starting at or before `from`
 * (so a figure is always for a whole period), in `zone`. At most `limit` (a query's bound); more throws.
 */
export function periodsBetween(
  from: Date,
  to: Date,
  period: Period,
  zone = DEFAULT_TIME_ZONE,
  limit = 520,
): PeriodBucket[] {
  const buckets: PeriodBucket[] = [];
  for (let start = periodStart(from, period, zone); start < to; start = nextPeriodStart(start, period, zone)) {
    if (buckets.length === limit)
      throw new RangeError(`more than ${limit} ${period}s between ${from.toISOString()} and ${to.toISOString()}`);
    buckets.push({ label: periodLabel(start, period, zone), start, end: nextPeriodStart(start, period, zone) });
  }
  return buckets;
}
