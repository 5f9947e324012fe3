/** Types generated for queries found in "services/programme/src/benefit/benefit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FoldLodgements' parameters type */
export interface IFoldLodgementsParams {
  lodgements: Json;
  timeZone: string;
}

/** 'FoldLodgements' return type */
export interface IFoldLodgementsResult {
  rolled_up: undefined | null;
}

/** 'FoldLodgements' query type */
export interface IFoldLodgementsQuery {
  params: IFoldLodgementsParams;
  result: IFoldLodgementsResult;
}

const foldLodgementsIR: any = {"usedParamSet":{"lodgements":true,"timeZone":true},"params":[{"name":"lodgements","required":true,"transform":{"type":"scalar"},"locs":[{"a":874,"b":885}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":2365,"b":2374}]}],"statement":"-- One statement per batch and one row version per declaration: a new declaration is inserted with its\n-- lodgement, a stored one takes it only when it is earlier than the lodgement it holds (to the\n-- millisecond, then the smaller event id), as withLodgement decides (the batch's own repeats are merged\n-- before). The batch comes as one JSON array (serialised natively, not element by element). Rows are\n-- written in key order; the roll-up follows in the same statement (one empty row comes back to the service).\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,\n    trader_taxpayer_id, customs_value, currency)\n  SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,\n    u.customs_value, u.currency\n  FROM json_to_recordset(:lodgements!::json) AS u(declaration_id text, declaration_event_id text,\n    lodged_at timestamptz, region text, customs_office text, trader_taxpayer_id text, customs_value numeric,\n    currency text)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,\n    customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,\n    customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()\n  WHERE f.declaration_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)\n    OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)\n      AND EXCLUDED.declaration_event_id COLLATE \"C\" < f.declaration_event_id COLLATE \"C\")\n  RETURNING ROW(old.declaration_event_id, old.lodged_at, old.region, old.customs_value, old.decision_event_id,\n    old.channel, old.aeo_status_type, new.declaration_event_id, new.lodged_at, new.region, new.customs_value,\n    new.decision_event_id, new.channel, new.aeo_status_type)::declaration_benefit_change AS change\n)\n-- The roll-up moved by the declarations whose side was replaced, in the programme's time zone (migration\n-- 1610's declaration_benefit_rollup: what each counted before out, what it counts now in, after the facts).\nSELECT declaration_benefit_rollup(array_agg(change), :timeZone!) AS rolled_up FROM replaced"};

/**
 * Query generated from SQL:
 * ```
 * -- One statement per batch and one row version per declaration: a new declaration is inserted with its
 * -- lodgement, a stored one takes it only when it is earlier than the lodgement it holds (to the
 * -- millisecond, then the smaller event id), as withLodgement decides (the batch's own repeats are merged
 * -- before). The batch comes as one JSON array (serialised natively, not element by element). Rows are
 * -- written in key order; the roll-up follows in the same statement (one empty row comes back to the service).
 * WITH replaced AS (
 *   INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,
 *     trader_taxpayer_id, customs_value, currency)
 *   SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,
 *     u.customs_value, u.currency
 *   FROM json_to_recordset(:lodgements!::json) AS u(declaration_id text, declaration_event_id text,
 *     lodged_at timestamptz, region text, customs_office text, trader_taxpayer_id text, customs_value numeric,
 *     currency text)
 *   ORDER BY u.declaration_id
 *   ON CONFLICT (declaration_id) DO UPDATE SET
 *     declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,
 *     customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,
 *     customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()
 *   WHERE f.declaration_event_id IS NULL
 *     OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)
 *     OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)
 *       AND EXCLUDED.declaration_event_id COLLATE "C" < f.declaration_event_id COLLATE "C")
 *   RETURNING ROW(old.declaration_event_id, old.lodged_at, old.region, old.customs_value, old.decision_event_id,
 *     old.channel, old.aeo_status_type, new.declaration_event_id, new.lodged_at, new.region, new.customs_value,
 *     new.decision_event_id, new.channel, new.aeo_status_type)::declaration_benefit_change AS change
 * )
 * -- The roll-up moved by the declarations whose side was replaced, in the programme's time zone (migration
 * -- 1610's declaration_benefit_rollup: what each counted before out, what it counts now in, after the facts).
 * SELECT declaration_benefit_rollup(array_agg(change), :timeZone!) AS rolled_up FROM replaced
 * ```
 */
export const foldLodgements = new PreparedQuery<IFoldLodgementsParams,IFoldLodgementsResult>(foldLodgementsIR);


/** 'FoldDecisions' parameters type */
export interface IFoldDecisionsParams {
  decisions: Json;
  timeZone: string;
}

/** 'FoldDecisions' return type */
export interface IFoldDecisionsResult {
  rolled_up: undefined | null;
}

/** 'FoldDecisions' query type */
export interface IFoldDecisionsQuery {
  params: IFoldDecisionsParams;
  result: IFoldDecisionsResult;
}

const foldDecisionsIR: any = {"usedParamSet":{"decisions":true,"timeZone":true},"params":[{"name":"decisions","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":547}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":1948,"b":1957}]}],"statement":"-- The same for channel decisions: a stored decision is replaced only by an earlier one (to the\n-- millisecond, then the smaller decision id), as withDecision decides; the roll-up in the same statement.\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,\n    aeo_status_type, benefits, priority)\n  SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel, u.aeo_status_type,\n    u.benefits, u.priority\n  FROM json_to_recordset(:decisions!::json) AS u(declaration_id text, decision_event_id text, decision_id uuid,\n    decided_at timestamptz, channel text, aeo_status_type text, benefits text[], priority boolean)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,\n    decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,\n    benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()\n  WHERE f.decision_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)\n    OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)\n      AND EXCLUDED.decision_id < f.decision_id)\n  RETURNING ROW(old.declaration_event_id, old.lodged_at, old.region, old.customs_value, old.decision_event_id,\n    old.channel, old.aeo_status_type, new.declaration_event_id, new.lodged_at, new.region, new.customs_value,\n    new.decision_event_id, new.channel, new.aeo_status_type)::declaration_benefit_change AS change\n)\n-- The roll-up moved by the declarations whose side was replaced, in the programme's time zone (migration\n-- 1610's declaration_benefit_rollup: what each counted before out, what it counts now in, after the facts).\nSELECT declaration_benefit_rollup(array_agg(change), :timeZone!) AS rolled_up FROM replaced"};

/**
 * Query generated from SQL:
 * ```
 * -- The same for channel decisions: a stored decision is replaced only by an earlier one (to the
 * -- millisecond, then the smaller decision id), as withDecision decides; the roll-up in the same statement.
 * WITH replaced AS (
 *   INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,
 *     aeo_status_type, benefits, priority)
 *   SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel, u.aeo_status_type,
 *     u.benefits, u.priority
 *   FROM json_to_recordset(:decisions!::json) AS u(declaration_id text, decision_event_id text, decision_id uuid,
 *     decided_at timestamptz, channel text, aeo_status_type text, benefits text[], priority boolean)
 *   ORDER BY u.declaration_id
 *   ON CONFLICT (declaration_id) DO UPDATE SET
 *     decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,
 *     decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,
 *     benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()
 *   WHERE f.decision_event_id IS NULL
 *     OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)
 *     OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)
 *       AND EXCLUDED.decision_id < f.decision_id)
 *   RETURNING ROW(old.declaration_event_id, old.lodged_at, old.region, old.customs_value, old.decision_event_id,
 *     old.channel, old.aeo_status_type, new.declaration_event_id, new.lodged_at, new.region, new.customs_value,
 *     new.decision_event_id, new.channel, new.aeo_status_type)::declaration_benefit_change AS change
 * )
 * -- The roll-up moved by the declarations whose side was replaced, in the programme's time zone (migration
 * -- 1610's declaration_benefit_rollup: what each counted before out, what it counts now in, after the facts).
 * SELECT declaration_benefit_rollup(array_agg(change), :timeZone!) AS rolled_up FROM replaced
 * ```
 */
export const foldDecisions = new PreparedQuery<IFoldDecisionsParams,IFoldDecisionsResult>(foldDecisionsIR);


