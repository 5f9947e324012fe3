import { pilotEndsAt, pilotStartsAt, sessionOutsidePilot } from './pilot-frame';

describe('a pilot’s time frame', () => {
  const pilot = { startsOn: '2027-03-01', endsOn: '2027-08-31' };
  const session = (startsAt: string, endsAt: string) => sessionOutsidePilot({ startsAt, endsAt }, pilot);

  it('runs from 00:00 UTC of its start date to the end of its end date', () => {
    expect(pilotStartsAt(pilot).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(pilotEndsAt(pilot).toISOString()).toBe('2027-09-01T00:00:00.000Z');
  });

  it('takes a session within it, to its very bounds', () => {
    expect(session('2027-03-01T00:00:00Z', '2027-03-01T02:00:00Z')).toBeUndefined();
    expect(session('2027-08-31T22:00:00Z', '2027-09-01T00:00:00Z')).toBeUndefined();
    expect(session('2027-03-01T08:00:00+08:00', '2027-03-01T10:00:00+08:00')).toBeUndefined();
  });

  it('refuses a session outside it, naming the field', () => {
    expect(session('2027-02-28T23:59:59Z', '2027-03-01T02:00:00Z')).toMatch(
      /^startsAt: must not be before the pilot starts: the pilot runs from 2027-03-01 to 2027-08-31/,
    );
    expect(session('2027-03-01T07:00:00+08:00', '2027-03-01T10:00:00+08:00')).toMatch(/^startsAt: must not be before/);
    expect(session('2027-09-01T00:00:00Z', '2027-09-01T02:00:00Z')).toMatch(/^startsAt: must be before the pilot ends/);
    expect(session('2027-08-31T23:00:00Z', '2027-09-01T00:00:01Z')).toMatch(
      /^endsAt: must not be after the pilot ends/,
    );
  });
});
