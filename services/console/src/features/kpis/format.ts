/** A KPI's value in its unit: days with one decimal, a share as a percentage, a count whole. */
export function formatKpiValue(value: number | null | undefined, unit: 'days' | 'share' | 'count', language: string) {
  if (value === null || value === undefined) return '—';
  const locale = language === 'mn' ? 'mn-MN' : 'en-GB';
  if (unit === 'share')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (unit === 'days') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
