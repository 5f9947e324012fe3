import { ChannelDecided, DeclarationLodged } from '@aeo/contracts';
import type { SqlRunner } from '@aeo/persistence';
import { atLeast, atMost, familyOf, watched } from '../kpi-engine';
import type { KpiAim, KpiDefinition, KpiDimension, KpiRule, KpiSource } from '../kpi-engine';
import {
  kpiEventsPage,
  periodsSpan,
  type KpiEvent,
  type KpiEventRow,
  type KpiEventsCursor,
  type KpiScope,
} from '../kpi-values';

const LODGED = DeclarationLodged.type;
const DECIDED = ChannelDecided.type;

/**
 * The daily roll-up (`declaration_benefit_daily`): one row per day of lodgement (PROGRAMME_TIME_ZONE), region and
 * AEO group, counting the declarations whose lodgement and channel decision are both in. A KPI is
 * a ratio of two sums over its rows, so a year is a few thousand rows whatever the volume. An
 * instance whose zone is not the roll-up's recorded one (a rolling change of the zone) answers 503. The
 * drill-down lists the declarations behind a figure from `declaration_benefit_facts` (below).
 */
const DAILY: KpiSource = {
  relation: 'declaration_benefit_daily',
  evidence: 'false',
  storedDays: {
    zone: '(SELECT time_zone FROM declaration_benefit_rollup_zone)',
    what: "The benefit roll-up's days",
  },
};

/** Each KPI's declarations, as a condition on `declaration_benefit_facts` (the roll-up's population, per declaration). */
const DECLARATIONS: Record<string, string> = {};

/** A benefit KPI's rule, and its population on one declaration's row (for the drill-down). */
interface BenefitRule extends KpiRule {
  readonly declarations: string;
}

const benefit =
  (dimensions: readonly KpiDimension[]) =>
  (id: string, aim: KpiAim, { declarations, ...rule }: BenefitRule) => {
    DECLARATIONS[id] = declarations;
    return familyOf('benefit', dimensions)(id, aim, rule);
  };
/** A share of all declarations: national or by region (the status type is what it measures). */
const ofAll = benefit(['region']);
/** A rate among AEO declarations: by region and by the status type in force. */
const ofAeos = benefit(['region', 'statusType']);
/** The same rate among the other traders' declarations: by region. */
const ofOthers = benefit(['region']);

/** The declarations a KPI counts: as the roll-up's rows (`rows`) and one by one (`declarations`). */
interface Counted {
  readonly rows: string;
  readonly declarations: string;
}
const AEO = 'aeo_status_type IS NOT NULL';
const ALL: Counted = { rows: 'true', declarations: 'true' };
const AEOS: Counted = { rows: 'aeo', declarations: AEO };
const OTHERS: Counted = { rows: 'NOT aeo', declarations: 'aeo_status_type IS NULL' };
const AEOS_RELEASED_GREEN: Counted = { rows: 'aeo', declarations: `${AEO} AND channel = 'green'` };

const DECLARATION_COUNT = 'declarations';
/** The AEO declarations' part of a roll-up column. */
const ofAeoRows = (column: string) => `CASE WHEN aeo THEN ${column} ELSE 0 END`;

/** A ratio of two sums over the counted declarations' roll-up rows (default: of the declarations), the declarations being its sample. */
const shareOfDeclarations = (counted: Counted, numerator: string, denominator = DECLARATION_COUNT): BenefitRule => ({
  source: DAILY,
  anchor: 'day',
  population: counted.rows,
  evidence: [LODGED, DECIDED],
  unit: 'share',
  measure: { kind: 'ratio', numerator, denominator, sample: DECLARATION_COUNT },
  events: benefitEvents,
  declarations: counted.declarations,
});

/** The benefit in numbers: how much of the trade AEOs carry, and whether their status shows in the controls. */
export const BENEFIT_KPIS: readonly KpiDefinition[] = [
  ofAll('aeo-declaration-share', atLeast(0.25), shareOfDeclarations(ALL, ofAeoRows('declarations'))),
  // Values as declared, in the national currency (not converted).
  ofAll('aeo-customs-value-share', atLeast(0.4), shareOfDeclarations(ALL, ofAeoRows('customs_value'), 'customs_value')),
  ofAeos('aeo-documentary-control-rate', atMost(0.03), shareOfDeclarations(AEOS, 'documentary')),
  ofOthers('other-documentary-control-rate', watched(), shareOfDeclarations(OTHERS, 'documentary')),
  ofAeos('aeo-physical-control-rate', atMost(0.01), shareOfDeclarations(AEOS, 'physical')),
  ofOthers('other-physical-control-rate', watched(), shareOfDeclarations(OTHERS, 'physical')),
  // Released green: a declaration controlled with priority or prior notice received no benefit.
  ofAeos('aeo-benefit-received', atLeast(0.95), shareOfDeclarations(AEOS_RELEASED_GREEN, 'benefited')),
];

export const BENEFIT_HEADLINES = [
  'aeo-declaration-share',
  'aeo-physical-control-rate',
  'aeo-benefit-received',
] as const;

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
SELECT e.event_id, e.type, c.declaration_id AS subject, c.declaration_id AS process_id, NULL::text AS application_id,
  e.occurred_at, c.region, c.aeo_status_type AS status_type, e.detail, NULL::text AS category, c.lodged_at AS anchored_at,
  to_char(c.lodged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS anchor_key
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
  const span = periodsSpan(scope);
  if (!span) return { items: [], next: null };
  const rows = (await runner.query(benefitEventsSql(DECLARATIONS[kpi.id]!), [
    span.start,
    span.end,
    scope.region,
    scope.statusType,
    page.after?.anchoredAt ?? null,
    page.after?.eventId ?? null,
    page.limit + 1,
  ])) as KpiEventRow[];
  return kpiEventsPage(rows, scope, page.limit);
}
