/** Types generated for queries found in "services/risk-management/src/channel-decisions/transactional/transactional-decider.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateArray = (Date)[];

export type DateOrString = Date | string;

export type numberArray = (number)[];

export type stringArray = (string)[];

/** 'FindTraderFacts' parameters type */
export interface IFindTraderFactsParams {
  fromDay: string;
  horizonDays: number;
  loadIds: stringArray;
  now: DateOrString;
  taxpayerIds: stringArray;
}

/** 'FindTraderFacts' return type */
export interface IFindTraderFactsResult {
  aeo_authorisation_number: string;
  aeo_consent_to_mra_sharing: boolean;
  aeo_effective_from: Date;
  aeo_operator_id: string;
  aeo_status: string;
  aeo_status_effective_from: Date | null;
  aeo_status_type: string;
  aeo_suspended_scope: string | null;
  aeo_taxpayer_id: string | null;
  compliance_occurred_ats: DateArray;
  compliance_severities: stringArray;
  day_customs_values: stringArray | null;
  day_declarations: numberArray | null;
  day_duties: stringArray | null;
  days: stringArray | null;
  declarations_total: string;
  risk_score: string | null;
  scored_at: Date | null;
  taxpayer_id: string;
}

/** 'FindTraderFacts' query type */
export interface IFindTraderFactsQuery {
  params: IFindTraderFactsParams;
  result: IFindTraderFactsResult;
}

const findTraderFactsIR: any = {"usedParamSet":{"taxpayerIds":true,"now":true,"horizonDays":true,"loadIds":true,"fromDay":true},"params":[{"name":"taxpayerIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1258,"b":1270}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":1359,"b":1363}]},{"name":"horizonDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":1379,"b":1391}]},{"name":"loadIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":1836,"b":1844},{"a":1945,"b":1953}]},{"name":"fromDay","required":true,"transform":{"type":"scalar"},"locs":[{"a":1902,"b":1910}]}],"statement":"-- What a batch of the transactional decider reads of its traders, one row per trader asked: their\n-- compliance events of the horizon before :now (severities and times in matching order), the\n-- register's row now (aeo_* null when not an AEO), the stored profile's score, when it was scored\n-- and its declarations total; and for the traders in :loadIds (met for the first time since the\n-- decider took the partition over), their daily buckets since :fromDay (null for the others).\nSELECT t.taxpayer_id AS \"taxpayer_id!\",\n  c.severities AS \"compliance_severities!\", c.occurred_ats AS \"compliance_occurred_ats!\",\n  s.taxpayer_id AS \"aeo_taxpayer_id?\", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,\n  s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,\n  s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,\n  s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing,\n  p.risk_score AS \"risk_score?\", p.scored_at AS \"scored_at?\", coalesce(p.declarations_total, 0) AS \"declarations_total!\",\n  d.days AS \"days?\", d.declarations AS \"day_declarations?\", d.customs_values AS \"day_customs_values?\", d.duties AS \"day_duties?\"\nFROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)\nCROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c\nLEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id\nLEFT JOIN operator_risk_profiles p ON p.taxpayer_id = t.taxpayer_id\nLEFT JOIN LATERAL (\n  SELECT array_agg(b.day::text ORDER BY b.day) AS days, array_agg(b.declarations ORDER BY b.day) AS declarations,\n    array_agg(b.customs_value::text ORDER BY b.day) AS customs_values, array_agg(b.duties::text ORDER BY b.day) AS duties\n  FROM declaration_daily b\n  WHERE t.taxpayer_id = ANY(:loadIds!::text[]) AND b.taxpayer_id = t.taxpayer_id AND b.day >= :fromDay!::date\n) d ON t.taxpayer_id = ANY(:loadIds!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * -- What a batch of the transactional decider reads of its traders, one row per trader asked: their
 * -- compliance events of the horizon before :now (severities and times in matching order), the
 * -- register's row now (aeo_* null when not an AEO), the stored profile's score, when it was scored
 * -- and its declarations total; and for the traders in :loadIds (met for the first time since the
 * -- decider took the partition over), their daily buckets since :fromDay (null for the others).
 * SELECT t.taxpayer_id AS "taxpayer_id!",
 *   c.severities AS "compliance_severities!", c.occurred_ats AS "compliance_occurred_ats!",
 *   s.taxpayer_id AS "aeo_taxpayer_id?", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,
 *   s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,
 *   s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,
 *   s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing,
 *   p.risk_score AS "risk_score?", p.scored_at AS "scored_at?", coalesce(p.declarations_total, 0) AS "declarations_total!",
 *   d.days AS "days?", d.declarations AS "day_declarations?", d.customs_values AS "day_customs_values?", d.duties AS "day_duties?"
 * FROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)
 * CROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c
 * LEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id
 * LEFT JOIN operator_risk_profiles p ON p.taxpayer_id = t.taxpayer_id
 * LEFT JOIN LATERAL (
 *   SELECT array_agg(b.day::text ORDER BY b.day) AS days, array_agg(b.declarations ORDER BY b.day) AS declarations,
 *     array_agg(b.customs_value::text ORDER BY b.day) AS customs_values, array_agg(b.duties::text ORDER BY b.day) AS duties
 *   FROM declaration_daily b
 *   WHERE t.taxpayer_id = ANY(:loadIds!::text[]) AND b.taxpayer_id = t.taxpayer_id AND b.day >= :fromDay!::date
 * ) d ON t.taxpayer_id = ANY(:loadIds!::text[])
 * ```
 */
export const findTraderFacts = new PreparedQuery<IFindTraderFactsParams,IFindTraderFactsResult>(findTraderFactsIR);


