import { z } from 'zod';

/**
 * Whether `zone` is a time zone name Intl knows, e.g. `Asia/Ulaanbaatar` or `UTC`. An offset
 * (`+08:00`) is refused: PostgreSQL would read it as a POSIX zone, west of UTC.
 */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_/+-]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The administration's time zone (`PROGRAMME_TIME_ZONE`, an IANA name, UTC by default) whose
 * calendar days the programme counts in: a deadline's days left are days of this zone.
 */
export const programmeTimeZoneEnv = z
  .string()
  .trim()
  .default('UTC')
  .refine(isIanaTimeZone, 'must be an IANA time zone name, e.g. Asia/Ulaanbaatar or UTC');
