import type { ExportableRow } from '../register-replica/register-replica.repository';
import { entriesSha256, listDelta, listEntries } from './list-export-document';

const row = (number: string, more: Partial<ExportableRow> = {}): ExportableRow => ({
  authorisation_number: number,
  taxpayer_id: `TP-${number}`,
  status_type: 'AEOS',
  status: 'active',
  effective_from: new Date('2026-04-02T00:00:00Z'),
  revalidation_due: new Date('2029-04-02T00:00:00Z'),
  suspended_from: null,
  suspended_scope: null,
  ended_on: null,
  name: `Holder ${number}`,
  address: { street: 'Peace Avenue 1', city: 'Ulaanbaatar', country: 'MN' },
  ...more,
});

describe('our exported AEO list', () => {
  it('withholds holders whose name or address is unknown and counts them', () => {
    const { entries, withheld } = listEntries([row('A'), row('B', { address: null }), row('C', { name: null })]);
    expect(entries.map((entry) => entry.authorisationNumber)).toEqual(['A']);
    expect(withheld).toBe(2);
    expect(entries[0]).toMatchObject({
      authorisationDate: '2026-04-02',
      revalidationDue: '2029-04-02',
      status: 'active',
    });
    expect(entries[0]!.address).toEqual({ street: 'Peace Avenue 1', city: 'Ulaanbaatar', country: 'MN' });
  });

  it('leaves an authorisation out until its effective date, then lists it as active', () => {
    const grantedOn = new Date('2026-12-01T09:00:00Z');
    const effective = new Date('2026-12-06T00:00:00Z');
    const rows = [row('A'), row('B', { effective_from: effective })];
    expect(listEntries(rows, grantedOn).entries.map((entry) => entry.authorisationNumber)).toEqual(['A']);
    expect(listEntries(rows, new Date('2026-12-05T23:59:59Z')).withheld).toBe(0);
    const inForce = listEntries(rows, effective).entries;
    expect(inForce.map((entry) => entry.authorisationNumber)).toEqual(['A', 'B']);
    expect(inForce[1]).toMatchObject({ status: 'active', authorisationDate: '2026-12-06' });
    expect(listDelta(listEntries(rows, grantedOn).entries, inForce).added).toEqual([inForce[1]]);
  });

  it('names the suspension date and scope only while suspended', () => {
    const suspendedFrom = new Date('2026-11-20T00:00:00Z');
    const [suspended, securityOnly, reinstated] = listEntries([
      row('A', { status: 'suspended', suspended_from: suspendedFrom, suspended_scope: 'whole' }),
      row('B', {
        status: 'suspended',
        suspended_from: suspendedFrom,
        suspended_scope: 'security',
        status_type: 'AEOF',
      }),
      row('C', { status: 'active', suspended_from: suspendedFrom }),
    ]).entries;
    expect(suspended).toMatchObject({ suspendedFrom: '2026-11-20', suspendedScope: 'whole' });
    expect(securityOnly).toMatchObject({ statusType: 'AEOF', status: 'suspended', suspendedScope: 'security' });
    expect(reinstated).toMatchObject({ suspendedFrom: null, suspendedScope: null });
  });

  it('tells added, changed (a revocation among them) and removed entries apart, and hashes equal lists equally', () => {
    const before = listEntries([row('A'), row('B'), row('C')]).entries;
    const after = listEntries([
      row('A'),
      row('B', { status: 'revoked', ended_on: new Date('2026-12-01T00:00:00Z') }),
      row('D'),
    ]).entries;
    const delta = listDelta(before, after);
    expect(delta.added.map((entry) => entry.authorisationNumber)).toEqual(['D']);
    expect(delta.changed).toEqual([
      expect.objectContaining({ authorisationNumber: 'B', status: 'revoked', endedOn: '2026-12-01' }),
    ]);
    expect(delta.removed).toEqual([{ authorisationNumber: 'C', taxpayerId: 'TP-C' }]);
    expect(entriesSha256(listEntries([row('A')]).entries)).toBe(entriesSha256(listEntries([row('A')]).entries));
    expect(entriesSha256(before)).not.toBe(entriesSha256(after));
  });

  it('compares an earlier version read back from jsonb (keys in its own order) by content', () => {
    const before = listEntries([row('A'), row('B')]).entries;
    const reordered = (value: unknown): unknown =>
      value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, item]) => [key, reordered(item)]),
          )
        : value;
    const storedBefore = before.map((entry) => reordered(entry)) as typeof before;
    const after = listEntries([row('A'), row('B', { name: 'Holder B renamed' })]).entries;
    expect(listDelta(storedBefore, after).changed.map((entry) => entry.authorisationNumber)).toEqual(['B']);
    expect(listDelta(storedBefore, before)).toEqual({ added: [], changed: [], removed: [] });
  });
});
