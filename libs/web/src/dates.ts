const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language, style and zone: creating one per cell cost most of a long table's render. */
function formatter(language: string, withTime: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${language}:${withTime}:${timeZone ?? ''}`;
  let format = FORMATS.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      ...(timeZone ? { timeZone } : {}),
    };
    format =
      language === 'mn'
        ? new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', ...options })
        : new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', ...options });
    FORMATS.set(key, format);
  }
  return format;
}

/**
 * A date (and time) as people of the language read it; '—' when absent. Mongolian: 2026.12.31
 * (Intl's medium style gives "2026 M12 31", and Chromium's ICU has no Mongolian data: its
 * 'mn-MN' wrote 2026-12-31; the numbers are put in order here), English: 31 Dec 2026. The day is
 * the browser's, or `timeZone`'s when given (a legal deadline: the programme's zone, see
 * {@link programmeTimeZone}).
 */
export function formatDate(
  value: string | null | undefined,
  language: string,
  withTime = false,
  timeZone?: string,
): string {
  if (!value) return '—';
  const mongolian = language === 'mn';
  const format = formatter(mongolian ? 'mn' : 'en', withTime, timeZone);
  if (!mongolian) return format.format(new Date(value));
  const parts = format.formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  const day = `${part('year')}.${part('month')}.${part('day')}`;
  return withTime ? `${day} ${part('hour')}:${part('minute')}` : day;
}

/**
 * The zone's name as Intl has it in the language ("Ulaanbaatar Standard Time"); browsers without
 * the language's data answer "GMT+08:00". Pages name the programme's zones in their own words first.
 */
export function timeZoneName(timeZone: string, language: string, at = new Date()): string {
  const parts = new Intl.DateTimeFormat(language === 'mn' ? 'mn-MN' : 'en-GB', {
    timeZone,
    timeZoneName: 'long',
  }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The browser's own zone (the person's: a trader's dates are shown in it, the zone named). */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

let programmeZone = 'UTC';

/**
 * The administration's time zone (the app server's PROGRAMME_TIME_ZONE, read from `/config.json`
 * at start; UTC until then, as the services' default): the zone whose calendar days legal deadlines count in.
 */
export function programmeTimeZone(): string {
  return programmeZone;
}

/** Sets the zone {@link programmeTimeZone} answers (at start, from the app's settings; in specs). */
export function setProgrammeTimeZone(timeZone: string): void {
  programmeZone = timeZone;
}

const DAY_MS = 86_400_000;

const WALL_CLOCKS = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `instant` (one formatter per zone), as a UTC time of the same reading. */
function wallClock(instant: number, timeZone: string): number {
  let format = WALL_CLOCKS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    WALL_CLOCKS.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/** The calendar day of `instant` in `timeZone`, as days since 1970-01-01. */
function dayNumber(instant: number, timeZone: string): number {
  return Math.floor(wallClock(instant, timeZone) / DAY_MS);
}

/**
 * Calendar days from today to the day of `iso`, both days of `timeZone` (0 today, negative past):
 * as the services count a deadline's `daysLeft` (PROGRAMME_TIME_ZONE), whatever the browser's zone.
 */
export function calendarDaysUntil(iso: string, timeZone: string, now = new Date()): number {
  return dayNumber(Date.parse(iso), timeZone) - dayNumber(now.getTime(), timeZone);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant the calendar day `date` (YYYY-MM-DD) begins in `timeZone`, as an ISO date-time: a
 * legal date given in a form is that day of the administration, not of the browser. Where a
 * clock change skips midnight, the day's first instant after it.
 */
export function startOfDayIn(date: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const midnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The zone's offset at UTC midnight may not be the one at its own midnight (a clock change near it):
  // each offset seen nearby gives a candidate; the earliest that falls on the day is where it begins.
  const first = midnight - offsetAt(midnight, timeZone);
  const second = midnight - offsetAt(first, timeZone);
  const onTheDay = [first, second].filter((instant) => dayNumber(instant, timeZone) === midnight / DAY_MS);
  const instant = onTheDay.length ? Math.min(...onTheDay) : second;
  return new Date(instant).toISOString();
}
