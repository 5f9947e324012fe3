import type { SqlRunner } from '@aeo/persistence';
import { KPI_DEFINITIONS } from '../kpis/kpi-catalogue';
import type { KpiDefinition } from '../kpis/kpi-definitions';
import { kpiValues, type KpiScope, type KpiValue } from '../kpis/kpi-values';
import { DEFAULT_TIME_ZONE, nextPeriodStart, PERIODS, periodStart, type Period } from '../kpis/periods';

export interface KpiDifference {
  kpiId: string;
  period: string;
  region: string | null;
  statusType: string | null;
  live: Pick<KpiValue, 'value' | 'sample' | 'numerator' | 'denominator'> | null;
  recomputed: Pick<KpiValue, 'value' | 'sample' | 'numerator' | 'denominator'> | null;
}

const close = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);

/** Figures equal to the last float bits (a percentile interpolates, so both sides compute it the same way). */
const same = (a: KpiValue, b: KpiValue) =>
  a.sample === b.sample &&
  close(a.numerator, b.numerator) &&
  close(a.denominator, b.denominator) &&
  close(a.value, b.value);

const figure = (value: KpiValue | undefined) =>
  value
    ? { value: value.value, sample: value.sample, numerator: value.numerator, denominator: value.denominator }
    : null;

/** The periods (of `zone`) from `first` to `last` (both held), in ranges of at most 500 periods (a query's bound). */
function chunks(first: Date, last: Date, period: Period, zone: string): { from: Date; to: Date }[] {
  const ranges: { from: Date; to: Date }[] = [];
  const end = nextPeriodStart(periodStart(last, period, zone), period, zone);
  for (let from = periodStart(first, period, zone); from < end;) {
    let to = from;
    for (let i = 0; i < 500 && to < end; i++) to = nextPeriodStart(to, period, zone);
    ranges.push({ from, to });
    from = to;
  }
  return ranges;
}

interface Span {
  first: Date | null;
  last: Date | null;
}

const SPAN_SQL = 'SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM programme_event_facts';
/** Each KPI's anchors (a due date may lie after every fact), besides the facts' own times. */
const anchorSpans = [
  ...new Set(
    KPI_DEFINITIONS.filter((kpi) => !kpi.values).map(
      (kpi) => `SELECT min(${kpi.anchor}) AS first, max(${kpi.anchor}) AS last FROM ${kpi.source.relation}`,
    ),
  ),
];

async function scopesOf(runner: SqlRunner): Promise<{ spans: Span[]; regions: string[]; statusTypes: string[] }> {
  const spans: Span[] = [];
  for (const sql of [SPAN_SQL, ...anchorSpans]) spans.push(...((await runner.query(sql)) as Span[]));
  const regions = (await runner.query(
    'SELECT DISTINCT region FROM programme_event_facts WHERE region IS NOT NULL ORDER BY 1',
  )) as { region: string }[];
  const types = (await runner.query(
    'SELECT DISTINCT status_type FROM programme_event_facts WHERE status_type IS NOT NULL ORDER BY 1',
  )) as { status_type: string }[];
  return { spans, regions: regions.map((r) => r.region), statusTypes: types.map((t) => t.status_type) };
}

/** A national figure always; a regional or status-type one where the KPI is broken down so. */
const applies = (kpi: KpiDefinition, scope: Pick<KpiScope, 'region' | 'statusType'>) =>
  (scope.region === null || kpi.dimensions.includes('region')) &&
  (scope.statusType === null || kpi.dimensions.includes('statusType'));

/**
 * Every KPI, per week, month and quarter, nationally, per region and per status type, over the
 * span of both stores' facts and anchors up to the current period (or the periods of `range`),
 * from the live store and the recomputed one; the figures that differ. `regions` narrows the
 * comparison to those regions' figures, and the national figures of the KPIs not broken down by
 * region (notifications, dead letters).
 */
export async function compareKpis(
  live: SqlRunner,
  recomputed: SqlRunner,
  options: { regions?: readonly string[]; range?: { from: Date; to: Date }; timeZone?: string } = {},
): Promise<{ compared: number; differences: KpiDifference[] }> {
  const [a, b] = await Promise.all([scopesOf(live), scopesOf(recomputed)]);
  const spans = [...a.spans, ...b.spans];
  const firsts = spans
    .map((s) => s.first)
    .filter((d): d is Date => d !== null)
    .map((d) => new Date(d).getTime());
  const lasts = spans
    .map((s) => s.last)
    .filter((d): d is Date => d !== null)
    .map((d) => new Date(d).getTime());
  if (firsts.length === 0) return { compared: 0, differences: [] };
  // A backlog stays open until now: its periods after the last fact count too.
  const [first, last] = options.range
    ? [options.range.from, new Date(options.range.to.getTime() - 1)]
    : [new Date(Math.min(...firsts)), new Date(Math.max(...lasts, Date.now()))];
  const regions = [...new Set([...a.regions, ...b.regions])].filter(
    (region) => !options.regions || options.regions.includes(region),
  );
  const statusTypes = [...new Set([...a.statusTypes, ...b.statusTypes])];
  const dimensions: Pick<KpiScope, 'region' | 'statusType'>[] = [
    { region: null, statusType: null },
    ...regions.map((region) => ({ region, statusType: null })),
    ...(options.regions ? [] : statusTypes.map((statusType) => ({ region: null, statusType }))),
  ];
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const differences: KpiDifference[] = [];
  let compared = 0;
  for (const period of PERIODS)
    // The facts' and the anchors' span holds every period with a figure (a backlog's from its anchor).
    for (const range of chunks(first, last, period, timeZone))
      for (const kpi of KPI_DEFINITIONS)
        for (const dimension of dimensions.filter(
          (d) => applies(kpi, d) && (!options.regions || d.region !== null || !kpi.dimensions.includes('region')),
        )) {
          const scope: KpiScope = { period, ...range, ...dimension, timeZone };
          const [mine, theirs] = await Promise.all([kpiValues(live, kpi, scope), kpiValues(recomputed, kpi, scope)]);
          mine.forEach((value, i) => {
            compared++;
            if (!same(value, theirs[i]!))
              differences.push({
                kpiId: kpi.id,
                period: value.period,
                ...dimension,
                live: figure(value),
                recomputed: figure(theirs[i]),
              });
          });
        }
  return { compared, differences };
}

/** The facts only one store has (event ids), e.g. events past the topics' retention, or not consumed yet. */
export async function compareFacts(
  live: SqlRunner,
  recomputed: SqlRunner,
  options: { regions?: readonly string[] } = {},
): Promise<{ liveOnly: string[]; recomputedOnly: string[] }> {
  const ids = async (runner: SqlRunner) =>
    new Set(
      (
        (await runner.query(
          'SELECT event_id FROM programme_event_facts WHERE $1::text[] IS NULL OR region = ANY($1) ORDER BY 1',
          [options.regions ? [...options.regions] : null],
        )) as { event_id: string }[]
      ).map((row) => row.event_id),
    );
  const [mine, theirs] = await Promise.all([ids(live), ids(recomputed)]);
  return {
    liveOnly: [...mine].filter((id) => !theirs.has(id)),
    recomputedOnly: [...theirs].filter((id) => !mine.has(id)),
  };
}
