import { ChannelDecided, DeclarationLodged } from '@aeo/contracts';
import type { SqlRunner } from '@aeo/persistence';
import { familyOf, type KpiDefinition, type KpiDimension, type KpiSource } from '../kpi-engine';
import type { KpiEvent, KpiEventsCursor, KpiScope } from '../kpi-values';
import { bucketOf, periodsBetween } from '../periods';

const LODGED = DeclarationLodged.type;
const DECIDED = ChannelDecided.type;

/**
 * The daily roll-up (`declaration_benefit_daily`): one row per UTC day of lodgement, region and
 * AEO group, counting the declarations whose lodgement and channel decision are both in. A KPI is
 * a ratio of two sums over its rows, so a year is a few thousand rows whatever the volume. The
 * drill-down lists the declarations behind a figure from `declaration_benefit_facts` (below).
 */
const DAILY: KpiSource = { relation: 'declaration_benefit_daily', evidence: 'false' };

/** Each KPI's declarations, as a condition on `declaration_benefit_facts` (the roll-up's population, per declaration). */
const DECLARATIONS: Record<string, string> = {};

interface BenefitKpi extends Omit<
  KpiDefinition,
  'family' | 'dimensions' | 'source' | 'anchor' | 'evidence' | 'events'
> {
  /** The same population as `population`, on one declaration's row. */
  declarations: string;
}

const benefit =
  (dimensions: readonly KpiDimension[]) =>
  ({ declarations, ...kpi }: BenefitKpi): KpiDefinition => {
    DECLARATIONS[kpi.id] = declarations;
    return familyOf(
      'benefit',
      dimensions,
    )({
      ...kpi,
      source: DAILY,
      anchor: 'day',
      evidence: [LODGED, DECIDED],
      events: benefitEvents,
    });
  };
/** A share of all declarations: national or by region (the status type is what it measures). */
const ofAll = benefit(['region']);
/** A rate among AEO declarations: by region and by the status type in force. */
const ofAeos = benefit(['region', 'statusType']);
/** The same rate among the other traders' declarations: by region. */
const ofOthers = benefit(['region']);

const AEO = 'aeo_status_type IS NOT NULL';
const OTHER = 'aeo_status_type IS NULL';
const AEO_ROWS = 'aeo';
const OTHER_ROWS = 'NOT aeo';
const DECLARATION_COUNT = 'declarations';
/** A share of the declarations (a sum over the roll-up's rows), the declarations being its sample. */
const shareOf = (numerator: string): KpiDefinition['measure'] => ({
  kind: 'ratio',
  numerator,
  denominator: DECLARATION_COUNT,
  sample: DECLARATION_COUNT,
});

const AEO_STATUS =
  'An AEO declaration is one whose trader held our AEO status at lodgement, as the channel decision states it (the status type in force: an AEOF whose security part is suspended counts as AEOC). Decisions published before the risk engine stated it count by the AEO benefits they applied (AEOC with the documentary benefit, AEOS with the physical one, AEOF with both).';
const COUNTED =
  'Declarations count in the period of their lodgement (UTC) once both the declaration and its channel decision have been received.';

/** The benefit in numbers: how much of the trade AEOs carry, and whether their status shows in the controls. */
export const BENEFIT_KPIS: readonly KpiDefinition[] = [
  ofAll({
    id: 'aeo-declaration-share',
    name: { en: 'AEO share of declarations', mn: 'Мэдүүлэгт эзлэх AEO-ийн хувь' },
    definition: `Share of the declarations lodged in the period that are AEO declarations. ${AEO_STATUS} ${COUNTED}`,
    unit: 'share',
    target: 0.25,
    direction: 'higher',
    population: 'true',
    declarations: 'true',
    measure: shareOf(`CASE WHEN ${AEO_ROWS} THEN declarations ELSE 0 END`),
  }),
  ofAll({
    id: 'aeo-customs-value-share',
    name: { en: 'AEO share of customs value', mn: 'Гаалийн үнэд эзлэх AEO-ийн хувь' },
    definition: `Share of the customs value of the declarations lodged in the period that AEO declarations carry (values as declared, in the national currency; not converted). ${AEO_STATUS} ${COUNTED}`,
    unit: 'share',
    target: 0.4,
    direction: 'higher',
    population: 'true',
    declarations: 'true',
    measure: {
      kind: 'ratio',
      numerator: `CASE WHEN ${AEO_ROWS} THEN customs_value ELSE 0 END`,
      denominator: 'customs_value',
      sample: DECLARATION_COUNT,
    },
  }),
  ofAeos({
    id: 'aeo-documentary-control-rate',
    name: { en: 'Documentary control rate of AEOs', mn: 'AEO-ийн баримт бичгийн хяналтын хувь' },
    definition: `Share of the AEO declarations lodged in the period sent to a documentary check (yellow channel); compare with other-documentary-control-rate. ${AEO_STATUS} ${COUNTED}`,
    unit: 'share',
    target: 0.03,
    direction: 'lower',
    population: AEO_ROWS,
    declarations: AEO,
    measure: shareOf('documentary'),
  }),
  ofOthers({
    id: 'other-documentary-control-rate',
    name: { en: 'Documentary control rate of other traders', mn: 'Бусад худалдаачдын баримт бичгийн хяналтын хувь' },
    definition: `Share of the other traders’ declarations (not AEO declarations) lodged in the period sent to a documentary check (yellow channel): the reference the AEO rate is compared with; no target. ${COUNTED}`,
    unit: 'share',
    target: null,
    direction: 'lower',
    population: OTHER_ROWS,
    declarations: OTHER,
    measure: shareOf('documentary'),
  }),
  ofAeos({
    id: 'aeo-physical-control-rate',
    name: { en: 'Physical control rate of AEOs', mn: 'AEO-ийн биет үзлэгийн хувь' },
    definition: `Share of the AEO declarations lodged in the period sent to a physical inspection (red channel); compare with other-physical-control-rate. ${AEO_STATUS} ${COUNTED}`,
    unit: 'share',
    target: 0.01,
    direction: 'lower',
    population: AEO_ROWS,
    declarations: AEO,
    measure: shareOf('physical'),
  }),
  ofOthers({
    id: 'other-physical-control-rate',
    name: { en: 'Physical control rate of other traders', mn: 'Бусад худалдаачдын биет үзлэгийн хувь' },
    definition: `Share of the other traders’ declarations lodged in the period sent to a physical inspection (red channel): the reference the AEO rate is compared with; no target. ${COUNTED}`,
    unit: 'share',
    target: null,
    direction: 'lower',
    population: OTHER_ROWS,
    declarations: OTHER,
    measure: shareOf('physical'),
  }),
  ofAeos({
    id: 'aeo-benefit-received',
    name: { en: 'AEO declarations that received a benefit', mn: 'Давуу эрх эдэлсэн AEO мэдүүлэг' },
    definition: `Share of the AEO declarations lodged in the period that the channel decision released without control (green channel). A declaration sent to a documentary check or a physical inspection did not receive a benefit, even when the decision gave it priority or prior notice or a lowered score or selection rate. ${AEO_STATUS} ${COUNTED}`,
    unit: 'share',
    target: 0.95,
    direction: 'higher',
    population: AEO_ROWS,
    declarations: `${AEO} AND channel = 'green'`,
    measure: shareOf('benefited'),
  }),
];

export const BENEFIT_HEADLINES = [
  'aeo-declaration-share',
  'aeo-physical-control-rate',
  'aeo-benefit-received',
] as const;

interface DeclarationEventRow {
  event_id: string;
  type: string;
  declaration_id: string;
  occurred_at: Date;
  region: string;
  status_type: string | null;
  detail: string;
  lodged_at: Date;
  anchor_key: string;
}

/**
 * The drill-down SQL: the declarations of a KPI's figures over [$1, $2) of lodgement, region $3 and
 * status type $4 (null: all), each listed as its two events (the lodgement and the decision, with
 * what they state), ordered by lodgement and event id after the keyset ($5 instant, $6 event id),
 * $7 rows at most. `population` is a fixed fragment of the definition (no input is spliced in).
 */
export const benefitEventsSql = (population: string) => `WITH counted AS (
  SELECT * FROM declaration_benefit_facts
  WHERE lodged_at >= $1 AND lodged_at < $2 AND declaration_event_id IS NOT NULL AND decision_event_id IS NOT NULL
    AND ($3::text IS NULL OR region = $3) AND ($4::text IS NULL OR aeo_status_type = $4) AND (${population})
)
SELECT e.event_id, e.type, c.declaration_id, e.occurred_at, c.region, c.aeo_status_type AS status_type, e.detail,
  c.lodged_at, to_char(c.lodged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS anchor_key
FROM counted c
CROSS JOIN LATERAL (VALUES
  (c.declaration_event_id, '${LODGED}', c.lodged_at,
    format('customs value %s %s, office %s, trader %s', c.customs_value, c.currency, c.customs_office, c.trader_taxpayer_id)),
  (c.decision_event_id, '${DECIDED}', c.decided_at,
    format('channel %s%s; benefits: %s', c.channel, CASE WHEN c.priority THEN ' (priority)' ELSE '' END,
      COALESCE(NULLIF(array_to_string(c.benefits, ', '), ''), 'none')))
) AS e(event_id, type, occurred_at, detail)
WHERE ($5::timestamptz IS NULL OR (c.lodged_at, e.event_id) > ($5::timestamptz, $6::text))
ORDER BY c.lodged_at, e.event_id
LIMIT $7`;

/** The events behind a benefit KPI's figures: each counted declaration's lodgement and decision. */
async function benefitEvents(
  runner: SqlRunner,
  kpi: KpiDefinition,
  scope: KpiScope,
  page: { limit: number; after?: KpiEventsCursor },
): Promise<{ items: KpiEvent[]; next: KpiEventsCursor | null }> {
  const buckets = periodsBetween(scope.from, scope.to, scope.period);
  if (buckets.length === 0) return { items: [], next: null };
  const rows = (await runner.query(benefitEventsSql(DECLARATIONS[kpi.id]!), [
    buckets[0]!.start,
    buckets[buckets.length - 1]!.end,
    scope.region,
    scope.statusType,
    page.after?.anchoredAt ?? null,
    page.after?.eventId ?? null,
    page.limit + 1,
  ])) as DeclarationEventRow[];
  const items = rows.slice(0, page.limit).map((row): KpiEvent => ({
    eventId: row.event_id,
    type: row.type,
    subject: row.declaration_id,
    processId: row.declaration_id,
    applicationId: null,
    occurredAt: row.occurred_at,
    region: row.region,
    statusType: row.status_type,
    detail: row.detail,
    period: bucketOf(new Date(row.lodged_at), scope.period).label,
  }));
  const last = rows.length > page.limit ? rows[page.limit - 1]! : undefined;
  return { items, next: last ? { anchoredAt: last.anchor_key, eventId: last.event_id } : null };
}
