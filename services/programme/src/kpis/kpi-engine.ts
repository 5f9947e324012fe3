import type { SqlRunner } from '@aeo/persistence';
import type { KpiEvent, KpiEventsCursor, KpiScope, KpiValue } from './kpi-values';
import { kpiWords } from './kpi-words';

/**
 * The KPI engine's vocabulary. A KPI family is one file under `families/`, its words in
 * `messages/` and one line in `kpi-catalogue.ts`; to plug a new family in:
 * 1. fold its events into facts (`programme_event_facts`, the drill-down's source: set `process_id`
 *    to the key of the process each event belongs to) and into a process relation (a table or view
 *    with one row per process and the columns `process_id`, `region`, `status_type` and the
 *    instants that place a process in a period);
 * 2. describe that relation once as a `KpiSource` (how the drill-down finds a process's facts);
 * 3. write each KPI as a row of the family's table, `family(id, aim, rule)`: what the programme
 *    aims for (`atMost`, `atLeast`, or `watched` without a target) and a rule over the source's rows
 *    (`KpiRows`: an anchor column, a population condition, the evidence events) with a measure
 *    (`percentileOf` days, `shareOf`, `countOf`, `backlogOf` at the period's end, or a ratio of two
 *    sums over weighted rows such as a daily roll-up);
 * 4. give each KPI its names and definition in `messages/<language>.json` (`kpi-words.ts`);
 * 5. or, when SQL pieces cannot say it, supply `values` (and `events`) functions: the service, the
 *    gauges and the recompute then call them instead of the generated SQL.
 * Every SQL piece is a fixed fragment of the definition: no input is ever spliced in.
 */

/** What a KPI can be broken down by (each definition says which apply to it). */
export const KPI_DIMENSIONS = ['region', 'statusType'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export const KPI_FAMILIES = ['certification', 'revalidation', 'validation', 'benefit', 'notifications'] as const;
export type KpiFamily = (typeof KPI_FAMILIES)[number];

export const KPI_UNITS = ['days', 'share', 'count'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/**
 * How a period's figure is made from the rows of the source that fall in it:
 * - `percentile`: the p-th percentile of `days` (computed by `percentile()`, so the maths is ours and tested);
 * - `share`: the rows meeting `numerator` over all of them (null when there are none);
 * - `count`: how many there are;
 * - `backlog`: how many rows were open at the period's end (or now, for the current period): their
 *   anchor before that instant and `closed` (an SQL instant, null while open) not before it; a
 *   period not begun yet has none (null, sample 0);
 * - `ratio`: the sum of `numerator` over the sum of `denominator` (per-row weights, e.g. customs
 *   value; null when the denominator sums to 0); the sample is the sum of `sample` (default: rows).
 */
export type KpiMeasure =
  | { kind: 'percentile'; p: number; days: string }
  | { kind: 'share'; numerator: string }
  | { kind: 'count' }
  | { kind: 'backlog'; closed: string }
  | { kind: 'ratio'; numerator: string; denominator: string; sample?: string };

/**
 * A relation a family's KPIs are computed over: one row per process (an application, a
 * revalidation cycle, a validation case, an event counted on its own, a roll-up row), with the
 * columns `process_id`, `region` and `status_type` (null where the family has no such dimension).
 */
export interface KpiSource {
  /** The table or view. */
  readonly relation: string;
  /**
   * How the drill-down finds the facts of a counted process: an SQL condition over `c` (the
   * process row, all its columns) and `f` (`programme_event_facts`).
   */
  readonly evidence: string;
  /** The application a listed event concerns (SQL over `c` and `f`); default `f.application_id`. */
  readonly application?: string;
  /**
   * For a relation of days of the time zone it was made in (a roll-up): an SQL expression of the
   * zone it records, and what its days are called. Read with the rows (one statement, one snapshot)
   * so that an instance of another zone refuses its figures (503) instead of bucketing those days
   * in its own zone.
   */
  readonly storedDays?: { readonly zone: string; readonly what: string };
}

/** A family's own computation, for what the SQL pieces cannot say (the engine's hook). */
export type KpiValuesFunction = (runner: SqlRunner, kpi: KpiDefinition, scope: KpiScope) => Promise<KpiValue[]>;
export type KpiEventsFunction = (
  runner: SqlRunner,
  kpi: KpiDefinition,
  scope: KpiScope,
  page: { limit: number; after?: KpiEventsCursor },
) => Promise<{ items: KpiEvent[]; next: KpiEventsCursor | null }>;

export interface KpiDefinition {
  /** Stable id used in the API and the metrics. */
  readonly id: string;
  readonly family: KpiFamily;
  readonly name: { readonly mn: string; readonly en: string };
  /** What exactly is measured, in words (the SQL below is the same rule). */
  readonly definition: string;
  readonly unit: KpiUnit;
  /** The level the programme aims for; null for a volume the programme watches without a target. */
  readonly target: number | null;
  /** Whether a figure above the target (`higher`) or below it (`lower`) is the good side. */
  readonly direction: 'higher' | 'lower';
  readonly dimensions: readonly KpiDimension[];
  readonly source: KpiSource;
  /**
   * The column (or SQL instant) of the source whose instant places a row in a period; for a
   * backlog, the instant the row opens.
   */
  readonly anchor: string;
  /** Which rows count (SQL condition on the source), besides the anchor being in the period. */
  readonly population: string;
  readonly measure: KpiMeasure;
  /** The event types the drill-down lists as the evidence of a figure. */
  readonly evidence: readonly string[];
  /** The family's own figures (instead of the SQL built from the pieces above). */
  readonly values?: KpiValuesFunction;
  /** The family's own drill-down (instead of the SQL built from the pieces above). */
  readonly events?: KpiEventsFunction;
  /** The SQL `GET /v1/kpis` shows for a KPI with its own `values` (documentation). */
  readonly sql?: string;
}

/** Days between two instants, with fractions (a decision 36 hours after the report is 1.5 days). */
export const daysBetween = (from: string, to: string) => `EXTRACT(EPOCH FROM (${to} - ${from}))::float8 / 86400`;

/** The median (or another percentile) of the days between two instants of a process. */
export const daysPercentile = (p: number, from: string, to: string): KpiMeasure => ({
  kind: 'percentile',
  p,
  days: daysBetween(from, to),
});

/** The rows of a source a KPI counts: placed in a period by `anchor`, meeting `population`, evidenced by `evidence`. */
export type KpiRows = Pick<KpiDefinition, 'source' | 'anchor' | 'population' | 'evidence'>;

/** How a KPI is computed: its rows and the measure made of them (or the family's own functions). */
export type KpiRule = KpiRows & Pick<KpiDefinition, 'unit' | 'measure' | 'values' | 'events' | 'sql'>;

/** How many rows there are. */
export const countOf = (rows: KpiRows): KpiRule => ({ ...rows, unit: 'count', measure: { kind: 'count' } });

/** The rows meeting `numerator` over all of them. */
export const shareOf = (rows: KpiRows, numerator: string): KpiRule => ({
  ...rows,
  unit: 'share',
  measure: { kind: 'share', numerator },
});

/** How many rows were open at the period's end: anchored before it and `closed` (null while open) not before it. */
export const backlogOf = (rows: KpiRows, closed: string): KpiRule => ({
  ...rows,
  unit: 'count',
  measure: { kind: 'backlog', closed },
});

/** The p-th percentile of the days from one instant of a row to another. */
export const percentileOf = (rows: KpiRows, p: number, from: string, to: string): KpiRule => ({
  ...rows,
  unit: 'days',
  measure: daysPercentile(p, from, to),
});

/** What the programme aims for with a KPI. */
export type KpiAim = Pick<KpiDefinition, 'target' | 'direction'>;

/** A figure at or below the target is on target. */
export const atMost = (target: number): KpiAim => ({ target, direction: 'lower' });

/** A figure at or above the target is on target. */
export const atLeast = (target: number): KpiAim => ({ target, direction: 'higher' });

/** A volume the programme watches without a target (`direction`: the side it would rather see). */
export const watched = (direction: KpiAim['direction'] = 'lower'): KpiAim => ({ target: null, direction });

/** A family's table row builder: its family and dimensions set once, the words from the catalogues. */
export const familyOf =
  (family: KpiFamily, dimensions: readonly KpiDimension[]) =>
  (id: string, aim: KpiAim, rule: KpiRule): KpiDefinition => ({
    id,
    family,
    ...kpiWords(id),
    ...aim,
    dimensions,
    ...rule,
  });

/** The measure's columns in the per-period query. */
function measureColumns(measure: KpiMeasure): string {
  if (measure.kind === 'percentile')
    return `count(*)::int AS sample, array_agg(${measure.days} ORDER BY ${measure.days}) AS values`;
  if (measure.kind === 'share')
    return `count(*)::int AS sample, (count(*) FILTER (WHERE ${measure.numerator}))::int AS numerator`;
  if (measure.kind === 'ratio')
    return `COALESCE(sum(${measure.sample ?? '1'}), 0)::int AS sample, COALESCE(sum(${measure.numerator}), 0)::float8 AS numerator, COALESCE(sum(${measure.denominator}), 0)::float8 AS denominator`;
  return 'count(*)::int AS sample';
}

/** Region $n and status type $n+1 when not null, and the KPI's population. */
const dimensionsAndPopulation = (kpi: KpiDefinition, n: number) =>
  `($${n}::text IS NULL OR region = $${n}) AND ($${n + 1}::text IS NULL OR status_type = $${n + 1}) AND (${kpi.population})`;

/** The conditions of an anchored KPI, parameters from $n: the anchor in [$n, $n+1), then the dimensions. */
const scoped = (kpi: KpiDefinition, n: number) =>
  `${kpi.anchor} >= $${n} AND ${kpi.anchor} < $${n + 1} AND ${dimensionsAndPopulation(kpi, n + 2)}`;

/**
 * The periods of [$from, $to) as rows (`period_start`, `period_end`) in the time zone $zone (ISO
 * weeks), and the instant a backlog is taken at: the period's end, or now for the current period.
 * A period not begun yet has no row (its backlog is unknown, not today's).
 */
const periodsCte = (period: string, from: string, to: string, zone: string) => `periods AS (
  SELECT s AT TIME ZONE ${zone}::text AS period_start,
    LEAST((s + step) AT TIME ZONE ${zone}::text, now()) AS taken_at
  FROM (SELECT CASE ${period}::text WHEN 'week' THEN interval '1 week' WHEN 'month' THEN interval '1 month'
    ELSE interval '3 months' END AS step) steps,
  generate_series(date_trunc(${period}::text, ${from}::timestamptz, ${zone}::text) AT TIME ZONE ${zone}::text,
    (${to}::timestamptz AT TIME ZONE ${zone}::text) - interval '1 microsecond', step) s
  WHERE s AT TIME ZONE ${zone}::text <= now()
)`;

/** The rows of a backlog at each period's instant (its own periods CTE's alias `p`). */
const backlogJoin = (kpi: KpiDefinition & { measure: { kind: 'backlog' } }) =>
  `JOIN ${kpi.source.relation} o ON ${kpi.anchor} < p.taken_at
  AND (${kpi.measure.closed} IS NULL OR ${kpi.measure.closed} >= p.taken_at)`;

const isBacklog = (kpi: KpiDefinition): kpi is KpiDefinition & { measure: { kind: 'backlog' } } =>
  kpi.measure.kind === 'backlog';

/**
 * The SQL of a KPI per period: parameters $1 period ('week', 'month', 'quarter'), $2 from, $3 to
 * (instants, to exclusive), $4 region, $5 status type (null: all), $6 the time zone (IANA name).
 * One row per period with rows: its start (`date_trunc` in the time zone, ISO weeks), the sample,
 * and the measure's columns (and `days_zone`, the zone of a source's stored days).
 */
export function kpiSql(kpi: KpiDefinition): string {
  const columns =
    measureColumns(kpi.measure) + (kpi.source.storedDays ? `, ${kpi.source.storedDays.zone} AS days_zone` : '');
  if (isBacklog(kpi))
    return `WITH ${periodsCte('$1', '$2', '$3', '$6')}
SELECT p.period_start, ${columns}
FROM periods p
${backlogJoin(kpi)}
WHERE ${dimensionsAndPopulation(kpi, 4)}
GROUP BY 1 ORDER BY 1`;
  return `SELECT date_trunc($1, ${kpi.anchor}, $6) AS period_start, ${columns}
FROM ${kpi.source.relation}
WHERE ${scoped(kpi, 2)}
GROUP BY 1 ORDER BY 1`;
}

/**
 * The events behind a KPI's figures over [$1, $2) in the scope ($3 region, $4 status type): the
 * evidence events ($5 types) of each row that counts, with the instant that placed it in its
 * period (for a backlog: the start of each period it was open at the end of, $9 the period kind,
 * $10 the time zone),
 * ordered by that instant and the event id, after the keyset ($6 instant, $7 event id; null: from
 * the start), $8 rows at most.
 */
export function kpiEventsSql(kpi: KpiDefinition): string {
  const counted = isBacklog(kpi)
    ? `WITH ${periodsCte('$9', '$1', '$2', '$10')},
counted AS (
  SELECT o.*, p.period_start AS anchored_at
  FROM periods p
  ${backlogJoin(kpi)}
  WHERE ${dimensionsAndPopulation(kpi, 3)}
)`
    : `WITH counted AS (
  SELECT o.*, ${kpi.anchor} AS anchored_at
  FROM ${kpi.source.relation} o
  WHERE ${scoped(kpi, 1)}
)`;
  return `${counted}
SELECT f.event_id, f.type, f.subject, c.process_id::text AS process_id, ${kpi.source.application ?? 'f.application_id'} AS application_id,
  f.occurred_at, f.region, f.status_type, f.detail, f.category, c.anchored_at,
  to_char(c.anchored_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS anchor_key
FROM counted c
JOIN programme_event_facts f ON ${kpi.source.evidence}
WHERE f.type = ANY($5::text[])
  AND ($6::timestamptz IS NULL OR (c.anchored_at, f.event_id) > ($6::timestamptz, $7::text))
ORDER BY c.anchored_at, f.event_id
LIMIT $8`;
}

/** Whether the drill-down query takes the period kind ($9) and the time zone ($10). */
export const eventsQueryTakesPeriod = isBacklog;
