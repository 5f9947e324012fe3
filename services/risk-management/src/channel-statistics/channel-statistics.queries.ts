/** Types generated for queries found in "services/risk-management/src/channel-statistics/channel-statistics.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'CountDecisionsByAeoAndChannel' parameters type */
export interface ICountDecisionsByAeoAndChannelParams {
  from: string;
  region?: string | null | void;
  to: string;
}

/** 'CountDecisionsByAeoAndChannel' return type */
export interface ICountDecisionsByAeoAndChannelResult {
  aeo: string | null;
  channel: string;
  n: number;
}

/** 'CountDecisionsByAeoAndChannel' query type */
export interface ICountDecisionsByAeoAndChannelQuery {
  params: ICountDecisionsByAeoAndChannelParams;
  result: ICountDecisionsByAeoAndChannelResult;
}

const countDecisionsByAeoAndChannelIR: any = {"usedParamSet":{"from":true,"to":true,"region":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":110}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":169}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":219,"b":225},{"a":253,"b":259}]}],"statement":"SELECT aeo_status_type AS aeo, channel, count(*)::int AS \"n!\"\nFROM channel_decisions\nWHERE lodged_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND lodged_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC'\n  AND (:region::text IS NULL OR region = :region)\nGROUP BY 1, 2"};

/**
 * Query generated from SQL:
 * ```
 * SELECT aeo_status_type AS aeo, channel, count(*)::int AS "n!"
 * FROM channel_decisions
 * WHERE lodged_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND lodged_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC'
 *   AND (:region::text IS NULL OR region = :region)
 * GROUP BY 1, 2
 * ```
 */
export const countDecisionsByAeoAndChannel = new PreparedQuery<ICountDecisionsByAeoAndChannelParams,ICountDecisionsByAeoAndChannelResult>(countDecisionsByAeoAndChannelIR);


/** 'CountDecisionsWithoutFacts' parameters type */
export interface ICountDecisionsWithoutFactsParams {
  from: string;
  to: string;
}

/** 'CountDecisionsWithoutFacts' return type */
export interface ICountDecisionsWithoutFactsResult {
  n: number;
}

/** 'CountDecisionsWithoutFacts' query type */
export interface ICountDecisionsWithoutFactsQuery {
  params: ICountDecisionsWithoutFactsParams;
  result: ICountDecisionsWithoutFactsResult;
}

const countDecisionsWithoutFactsIR: any = {"usedParamSet":{"from":true,"to":true},"params":[{"name":"from","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":100}]},{"name":"to","required":true,"transform":{"type":"scalar"},"locs":[{"a":157,"b":160}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM channel_decisions\nWHERE lodged_at IS NULL AND decided_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND decided_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM channel_decisions
 * WHERE lodged_at IS NULL AND decided_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND decided_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC'
 * ```
 */
export const countDecisionsWithoutFacts = new PreparedQuery<ICountDecisionsWithoutFactsParams,ICountDecisionsWithoutFactsResult>(countDecisionsWithoutFactsIR);


