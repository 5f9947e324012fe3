import {
  bucketOf,
  dayOf,
  dayStart,
  isTimeZone,
  nextPeriodStart,
  periodLabel,
  periodStart,
  periodsBetween,
} from './periods';

const at = (iso: string) => new Date(iso);

describe('KPI periods (UTC by default, ISO weeks)', () => {
  it('puts an instant in its ISO week, month and quarter', () => {
    // Thursday 31 December 2026, 23:59 UTC.
    const instant = at('2026-12-31T23:59:59.999Z');
    expect(bucketOf(instant, 'week')).toEqual({
      label: '2026-W53',
      start: at('2026-12-28T00:00:00Z'),
      end: at('2027-01-04T00:00:00Z'),
    });
    expect(bucketOf(instant, 'month')).toEqual({
      label: '2026-12',
      start: at('2026-12-01T00:00:00Z'),
      end: at('2027-01-01T00:00:00Z'),
    });
    expect(bucketOf(instant, 'quarter')).toEqual({
      label: '2026-Q4',
      start: at('2026-10-01T00:00:00Z'),
      end: at('2027-01-01T00:00:00Z'),
    });
  });

  it('numbers weeks by the ISO week-numbering year at both ends of a calendar year', () => {
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    expect(bucketOf(at('2027-01-01T00:00:00Z'), 'week').label).toBe('2026-W53');
    expect(bucketOf(at('2027-01-04T00:00:00Z'), 'week').label).toBe('2027-W01');
    // 29 December 2025 is a Monday of the week holding 1 January 2026 (a Thursday): 2026-W01.
    expect(bucketOf(at('2025-12-31T12:00:00Z'), 'week')).toMatchObject({
      label: '2026-W01',
      start: at('2025-12-29T00:00:00Z'),
    });
  });

  it('starts a week on Monday: Sunday night belongs to the week before', () => {
    expect(periodStart(at('2026-12-06T23:59:59Z'), 'week')).toEqual(at('2026-11-30T00:00:00Z'));
    expect(periodStart(at('2026-12-07T00:00:00Z'), 'week')).toEqual(at('2026-12-07T00:00:00Z'));
  });

  it('ignores the caller’s time zone: an instant with an offset is bucketed by its UTC time', () => {
    // 1 July 2026 01:00 in Ulaanbaatar (+08:00) is still 30 June in UTC.
    expect(bucketOf(at('2026-07-01T01:00:00+08:00'), 'month').label).toBe('2026-06');
    expect(bucketOf(at('2026-07-01T01:00:00+08:00'), 'quarter').label).toBe('2026-Q2');
  });

  it('lists the periods overlapping a range, the first one whole', () => {
    expect(
      periodsBetween(at('2026-02-15T00:00:00Z'), at('2026-07-01T00:00:00Z'), 'quarter').map((b) => b.label),
    ).toEqual(['2026-Q1', '2026-Q2']);
    expect(periodsBetween(at('2026-11-30T00:00:00Z'), at('2026-12-14T00:00:01Z'), 'week').map((b) => b.label)).toEqual([
      '2026-W49',
      '2026-W50',
      '2026-W51',
    ]);
    expect(periodsBetween(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00Z'), 'month')).toEqual([]);
  });

  it('refuses a range with more periods than the limit', () => {
    expect(() => periodsBetween(at('2000-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 'week', 'UTC', 520)).toThrow(
      'more than 520 weeks',
    );
  });

  it('steps months and quarters by the calendar, not by a fixed length', () => {
    expect(nextPeriodStart(at('2026-01-01T00:00:00Z'), 'month')).toEqual(at('2026-02-01T00:00:00Z'));
    expect(nextPeriodStart(at('2026-11-01T00:00:00Z'), 'quarter')).toEqual(at('2027-02-01T00:00:00Z'));
    expect(periodLabel(at('2026-04-01T00:00:00Z'), 'quarter')).toBe('2026-Q2');
  });

  describe('in the programme’s time zone', () => {
    const UB = 'Asia/Ulaanbaatar';

    it('puts a declaration lodged 2026-03-31T20:00Z in April in Ulaanbaatar (UTC+8), in March in UTC', () => {
      const lodged = at('2026-03-31T20:00:00Z');
      expect(bucketOf(lodged, 'month')).toMatchObject({ label: '2026-03' });
      expect(bucketOf(lodged, 'month', UB)).toEqual({
        label: '2026-04',
        start: at('2026-03-31T16:00:00Z'),
        end: at('2026-04-30T16:00:00Z'),
      });
      expect(bucketOf(lodged, 'quarter', UB)).toEqual({
        label: '2026-Q2',
        start: at('2026-03-31T16:00:00Z'),
        end: at('2026-06-30T16:00:00Z'),
      });
      // Wednesday 1 April in Ulaanbaatar: the ISO week from Monday 30 March, local midnight.
      expect(bucketOf(lodged, 'week', UB)).toEqual({
        label: '2026-W14',
        start: at('2026-03-29T16:00:00Z'),
        end: at('2026-04-05T16:00:00Z'),
      });
      // The last instant of March there is still March.
      expect(bucketOf(at('2026-03-31T15:59:59.999Z'), 'month', UB).label).toBe('2026-03');
    });

    it('starts a period at local midnight across a daylight-saving change', () => {
      // Europe/Berlin moves to summer time (UTC+2) on 29 March 2026.
      const berlin = 'Europe/Berlin';
      expect(bucketOf(at('2026-04-15T12:00:00Z'), 'month', berlin)).toEqual({
        label: '2026-04',
        start: at('2026-03-31T22:00:00Z'),
        end: at('2026-04-30T22:00:00Z'),
      });
      expect(bucketOf(at('2026-03-29T12:00:00Z'), 'week', berlin)).toEqual({
        label: '2026-W13',
        start: at('2026-03-22T23:00:00Z'),
        end: at('2026-03-29T22:00:00Z'),
      });
      expect(periodsBetween(at('2026-03-01T00:00:00Z'), at('2026-05-01T00:00:00Z'), 'month', berlin)).toEqual([
        { label: '2026-03', start: at('2026-02-28T23:00:00Z'), end: at('2026-03-31T22:00:00Z') },
        { label: '2026-04', start: at('2026-03-31T22:00:00Z'), end: at('2026-04-30T22:00:00Z') },
        // 1 May 00:00 UTC is 02:00 in Berlin: May overlaps the range.
        { label: '2026-05', start: at('2026-04-30T22:00:00Z'), end: at('2026-05-31T22:00:00Z') },
      ]);
    });

    it('takes a local midnight the clocks pass twice at its second time, as PostgreSQL does', () => {
      // America/Havana puts its clocks back from 01:00 (UTC-4) to 00:00 (UTC-5) on 1 November 2026.
      expect(periodStart(at('2026-11-01T05:30:00Z'), 'month', 'America/Havana')).toEqual(at('2026-11-01T05:00:00Z'));
      expect(dayStart('2026-11-01', 'America/Havana')).toEqual(at('2026-11-01T05:00:00Z'));
      expect(nextPeriodStart(at('2026-10-01T04:00:00Z'), 'month', 'America/Havana')).toEqual(
        at('2026-11-01T05:00:00Z'),
      );
      // Atlantic/Azores from 01:00 (UTC+0) back to 00:00 (UTC-1) on 25 October 2026.
      expect(dayStart('2026-10-25', 'Atlantic/Azores')).toEqual(at('2026-10-25T01:00:00Z'));
      // A local midnight the clocks skip (Havana, 8 March 2026: 00:00 UTC-5 to 01:00 UTC-4) is 01:00 there.
      expect(dayStart('2026-03-08', 'America/Havana')).toEqual(at('2026-03-08T05:00:00Z'));
    });

    it('takes a query’s days as local days, and knows a time zone name from another word', () => {
      expect(dayStart('2026-04-01', UB)).toEqual(at('2026-03-31T16:00:00Z'));
      expect(dayStart('2026-04-01')).toEqual(at('2026-04-01T00:00:00Z'));
      expect(dayOf(at('2026-03-31T16:00:00Z'), UB)).toBe('2026-04-01');
      expect(dayOf(at('2026-03-31T15:59:59.999Z'), UB)).toBe('2026-03-31');
      expect(dayOf(at('2026-03-31T16:00:00Z'))).toBe('2026-03-31');
      expect(nextPeriodStart(at('2026-12-31T16:00:00Z'), 'month', UB)).toEqual(at('2027-01-31T16:00:00Z'));
      expect(periodLabel(at('2026-12-31T16:00:00Z'), 'quarter', UB)).toBe('2027-Q1');
      expect(isTimeZone(UB)).toBe(true);
      expect(isTimeZone('UTC')).toBe(true);
      expect(isTimeZone('Mongolia/Ulaanbaatar')).toBe(false);
      expect(isTimeZone('')).toBe(false);
      expect(isTimeZone('+08:00')).toBe(false);
    });
  });
});
