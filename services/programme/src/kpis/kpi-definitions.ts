import {
  ApplicationAccepted,
  ApplicationDecisionExtended,
  ApplicationHearingOpened,
  ApplicationRejected,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  AuthorisationGranted,
  AuthorisationRefused,
  ValidationReportSubmitted,
} from '@aeo/contracts';

/** What a KPI can be broken down by (each definition says which apply to it). */
export const KPI_DIMENSIONS = ['region', 'statusType'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export type KpiUnit = 'days' | 'share' | 'count';

/**
 * How a period's figure is made from the processes that fall in it:
 * - `percentile`: the p-th percentile of `days` (computed by `percentile()`, so the maths is ours and tested);
 * - `share`: the processes meeting `numerator` over all of them (null when there are none);
 * - `count`: how many there are.
 */
export type KpiMeasure =
  { kind: 'percentile'; p: number; days: string } | { kind: 'share'; numerator: string } | { kind: 'count' };

export interface KpiDefinition {
  /** Stable id used in the API and the metrics. */
  readonly id: string;
  readonly family: 'certification';
  readonly name: { readonly mn: string; readonly en: string };
  /** What exactly is measured, in words (the SQL below is the same rule). */
  readonly definition: string;
  readonly unit: KpiUnit;
  /** The level the programme aims for; null for a volume the programme watches without a target. */
  readonly target: number | null;
  /** Whether a figure above the target (`higher`) or below it (`lower`) is the good side. */
  readonly direction: 'higher' | 'lower';
  readonly dimensions: readonly KpiDimension[];
  /** The column of `certification_outcomes` whose instant places a process in a period. */
  readonly anchor: string;
  /** Which processes count (SQL condition on `certification_outcomes`), besides the anchor being in the period. */
  readonly population: string;
  readonly measure: KpiMeasure;
  /** The event types the drill-down lists as the evidence of a figure. */
  readonly evidence: readonly string[];
}

const SUBMITTED = ApplicationSubmitted.type;
const ACCEPTED = ApplicationAccepted.type;
const REJECTED = ApplicationRejected.type;
const WITHDRAWN = ApplicationWithdrawn.type;
const EXTENDED = ApplicationDecisionExtended.type;
const HEARING = ApplicationHearingOpened.type;
const REPORT = ValidationReportSubmitted.type;
const GRANTED = AuthorisationGranted.type;
const REFUSED = AuthorisationRefused.type;
const DECISIONS = [GRANTED, REFUSED];

/** Days between two instants, with fractions (a decision 36 hours after the report is 1.5 days). */
const daysBetween = (from: string, to: string) => `EXTRACT(EPOCH FROM (${to} - ${from}))::float8 / 86400`;

const decided = 'decision IS NOT NULL';

/** A KPI of the certification family: every one is broken down by region and status type. */
const certification = (kpi: Omit<KpiDefinition, 'family' | 'dimensions'>): KpiDefinition => ({
  ...kpi,
  family: 'certification',
  dimensions: KPI_DIMENSIONS,
});

/** The median (or another percentile) of the days between two instants of a process. */
const daysPercentile = (p: number, from: string, to: string): KpiMeasure => ({
  kind: 'percentile',
  p,
  days: daysBetween(from, to),
});

/** The certification family: how long certification takes, and how its applications end. */
export const CERTIFICATION_KPIS: readonly KpiDefinition[] = [
  certification({
    id: 'certification-time-median',
    name: { en: 'Time to certify (median)', mn: 'Гэрчилгээжүүлэх хугацаа (медиан)' },
    definition:
      'Median of the days from the submission of an application to the decision on it (grant or refusal), over the applications decided in the period.',
    unit: 'days',
    target: 90,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND submitted_at IS NOT NULL`,
    measure: daysPercentile(0.5, 'submitted_at', 'decided_at'),
    evidence: [SUBMITTED, ...DECISIONS],
  }),
  certification({
    id: 'certification-time-p90',
    name: { en: 'Time to certify (90th percentile)', mn: 'Гэрчилгээжүүлэх хугацаа (90 дэх хувь)' },
    definition:
      '90th percentile of the days from submission to decision over the applications decided in the period: nine in ten were decided within it.',
    unit: 'days',
    target: 150,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND submitted_at IS NOT NULL`,
    measure: daysPercentile(0.9, 'submitted_at', 'decided_at'),
    evidence: [SUBMITTED, ...DECISIONS],
  }),
  certification({
    id: 'stage-acceptance-days',
    name: { en: 'Time to accept (median)', mn: 'Өргөдөл хүлээн авах хугацаа (медиан)' },
    definition:
      'Median of the days from submission to acceptance (deemed acceptances included), over the applications accepted in the period.',
    unit: 'days',
    target: 30,
    direction: 'lower',
    anchor: 'accepted_at',
    population: 'submitted_at IS NOT NULL',
    measure: daysPercentile(0.5, 'submitted_at', 'accepted_at'),
    evidence: [SUBMITTED, ACCEPTED],
  }),
  certification({
    id: 'stage-validation-days',
    name: { en: 'Time to validate (median)', mn: 'Баталгаажуулалтын хугацаа (медиан)' },
    definition:
      'Median of the days from acceptance to the first validation report, over the applications whose report was submitted in the period.',
    unit: 'days',
    target: 60,
    direction: 'lower',
    anchor: 'report_submitted_at',
    population: 'accepted_at IS NOT NULL',
    measure: daysPercentile(0.5, 'accepted_at', 'report_submitted_at'),
    evidence: [ACCEPTED, REPORT],
  }),
  certification({
    id: 'stage-decision-days',
    name: { en: 'Time to decide after the report (median)', mn: 'Тайлангаас шийдвэр хүртэлх хугацаа (медиан)' },
    definition:
      'Median of the days from the validation report to the decision, over the applications decided in the period that had a report.',
    unit: 'days',
    target: 20,
    direction: 'lower',
    anchor: 'decided_at',
    population: `${decided} AND report_submitted_at IS NOT NULL`,
    measure: daysPercentile(0.5, 'report_submitted_at', 'decided_at'),
    evidence: [REPORT, ...DECISIONS],
  }),
  certification({
    id: 'decided-within-time-limit',
    name: { en: 'Decided within the legal time limit', mn: 'Хуулийн хугацаанд шийдвэрлэсэн' },
    definition:
      'Share of the applications decided in the period whose decision came by the legal decision deadline (the one set at acceptance, or the extended one when the period was extended).',
    unit: 'share',
    target: 0.95,
    direction: 'higher',
    anchor: 'decided_at',
    population: `${decided} AND legal_deadline IS NOT NULL`,
    measure: { kind: 'share', numerator: 'decided_at <= legal_deadline' },
    evidence: [ACCEPTED, EXTENDED, ...DECISIONS],
  }),
  certification({
    id: 'extensions-used',
    name: { en: 'Decisions with an extended period', mn: 'Хугацаа сунгаж шийдвэрлэсэн' },
    definition: 'Share of the applications decided in the period whose decision period was extended.',
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    anchor: 'decided_at',
    population: decided,
    measure: { kind: 'share', numerator: 'extensions_used' },
    evidence: [EXTENDED, ...DECISIONS],
  }),
  certification({
    id: 'acceptance-rate',
    name: { en: 'Acceptance rate', mn: 'Хүлээн авсан өргөдлийн хувь' },
    definition:
      'Share of the applications accepted (deemed acceptances included) among those accepted or refused at acceptance in the period: complete applications reflect clear guidance to operators.',
    unit: 'share',
    target: 0.8,
    direction: 'higher',
    anchor: 'COALESCE(accepted_at, rejected_at)',
    population: 'true',
    measure: { kind: 'share', numerator: 'accepted_at IS NOT NULL' },
    evidence: [ACCEPTED, REJECTED],
  }),
  certification({
    id: 'refusal-rate',
    name: { en: 'Refusal rate', mn: 'Татгалзсан шийдвэрийн хувь' },
    definition: 'Share of refusals among the decisions (grant or refusal) taken in the period.',
    unit: 'share',
    target: 0.2,
    direction: 'lower',
    anchor: 'decided_at',
    population: decided,
    measure: { kind: 'share', numerator: "decision = 'refused'" },
    evidence: DECISIONS,
  }),
  certification({
    id: 'withdrawal-rate',
    name: { en: 'Withdrawal rate', mn: 'Буцаан авсан өргөдлийн хувь' },
    definition:
      'Share of withdrawals among the applications that ended in the period (decided, refused at acceptance or withdrawn).',
    unit: 'share',
    target: 0.1,
    direction: 'lower',
    anchor: 'COALESCE(withdrawn_at, decided_at, rejected_at)',
    population: 'true',
    measure: { kind: 'share', numerator: 'withdrawn_at IS NOT NULL' },
    evidence: [WITHDRAWN, REJECTED, ...DECISIONS],
  }),
  certification({
    id: 'hearings-held',
    name: { en: 'Hearings held', mn: 'Сонсгол хийсэн' },
    definition:
      'Applications whose right to be heard was opened (an intended refusal with its grounds) in the period. A volume the programme watches: no target.',
    unit: 'count',
    target: null,
    direction: 'lower',
    anchor: 'hearing_opened_at',
    population: 'true',
    measure: { kind: 'count' },
    evidence: [HEARING],
  }),
];

export const KPI_DEFINITIONS: readonly KpiDefinition[] = CERTIFICATION_KPIS;

export const findKpi = (id: string): KpiDefinition | undefined => KPI_DEFINITIONS.find((kpi) => kpi.id === id);

/** The KPIs Prometheus shows for the current month (national). */
export const HEADLINE_KPIS = [
  'certification-time-median',
  'decided-within-time-limit',
  'acceptance-rate',
  'refusal-rate',
] as const;

/** The measure's columns in the per-period query. */
function measureColumns(measure: KpiMeasure): string {
  if (measure.kind === 'percentile') return `, array_agg(${measure.days} ORDER BY ${measure.days}) AS values`;
  if (measure.kind === 'share') return `, (count(*) FILTER (WHERE ${measure.numerator}))::int AS numerator`;
  return '';
}

/**
 * The conditions every KPI query takes, with its parameters from $n: the anchor in [$n, $n+1),
 * region $n+2 and status type $n+3 when not null, and the KPI's population.
 */
const scoped = (kpi: KpiDefinition, n: number) =>
  `${kpi.anchor} >= $${n} AND ${kpi.anchor} < $${n + 1} AND ($${n + 2}::text IS NULL OR region = $${n + 2}) ` +
  `AND ($${n + 3}::text IS NULL OR status_type = $${n + 3}) AND (${kpi.population})`;

/**
 * The SQL of a KPI per period: parameters $1 period ('week', 'month', 'quarter'), $2 from, $3 to
 * (instants, to exclusive), $4 region, $5 status type (null: all). One row per period with
 * processes: its start (`date_trunc` in UTC, ISO weeks), how many processes count, and the
 * measure's columns. Built from the definition's fixed fragments only (no input is spliced in).
 */
export function kpiSql(kpi: KpiDefinition): string {
  return `SELECT date_trunc($1, ${kpi.anchor}, 'UTC') AS period_start, count(*)::int AS sample${measureColumns(kpi.measure)}
FROM certification_outcomes
WHERE ${scoped(kpi, 2)}
GROUP BY 1 ORDER BY 1`;
}

/**
 * The events behind a KPI's figures over [$1, $2) in the scope ($3 region, $4 status type): the
 * evidence events ($5 types) of each process that counts, with the instant that placed it in its
 * period, ordered by that instant and the event id, after the keyset ($6 instant, $7 event id;
 * null: from the start), $8 rows at most.
 */
export function kpiEventsSql(kpi: KpiDefinition): string {
  return `WITH counted AS (
  SELECT application_id, grant_event_id, ${kpi.anchor} AS anchored_at
  FROM certification_outcomes
  WHERE ${scoped(kpi, 1)}
)
SELECT f.event_id, f.type, f.subject, f.application_id, c.application_id AS process_id, f.occurred_at, f.region,
  f.status_type, c.anchored_at,
  to_char(c.anchored_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS anchor_key
FROM counted c
JOIN programme_event_facts f ON f.application_id = c.application_id OR f.event_id = c.grant_event_id
WHERE f.type = ANY($5::text[])
  AND ($6::timestamptz IS NULL OR (c.anchored_at, f.event_id) > ($6::timestamptz, $7::text))
ORDER BY c.anchored_at, f.event_id
LIMIT $8`;
}
