import { BadRequestException } from '@nestjs/common';
import { ROLES } from '@aeo/auth';
import { findKpi } from './kpi-catalogue';
import { kpiScope } from './kpis.service';
import type { KpiValuesQuery } from './kpis.schemas';

const policyUnit = { sub: 'policy-1', roles: [ROLES.policyUnit] };
const kpi = findKpi('aeo-declaration-share')!;
const scopeOf = (query: Partial<KpiValuesQuery>) => kpiScope(policyUnit, kpi, { period: 'month', ...query });

describe('KPI query scope', () => {
  it('answers with the range widened to whole periods, both bounds', () => {
    const scope = scopeOf({ from: '2026-01-10', to: '2026-01-15' });
    expect(scope.from.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(scope.to.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    const quarter = kpiScope(policyUnit, kpi, { period: 'quarter', from: '2026-01-01', to: '2026-04-02' });
    expect(quarter.to.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    // ISO weeks: Thursday 2026-01-15 is in the week of Monday 12 January (to on the next Monday).
    const week = kpiScope(policyUnit, kpi, { period: 'week', from: '2026-01-12', to: '2026-01-15' });
    expect(week.to.toISOString()).toBe('2026-01-19T00:00:00.000Z');
  });

  it('keeps a bound already at a period boundary', () => {
    const scope = scopeOf({ from: '2026-01-01', to: '2026-02-01' });
    expect([scope.from.toISOString(), scope.to.toISOString()]).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
  });

  it('refuses a range whose last period ends in the year 10000, naming the last to it takes', () => {
    // to is the day after the range: 9999-01-01..9999-12-31 holds December 9999, which ends on 1 January 10000.
    expect(() => scopeOf({ from: '9999-01-01', to: '9999-12-31' })).toThrow(
      'to: the last period (9999-12) ends in the year 10000, which answers cannot write; with period=month, to may be at most 9999-12-01 (to is the day after the range)',
    );
    expect(scopeOf({ from: '9999-01-01', to: '9999-12-01' }).to.toISOString()).toBe('9999-12-01T00:00:00.000Z');
    expect(() => kpiScope(policyUnit, kpi, { period: 'quarter', from: '9999-01-01', to: '9999-10-02' })).toThrow(
      /\(9999-Q4\).*to may be at most 9999-10-01/,
    );
    expect(() => kpiScope(policyUnit, kpi, { period: 'week', from: '9999-12-01', to: '9999-12-28' })).toThrow(
      /to may be at most 9999-12-27/,
    );
    expect(kpiScope(policyUnit, kpi, { period: 'week', from: '9999-12-01', to: '9999-12-27' }).to.toISOString()).toBe(
      '9999-12-27T00:00:00.000Z',
    );
  });

  it('refuses a dimension the KPI is not broken down by, naming it', () => {
    expect(() => scopeOf({ statusType: 'AEOC' })).toThrow(BadRequestException);
    expect(() => scopeOf({ statusType: 'AEOC' })).toThrow(/statusType:/);
  });
});
