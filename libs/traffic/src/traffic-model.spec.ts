import { ComplianceRecorded, DeclarationLodged } from '@aeo/contracts';
import { TrafficModel } from './traffic-model';

const options = { seed: 42, traders: 200, days: 90, until: new Date('2026-11-28T00:00:00Z') };

describe('traffic model', () => {
  it('is reproducible for a seed and differs across seeds', () => {
    const first = new TrafficModel(options);
    const second = new TrafficModel(options);
    const other = new TrafficModel({ ...options, seed: 43 });
    const take = (model: TrafficModel) => Array.from({ length: 50 }, () => model.nextDeclaration());
    expect(take(first)).toEqual(take(second));
    expect(take(new TrafficModel(options))).not.toEqual(take(other));
  });

  it('produces events that pass their published schemas', () => {
    const model = new TrafficModel(options);
    for (let i = 0; i < 2000; i++)
      expect(DeclarationLodged.schema.safeParse(model.nextDeclaration()).success).toBe(true);
    for (let i = 0; i < 200; i++)
      expect(ComplianceRecorded.schema.safeParse(model.nextComplianceEvent()).success).toBe(true);
  });

  it('concentrates volume on a few large traders, as real customs traffic does', () => {
    const model = new TrafficModel(options);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const declaration = model.nextDeclaration();
      counts.set(declaration.traderTaxpayerId, (counts.get(declaration.traderTaxpayerId) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const topFifth = sorted.slice(0, Math.ceil(options.traders / 5)).reduce((sum, n) => sum + n, 0);
    expect(topFifth / 20_000).toBeGreaterThan(0.5);
    expect(new Set(model.traders.map((t) => t.taxpayerId)).size).toBe(options.traders);
  });
});
