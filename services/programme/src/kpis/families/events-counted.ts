import type { KpiSource } from '../kpi-engine';

/**
 * Every fact as its own process (`programme_event_occurrences`): for the KPIs that count events of
 * a type (and category) in a period. The drill-down lists the counted events themselves.
 */
export const EVENTS_COUNTED: KpiSource = {
  relation: 'programme_event_occurrences',
  evidence: 'f.event_id = c.event_id',
};
