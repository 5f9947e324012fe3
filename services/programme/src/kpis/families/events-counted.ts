import type { KpiRows, KpiSource } from '../kpi-engine';

/**
 * Every fact as its own process (`programme_event_occurrences`): for the KPIs that count events of
 * a type (and category) in a period. The drill-down lists the counted events themselves.
 */
export const EVENTS_COUNTED: KpiSource = {
  relation: 'programme_event_occurrences',
  evidence: 'f.event_id = c.event_id',
};

/** The events of a type (and category) in the period, each its own process and its own evidence. */
export const eventsOf = (type: string, category?: string): KpiRows => ({
  source: EVENTS_COUNTED,
  anchor: 'occurred_at',
  population: category === undefined ? `type = '${type}'` : `type = '${type}' AND category = '${category}'`,
  evidence: [type],
});
