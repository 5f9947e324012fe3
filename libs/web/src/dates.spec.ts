import { calendarDaysUntil, formatDate, startOfDayIn, timeZoneName } from './dates';

describe('dates as people read them', () => {
  it('writes Mongolian dates as 2026.12.31 and English ones as 31 Dec 2026', () => {
    expect(formatDate('2026-12-31T10:00:00Z', 'mn')).toBe('2026.12.31');
    expect(formatDate('2026-12-31T10:00:00Z', 'en')).toBe('31 Dec 2026');
    expect(formatDate(null, 'en')).toBe('—');
    expect(formatDate('2026-12-31T10:05:00Z', 'mn', true, 'Asia/Ulaanbaatar')).toBe('2026.12.31 18:05');
    expect(formatDate('2026-12-31T10:05:00Z', 'en', true, 'UTC')).toBe('31 Dec 2026, 10:05');
  });

  it('writes the day of the zone given: 17:30 UTC is already the next day in Ulaanbaatar', () => {
    expect(formatDate('2026-12-09T17:30:00Z', 'en', false, 'UTC')).toBe('9 Dec 2026');
    expect(formatDate('2026-12-09T17:30:00Z', 'en', false, 'Asia/Ulaanbaatar')).toBe('10 Dec 2026');
    expect(formatDate('2026-12-09T17:30:00Z', 'mn', false, 'Asia/Ulaanbaatar')).toBe('2026.12.10');
  });

  it('names the zone in the reader’s language', () => {
    expect(timeZoneName('Asia/Ulaanbaatar', 'en')).toBe('Ulaanbaatar Standard Time');
    expect(timeZoneName('Asia/Ulaanbaatar', 'mn')).toBe('Улаанбаатарын стандарт цаг');
  });
});

describe('calendar days of the programme’s zone', () => {
  // 1 Dec 2026, 10:00 in Ulaanbaatar (UTC+8) and in UTC alike: the same day in both zones.
  const now = new Date('2026-12-01T02:00:00Z');
  // Just after midnight of 10 Dec in Ulaanbaatar: still 9 Dec (16:30) in UTC.
  const nearMidnight = '2026-12-09T16:30:00Z';

  it('counts days left to a deadline near midnight in the zone’s days, not UTC’s nor the browser’s', () => {
    expect(calendarDaysUntil(nearMidnight, 'Asia/Ulaanbaatar', now)).toBe(9);
    expect(calendarDaysUntil(nearMidnight, 'UTC', now)).toBe(8);
  });

  it('counts today as 0 and a past day as negative', () => {
    expect(calendarDaysUntil('2026-12-01T15:59:59Z', 'Asia/Ulaanbaatar', now)).toBe(0);
    expect(calendarDaysUntil('2026-12-01T16:00:00Z', 'Asia/Ulaanbaatar', now)).toBe(1);
    expect(calendarDaysUntil('2026-11-30T15:00:00Z', 'Asia/Ulaanbaatar', now)).toBe(-1);
  });

  it('counts across a clock change as whole days', () => {
    const march = new Date('2026-03-28T12:00:00Z');
    expect(calendarDaysUntil('2026-03-30T12:00:00Z', 'Europe/Berlin', march)).toBe(2);
  });

  it('begins a calendar day at the zone’s midnight', () => {
    expect(startOfDayIn('2026-12-10', 'Asia/Ulaanbaatar')).toBe('2026-12-09T16:00:00.000Z');
    expect(startOfDayIn('2026-12-10', 'UTC')).toBe('2026-12-10T00:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayIn('2026-12-01', 'America/New_York')).toBe('2026-12-01T05:00:00.000Z');
  });

  it('begins a day whose midnight a clock change skips at the change', () => {
    // Santiago moves from -04:00 to -03:00 at midnight on 6 Sep 2026: the day begins at 01:00.
    expect(startOfDayIn('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    // Beirut moves from +02:00 to +03:00 at midnight on 29 Mar 2026.
    expect(startOfDayIn('2026-03-29', 'Asia/Beirut')).toBe('2026-03-28T22:00:00.000Z');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => startOfDayIn('10/12/2026', 'UTC')).toThrow(RangeError);
  });
});
