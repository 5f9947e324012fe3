import { stepHistoryEntry } from './step-records';

describe('stepHistoryEntry', () => {
  const recordedAt = new Date('2026-11-30T10:00:00Z');
  const row = { step: 'advance', to_phase: 'programme-comparison', summary: 'Moved on', details: { note: 'x' } };

  it.each([null, 'preparation'])('names the history columns as the APIs do (from phase %s)', (from) => {
    expect(stepHistoryEntry({ ...row, from_phase: from, recorded_by: 'mra-1', recorded_at: recordedAt })).toEqual({
      step: 'advance',
      from,
      to: 'programme-comparison',
      summary: 'Moved on',
      details: { note: 'x' },
      by: 'mra-1',
      at: recordedAt,
    });
  });
});
