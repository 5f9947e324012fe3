/** Types generated for queries found in "services/risk-management/src/pilot-candidates/pilot-candidates.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SumTraderActivity' parameters type */
export interface ISumTraderActivityParams {
  exclusionYears: number;
  windowDays: number;
}

/** 'SumTraderActivity' return type */
export interface ISumTraderActivityResult {
  aeo_effective_from: Date | null;
  aeo_status: string | null;
  aeo_status_effective_from: Date | null;
  customs_value: string;
  declarations: string;
  duties: string;
  serious: string;
  taxpayer_id: string;
}

/** 'SumTraderActivity' query type */
export interface ISumTraderActivityQuery {
  params: ISumTraderActivityParams;
  result: ISumTraderActivityResult;
}

const sumTraderActivityIR: any = {"usedParamSet":{"exclusionYears":true,"windowDays":true},"params":[{"name":"exclusionYears","required":true,"transform":{"type":"scalar"},"locs":[{"a":331,"b":346}]},{"name":"windowDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":839,"b":850}]}],"statement":"SELECT d.taxpayer_id,\n  sum(d.declarations)::bigint AS \"declarations!\",\n  sum(d.customs_value) AS \"customs_value!\",\n  sum(d.duties) AS \"duties!\",\n  (SELECT count(*) FROM compliance_history c\n    WHERE c.taxpayer_id = d.taxpayer_id AND c.severity IN ('serious', 'critical')\n      AND c.occurred_at >= now() - make_interval(years => :exclusionYears!::int)) AS \"serious!\",\n  s.status_type || ' ' || s.status AS \"aeo_status?\",\n  -- The grant's own date of effect and its status's (a suspension, revocation…): what is not in force yet.\n  s.effective_from AS \"aeo_effective_from?\",\n  s.status_effective_from AS \"aeo_status_effective_from?\"\nFROM declaration_daily d\n-- One register row at most per trader (its key): grouped by it, its columns are the group's.\nLEFT JOIN aeo_status s ON s.taxpayer_id = d.taxpayer_id\nWHERE d.day >= current_date - :windowDays!::int\nGROUP BY d.taxpayer_id, s.taxpayer_id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.taxpayer_id,
 *   sum(d.declarations)::bigint AS "declarations!",
 *   sum(d.customs_value) AS "customs_value!",
 *   sum(d.duties) AS "duties!",
 *   (SELECT count(*) FROM compliance_history c
 *     WHERE c.taxpayer_id = d.taxpayer_id AND c.severity IN ('serious', 'critical')
 *       AND c.occurred_at >= now() - make_interval(years => :exclusionYears!::int)) AS "serious!",
 *   s.status_type || ' ' || s.status AS "aeo_status?",
 *   -- The grant's own date of effect and its status's (a suspension, revocation…): what is not in force yet.
 *   s.effective_from AS "aeo_effective_from?",
 *   s.status_effective_from AS "aeo_status_effective_from?"
 * FROM declaration_daily d
 * -- One register row at most per trader (its key): grouped by it, its columns are the group's.
 * LEFT JOIN aeo_status s ON s.taxpayer_id = d.taxpayer_id
 * WHERE d.day >= current_date - :windowDays!::int
 * GROUP BY d.taxpayer_id, s.taxpayer_id
 * ```
 */
export const sumTraderActivity = new PreparedQuery<ISumTraderActivityParams,ISumTraderActivityResult>(sumTraderActivityIR);


