import { auditRow } from './audit-row';

describe('auditRow', () => {
  it('names each field as its column, keeping the values', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    expect(
      auditRow({
        sub: 'officer-1',
        officerName: 'B. Bat',
        eventTypes: ['aeo.authorisation.granted.v1'],
        updatedAt: at,
        active: true,
      }),
    ).toEqual({
      sub: 'officer-1',
      officer_name: 'B. Bat',
      event_types: ['aeo.authorisation.granted.v1'],
      updated_at: at,
      active: true,
    });
  });

  it('answers nothing for no record (an audit entry without before)', () => {
    expect(auditRow(undefined)).toBeUndefined();
    expect(auditRow(null)).toBeUndefined();
  });
});
