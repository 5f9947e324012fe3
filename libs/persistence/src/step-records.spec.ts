import { stepHistoryEntry } from './step-records';

describe('stepHistoryEntry', () => {
  it('names the history columns as the APIs do', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    expect(
      stepHistoryEntry({
        step: 'advance',
        from_phase: null,
        to_phase: 'preparation',
        summary: 'Started',
        details: { note: 'x' },
        recorded_by: 'mra-1',
        recorded_at: at,
      }),
    ).toEqual({
      step: 'advance',
      from: null,
      to: 'preparation',
      summary: 'Started',
      details: { note: 'x' },
      by: 'mra-1',
      at,
    });
  });
});
