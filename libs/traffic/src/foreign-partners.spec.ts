import { normaliseForeignAeoId } from '@aeo/contracts';
import { DEMO_PARTNER_LIST_SIZE, foreignPartnerAeoId } from './foreign-partners';
import { TrafficModel } from './traffic-model';

const demoList = new Set(
  Array.from({ length: DEMO_PARTNER_LIST_SIZE }, (_, i) => `CN11${String(i + 1).padStart(8, '0')}`),
);

describe('foreign partners named by declarations', () => {
  it('writes demo list identifiers as declarants do, all matching the list once normalised', () => {
    const written = Array.from({ length: 9000 }, (_, i) => foreignPartnerAeoId(1000 + i)).filter(
      (id) => id.country === 'CN' && !id.aeoId.startsWith('CN99'),
    );
    expect(written.every((id) => demoList.has(normaliseForeignAeoId(id.country, id.aeoId)))).toBe(true);
    expect(new Set(written.map((id) => normaliseForeignAeoId(id.country, id.aeoId)))).toEqual(demoList);
    expect(written.map((id) => id.aeoId)).toEqual(
      expect.arrayContaining(['cn 1100-000-003', 'CN1100000003', '1100000003', '１１０００００００３']),
    );
  });

  it('names a few identifiers on no list and Korean AEOs too', () => {
    const all = Array.from({ length: 9000 }, (_, i) => foreignPartnerAeoId(1000 + i));
    const unknown = all.filter((id) => id.aeoId.startsWith('CN99'));
    expect(unknown.length / all.length).toBeGreaterThan(0.01);
    expect(unknown.length / all.length).toBeLessThan(0.05);
    expect(all.some((id) => id.country === 'KR')).toBe(true);
  });

  it('appears in the traffic (about one declaration in seven)', () => {
    const model = new TrafficModel({ seed: 7, traders: 50, days: 30, until: new Date('2026-11-28T00:00:00Z') });
    const named = Array.from({ length: 2000 }, () => model.nextDeclaration()).filter(
      (declaration) => declaration.foreignPartnerAeoIds.length > 0,
    );
    expect(named.length).toBeGreaterThan(200);
    expect(named.some((declaration) => declaration.foreignPartnerAeoIds[0]!.country === 'CN')).toBe(true);
  });
});
