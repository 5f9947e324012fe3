/** Types generated for queries found in "services/programme/src/benefit/benefit.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'FoldLodgements' parameters type */
export interface IFoldLodgementsParams {
  lodgements: Json;
  timeZone: string;
}

/** 'FoldLodgements' return type */
export type IFoldLodgementsResult = void;

/** 'FoldLodgements' query type */
export interface IFoldLodgementsQuery {
  params: IFoldLodgementsParams;
  result: IFoldLodgementsResult;
}

const foldLodgementsIR: any = {"usedParamSet":{"lodgements":true,"timeZone":true},"params":[{"name":"lodgements","required":true,"transform":{"type":"scalar"},"locs":[{"a":868,"b":879}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":2844,"b":2853},{"a":3347,"b":3356}]}],"statement":"-- One statement per batch and one row version per declaration: a new declaration is inserted with its\n-- lodgement, a stored one takes it only when it is earlier than the lodgement it holds (to the\n-- millisecond, then the smaller event id), as withLodgement decides (the batch's own repeats are merged\n-- before). The batch comes as one JSON array (serialised natively, not element by element). Rows are\n-- written in key order; the roll-up follows in the same statement (nothing comes back to the service).\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,\n    trader_taxpayer_id, customs_value, currency)\n  SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,\n    u.customs_value, u.currency\n  FROM json_to_recordset(:lodgements!::json) AS u(declaration_id text, declaration_event_id text,\n    lodged_at timestamptz, region text, customs_office text, trader_taxpayer_id text, customs_value numeric,\n    currency text)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,\n    customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,\n    customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()\n  WHERE f.declaration_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)\n    OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)\n      AND EXCLUDED.declaration_event_id COLLATE \"C\" < f.declaration_event_id COLLATE \"C\")\n  RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,\n    old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,\n    old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,\n    new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,\n    new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,\n    new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type\n),\n-- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides\n-- in) taken out, what it counts now (both sides in) added, summed per day (in the programme's time zone), region and AEO group,\n-- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).\n-- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).\nchanges AS (\n  SELECT date_trunc('day', r.old_lodged_at, :timeZone!) AS day, r.old_region AS region,\n    coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,\n    -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,\n    -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited\n  FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL\n  UNION ALL\n  SELECT date_trunc('day', r.new_lodged_at, :timeZone!), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,\n    r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,\n    (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int\n  FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL\n)\nINSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)\nSELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)\nFROM changes\nGROUP BY day, region, aeo_group\nHAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0\n  OR sum(benefited) <> 0\nORDER BY day, region, aeo_group\nON CONFLICT (day, region, aeo_group) DO UPDATE SET\n  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,\n  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,\n  benefited = d.benefited + EXCLUDED.benefited"};

/**
 * Query generated from SQL:
 * ```
 * -- One statement per batch and one row version per declaration: a new declaration is inserted with its
 * -- lodgement, a stored one takes it only when it is earlier than the lodgement it holds (to the
 * -- millisecond, then the smaller event id), as withLodgement decides (the batch's own repeats are merged
 * -- before). The batch comes as one JSON array (serialised natively, not element by element). Rows are
 * -- written in key order; the roll-up follows in the same statement (nothing comes back to the service).
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
 *   RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,
 *     old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,
 *     old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,
 *     new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,
 *     new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,
 *     new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type
 * ),
 * -- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides
 * -- in) taken out, what it counts now (both sides in) added, summed per day (in the programme's time zone), region and AEO group,
 * -- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).
 * -- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).
 * changes AS (
 *   SELECT date_trunc('day', r.old_lodged_at, :timeZone!) AS day, r.old_region AS region,
 *     coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,
 *     -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,
 *     -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited
 *   FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL
 *   UNION ALL
 *   SELECT date_trunc('day', r.new_lodged_at, :timeZone!), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,
 *     r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,
 *     (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int
 *   FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL
 * )
 * INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
 * SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
 * FROM changes
 * GROUP BY day, region, aeo_group
 * HAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0
 *   OR sum(benefited) <> 0
 * ORDER BY day, region, aeo_group
 * ON CONFLICT (day, region, aeo_group) DO UPDATE SET
 *   declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
 *   documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
 *   benefited = d.benefited + EXCLUDED.benefited
 * ```
 */
export const foldLodgements = new PreparedQuery<IFoldLodgementsParams,IFoldLodgementsResult>(foldLodgementsIR);


/** 'FoldDecisions' parameters type */
export interface IFoldDecisionsParams {
  decisions: Json;
  timeZone: string;
}

/** 'FoldDecisions' return type */
export type IFoldDecisionsResult = void;

/** 'FoldDecisions' query type */
export interface IFoldDecisionsQuery {
  params: IFoldDecisionsParams;
  result: IFoldDecisionsResult;
}

const foldDecisionsIR: any = {"usedParamSet":{"decisions":true,"timeZone":true},"params":[{"name":"decisions","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":547}]},{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":2433,"b":2442},{"a":2936,"b":2945}]}],"statement":"-- The same for channel decisions: a stored decision is replaced only by an earlier one (to the\n-- millisecond, then the smaller decision id), as withDecision decides; the roll-up in the same statement.\nWITH replaced AS (\n  INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,\n    aeo_status_type, benefits, priority)\n  SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel, u.aeo_status_type,\n    u.benefits, u.priority\n  FROM json_to_recordset(:decisions!::json) AS u(declaration_id text, decision_event_id text, decision_id uuid,\n    decided_at timestamptz, channel text, aeo_status_type text, benefits text[], priority boolean)\n  ORDER BY u.declaration_id\n  ON CONFLICT (declaration_id) DO UPDATE SET\n    decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,\n    decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,\n    benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()\n  WHERE f.decision_event_id IS NULL\n    OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)\n    OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)\n      AND EXCLUDED.decision_id < f.decision_id)\n  RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,\n    old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,\n    old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,\n    new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,\n    new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,\n    new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type\n),\n-- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides\n-- in) taken out, what it counts now (both sides in) added, summed per day (in the programme's time zone), region and AEO group,\n-- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).\n-- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).\nchanges AS (\n  SELECT date_trunc('day', r.old_lodged_at, :timeZone!) AS day, r.old_region AS region,\n    coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,\n    -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,\n    -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited\n  FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL\n  UNION ALL\n  SELECT date_trunc('day', r.new_lodged_at, :timeZone!), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,\n    r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,\n    (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int\n  FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL\n)\nINSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)\nSELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)\nFROM changes\nGROUP BY day, region, aeo_group\nHAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0\n  OR sum(benefited) <> 0\nORDER BY day, region, aeo_group\nON CONFLICT (day, region, aeo_group) DO UPDATE SET\n  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,\n  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,\n  benefited = d.benefited + EXCLUDED.benefited"};

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
 *   RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,
 *     old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,
 *     old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,
 *     new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,
 *     new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,
 *     new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type
 * ),
 * -- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides
 * -- in) taken out, what it counts now (both sides in) added, summed per day (in the programme's time zone), region and AEO group,
 * -- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).
 * -- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).
 * changes AS (
 *   SELECT date_trunc('day', r.old_lodged_at, :timeZone!) AS day, r.old_region AS region,
 *     coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,
 *     -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,
 *     -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited
 *   FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL
 *   UNION ALL
 *   SELECT date_trunc('day', r.new_lodged_at, :timeZone!), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,
 *     r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,
 *     (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int
 *   FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL
 * )
 * INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
 * SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
 * FROM changes
 * GROUP BY day, region, aeo_group
 * HAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0
 *   OR sum(benefited) <> 0
 * ORDER BY day, region, aeo_group
 * ON CONFLICT (day, region, aeo_group) DO UPDATE SET
 *   declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
 *   documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
 *   benefited = d.benefited + EXCLUDED.benefited
 * ```
 */
export const foldDecisions = new PreparedQuery<IFoldDecisionsParams,IFoldDecisionsResult>(foldDecisionsIR);


