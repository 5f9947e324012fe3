import { withIsoDates } from './iso-dates';

describe('withIsoDates', () => {
  it('turns each Date into an ISO instant and keeps every other value and the key order', () => {
    const at = new Date('2026-11-30T08:15:00.000Z');
    const answer = withIsoDates({
      id: 'a',
      roles: ['x'],
      active: true,
      region: null,
      count: 2,
      updatedAt: at,
      failedAt: null as Date | null,
    });
    expect(answer).toEqual({
      id: 'a',
      roles: ['x'],
      active: true,
      region: null,
      count: 2,
      updatedAt: '2026-11-30T08:15:00.000Z',
      failedAt: null,
    });
    expect(Object.keys(answer)).toEqual(['id', 'roles', 'active', 'region', 'count', 'updatedAt', 'failedAt']);
  });
});
