import type { RevalidationTrigger } from './revalidation.contract';
import { mergedTrigger } from './run';

describe('mergedTrigger', () => {
  const alert: RevalidationTrigger = {
    triggerId: 'alert-1',
    source: 'risk-alert',
    reason: 'seizure at the border',
    requestedBy: 'risk-engine',
    siteVisit: false,
  };
  const office: RevalidationTrigger = {
    triggerId: 'office-1',
    source: 'regional-office',
    reason: 'routine check',
    requestedBy: 'office-ub-1',
    siteVisit: true,
  };

  it('takes one trigger as it is', () => {
    expect(mergedTrigger([alert])).toBe(alert);
  });

  it("keeps the first trigger's ids and source, states every reason with its source, and calls for a site visit if any does", () => {
    expect(mergedTrigger([alert, office])).toEqual({
      triggerId: 'alert-1',
      source: 'risk-alert',
      reason: 'risk-alert: seizure at the border; regional-office: routine check',
      requestedBy: 'risk-engine',
      siteVisit: true,
    });
  });

  it('cuts the reasons at 2000 characters, the longest reason a trigger takes', () => {
    const long = { ...office, reason: 'x'.repeat(1990) };
    expect(mergedTrigger([alert, long]).reason).toHaveLength(2000);
  });
});
