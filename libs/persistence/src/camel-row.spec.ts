import { camelRow, type CamelRow } from './camel-row';

describe('camelRow', () => {
  it('renames every column to camelCase and keeps each value as it is (the same Date, null, array, jsonb)', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    const details = { nested_key: 1 };
    const row = {
      id: 'a-1',
      taxpayer_id: 'T1',
      hearing_responded_at: at,
      responded_by: null,
      supply_chain_roles: ['importer'],
      details,
      line_2: 'x',
    };
    const record: CamelRow<typeof row> = camelRow(row);
    expect(record).toEqual({
      id: 'a-1',
      taxpayerId: 'T1',
      hearingRespondedAt: at,
      respondedBy: null,
      supplyChainRoles: ['importer'],
      details: { nested_key: 1 },
      line2: 'x',
    });
    expect(record.hearingRespondedAt).toBe(at);
    expect(record.details).toBe(details);
  });

  it('holds only the columns of the row: nothing the query did not select', () => {
    expect(Object.keys(camelRow({ id: 'w-1', created_by: 'u' }))).toEqual(['id', 'createdBy']);
  });
});
