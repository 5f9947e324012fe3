import { ServiceUnavailableException } from '@nestjs/common';
import type { SqlRunner } from '@aeo/persistence';
import { eventsQueryTakesPeriod, kpiEventsSql, kpiSql, type KpiDefinition } from './kpi-engine';
import { percentile } from './percentile';
import { bucketOf, periodLabel, periodsBetween, type Period, type PeriodBucket } from './periods';

export interface KpiScope {
  period: Period;
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  region: string | null;
  statusType: string | null;
  /** The IANA time zone the periods are of (PROGRAMME_TIME_ZONE). */
  timeZone: string;
}

export interface KpiValue {
  period: string;
  start: Date;
  end: Date;
  value: number | null;
  sample: number;
  /** A share's rows meeting its condition, or a ratio's numerator sum; null for other measures. */
  numerator: number | null;
  /** A ratio's denominator sum; null for other measures. */
  denominator: number | null;
  onTarget: boolean | null;
}

interface PeriodRow {
  period_start: Date;
  sample: number;
  numerator?: number;
  denominator?: number;
  values?: number[];
  /** The zone of a source's stored days (KpiSource.storedDays). */
  days_zone?: string;
}

/** The dynamic KPI queries run through the runner's own `query` (typed SQL cannot vary its columns). */
const query = <T>(runner: SqlRunner, sql: string, parameters: unknown[]): Promise<T[]> =>
  runner.query(sql, parameters) as Promise<T[]>;

function valueOf(kpi: KpiDefinition, row: PeriodRow | undefined, bucket: PeriodBucket, now: Date): number | null {
  const { kind } = kpi.measure;
  // A backlog is taken at the period's end or now: a period not begun yet has none to take.
  if (kind === 'backlog' && bucket.start > now) return null;
  if (kind === 'count' || kind === 'backlog') return row?.sample ?? 0;
  if (kind === 'ratio') return row?.denominator ? (row.numerator ?? 0) / row.denominator : null;
  if (!row || row.sample === 0) return null;
  if (kind === 'percentile') return percentile(row.values ?? [], kpi.measure.p);
  return (row.numerator ?? 0) / row.sample;
}

/** A share's and a ratio's numerator, a ratio's denominator (null for the other measures). */
function partsOf(kpi: KpiDefinition, row: PeriodRow | undefined) {
  const { kind } = kpi.measure;
  return {
    numerator: kind === 'share' || kind === 'ratio' ? (row?.numerator ?? 0) : null,
    denominator: kind === 'ratio' ? (row?.denominator ?? 0) : null,
  };
}

export const onTarget = (kpi: KpiDefinition, value: number | null): boolean | null =>
  value === null || kpi.target === null ? null : kpi.direction === 'higher' ? value >= kpi.target : value <= kpi.target;

/**
 * A source's days of another zone than the reader's (an instance not yet restarted in a rolling
 * change of PROGRAMME_TIME_ZONE, after another rebuilt the roll-up): 503, as figures bucketed in the
 * wrong zone would be wrong. None read (no row): nothing counted, the same in any zone.
 */
function refuseOtherZonesDays(kpi: KpiDefinition, recorded: string | undefined, zone: string): void {
  const stored = kpi.source.storedDays;
  if (!stored || recorded === undefined || recorded === zone) return;
  throw new ServiceUnavailableException(
    `${stored.what} are of ${recorded} (recorded by the instance that rebuilt it) but this instance reads them in ${zone} (PROGRAMME_TIME_ZONE): its ${kpi.id} figures would be wrong; retry (another instance answers) or restart this one with PROGRAMME_TIME_ZONE=${recorded}`,
  );
}

/**
 * A KPI's figure for every period of the scope's range, oldest first: from the processes that
 * fell in the period (one query, grouped by period in PostgreSQL), the percentile or share computed
 * here; a period without any process has a null value and sample 0 (a count: 0; a backlog: 0, or
 * null for a period not begun yet).
 */
export async function kpiValues(runner: SqlRunner, kpi: KpiDefinition, scope: KpiScope): Promise<KpiValue[]> {
  if (kpi.values) return kpi.values(runner, kpi, scope);
  const buckets = periodsBetween(scope.from, scope.to, scope.period, scope.timeZone);
  if (buckets.length === 0) return [];
  const rows = await query<PeriodRow>(runner, kpiSql(kpi), [
    scope.period,
    buckets[0]!.start,
    buckets[buckets.length - 1]!.end,
    scope.region,
    scope.statusType,
    scope.timeZone,
  ]);
  refuseOtherZonesDays(kpi, rows[0]?.days_zone, scope.timeZone);
  const byPeriod = new Map(
    rows.map((row) => [periodLabel(new Date(row.period_start), scope.period, scope.timeZone), row]),
  );
  const now = new Date();
  return buckets.map((bucket) => {
    const row = byPeriod.get(bucket.label);
    const value = valueOf(kpi, row, bucket, now);
    return {
      period: bucket.label,
      start: bucket.start,
      end: bucket.end,
      value,
      sample: row?.sample ?? 0,
      ...partsOf(kpi, row),
      onTarget: onTarget(kpi, value),
    };
  });
}

export interface KpiEvent {
  eventId: string;
  type: string;
  subject: string;
  /** The process the event counts for in the KPI's family (an application, a revalidation cycle, a case…). */
  processId: string;
  /** The application the event concerns, when there is one. */
  applicationId: string | null;
  occurredAt: Date;
  region: string | null;
  statusType: string | null;
  /** What the event states in words where a KPI breaks down by it (grounds, a reason, a dead letter's cause). */
  detail: string | null;
  /** The short code a KPI counts by: a suspension's scope, a revocation's reason, a dead letter's original topic. */
  category?: string | null;
  period: string;
}

/** Where a page of the drill-down ended: the period instant of its last process and its last event id. */
export interface KpiEventsCursor {
  anchoredAt: string;
  eventId: string;
}

/** A row of a drill-down query (the engine's, or a family's own with the same columns). */
export interface KpiEventRow {
  event_id: string;
  type: string;
  subject: string;
  process_id: string;
  application_id: string | null;
  occurred_at: Date;
  region: string | null;
  status_type: string | null;
  detail: string | null;
  category: string | null;
  anchored_at: Date;
  /** The anchor to the microsecond (a Date keeps milliseconds only), for the cursor. */
  anchor_key: string;
}

/** The instants the periods of the scope's range span, whole; undefined when the range holds no period. */
export function periodsSpan(scope: KpiScope): { start: Date; end: Date } | undefined {
  const buckets = periodsBetween(scope.from, scope.to, scope.period, scope.timeZone);
  return buckets.length === 0 ? undefined : { start: buckets[0]!.start, end: buckets[buckets.length - 1]!.end };
}

/** A page of the drill-down from its query's rows: `limit` of them, and one more when there is a next page. */
export function kpiEventsPage(
  rows: KpiEventRow[],
  scope: KpiScope,
  limit: number,
): { items: KpiEvent[]; next: KpiEventsCursor | null } {
  const items = rows.slice(0, limit).map((row) => ({
    eventId: row.event_id,
    type: row.type,
    subject: row.subject,
    processId: row.process_id,
    applicationId: row.application_id,
    occurredAt: row.occurred_at,
    region: row.region,
    statusType: row.status_type,
    detail: row.detail,
    category: row.category,
    period: bucketOf(new Date(row.anchored_at), scope.period, scope.timeZone).label,
  }));
  const last = rows.length > limit ? rows[limit - 1]! : undefined;
  return { items, next: last ? { anchoredAt: last.anchor_key, eventId: last.event_id } : null };
}

/**
 * The evidence events of the processes behind the KPI's figures in the scope (the periods of the
 * range, whole), a page of `limit` after `cursor`, and the cursor of the next page if there is one.
 */
export async function kpiEvents(
  runner: SqlRunner,
  kpi: KpiDefinition,
  scope: KpiScope,
  page: { limit: number; after?: KpiEventsCursor },
): Promise<{ items: KpiEvent[]; next: KpiEventsCursor | null }> {
  if (kpi.events) return kpi.events(runner, kpi, scope, page);
  const span = periodsSpan(scope);
  if (!span) return { items: [], next: null };
  const rows = await query<KpiEventRow>(runner, kpiEventsSql(kpi), [
    span.start,
    span.end,
    scope.region,
    scope.statusType,
    [...kpi.evidence],
    page.after?.anchoredAt ?? null,
    page.after?.eventId ?? null,
    page.limit + 1,
    ...(eventsQueryTakesPeriod(kpi) ? [scope.period, scope.timeZone] : []),
  ]);
  return kpiEventsPage(rows, scope, page.limit);
}
