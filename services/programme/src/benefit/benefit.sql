/* @name FoldLodgements */
-- One statement per batch and one row version per declaration: a new declaration is inserted with its
-- lodgement, a stored one takes it only when it is earlier than the lodgement it holds (to the
-- millisecond, then the smaller event id), as withLodgement decides (the batch's own repeats are merged
-- before). The batch comes as one JSON array (serialised natively, not element by element). Rows are
-- written in key order; the roll-up follows in the same statement (nothing comes back to the service).
WITH replaced AS (
  INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,
    trader_taxpayer_id, customs_value, currency)
  SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,
    u.customs_value, u.currency
  FROM json_to_recordset(:lodgements!::json) AS u(declaration_id text, declaration_event_id text,
    lodged_at timestamptz, region text, customs_office text, trader_taxpayer_id text, customs_value numeric,
    currency text)
  ORDER BY u.declaration_id
  ON CONFLICT (declaration_id) DO UPDATE SET
    declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,
    customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,
    customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()
  WHERE f.declaration_event_id IS NULL
    OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)
    OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)
      AND EXCLUDED.declaration_event_id COLLATE "C" < f.declaration_event_id COLLATE "C")
  RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,
    old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,
    old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,
    new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,
    new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,
    new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type
),
-- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides
-- in) taken out, what it counts now (both sides in) added, summed per day (UTC), region and AEO group,
-- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).
-- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).
changes AS (
  SELECT date_trunc('day', r.old_lodged_at, 'UTC') AS day, r.old_region AS region,
    coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,
    -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,
    -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited
  FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL
  UNION ALL
  SELECT date_trunc('day', r.new_lodged_at, 'UTC'), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,
    r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,
    (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int
  FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL
)
INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
FROM changes
GROUP BY day, region, aeo_group
HAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0
  OR sum(benefited) <> 0
ORDER BY day, region, aeo_group
ON CONFLICT (day, region, aeo_group) DO UPDATE SET
  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
  benefited = d.benefited + EXCLUDED.benefited;

/* @name FoldDecisions */
-- The same for channel decisions: a stored decision is replaced only by an earlier one (to the
-- millisecond, then the smaller decision id), as withDecision decides; the roll-up in the same statement.
WITH replaced AS (
  INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,
    aeo_status_type, benefits, priority)
  SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel, u.aeo_status_type,
    u.benefits, u.priority
  FROM json_to_recordset(:decisions!::json) AS u(declaration_id text, decision_event_id text, decision_id uuid,
    decided_at timestamptz, channel text, aeo_status_type text, benefits text[], priority boolean)
  ORDER BY u.declaration_id
  ON CONFLICT (declaration_id) DO UPDATE SET
    decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,
    decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,
    benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()
  WHERE f.decision_event_id IS NULL
    OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)
    OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)
      AND EXCLUDED.decision_id < f.decision_id)
  RETURNING old.declaration_event_id AS old_declaration_event_id, old.lodged_at AS old_lodged_at,
    old.region AS old_region, old.customs_value AS old_customs_value, old.decision_event_id AS old_decision_event_id,
    old.channel AS old_channel, old.aeo_status_type AS old_aeo_status_type,
    new.declaration_event_id AS new_declaration_event_id, new.lodged_at AS new_lodged_at, new.region AS new_region,
    new.customs_value AS new_customs_value, new.decision_event_id AS new_decision_event_id,
    new.channel AS new_channel, new.aeo_status_type AS new_aeo_status_type
),
-- The roll-up moved by the declarations whose side was replaced: what each counted before (both sides
-- in) taken out, what it counts now (both sides in) added, summed per day (UTC), region and AEO group,
-- rows whose sum is nothing skipped, in key order after the facts (concurrent batches never deadlock).
-- The rule of contributionOf / rollupChanges in benefit-fold.ts (benefit-upsert.int-spec checks both).
changes AS (
  SELECT date_trunc('day', r.old_lodged_at, 'UTC') AS day, r.old_region AS region,
    coalesce(r.old_aeo_status_type, 'none') AS aeo_group, -1 AS declarations, -r.old_customs_value AS customs_value,
    -(r.old_channel = 'yellow')::int AS documentary, -(r.old_channel = 'red')::int AS physical,
    -(r.old_aeo_status_type IS NOT NULL AND r.old_channel = 'green')::int AS benefited
  FROM replaced r WHERE r.old_declaration_event_id IS NOT NULL AND r.old_decision_event_id IS NOT NULL
  UNION ALL
  SELECT date_trunc('day', r.new_lodged_at, 'UTC'), r.new_region, coalesce(r.new_aeo_status_type, 'none'), 1,
    r.new_customs_value, (r.new_channel = 'yellow')::int, (r.new_channel = 'red')::int,
    (r.new_aeo_status_type IS NOT NULL AND r.new_channel = 'green')::int
  FROM replaced r WHERE r.new_declaration_event_id IS NOT NULL AND r.new_decision_event_id IS NOT NULL
)
INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
FROM changes
GROUP BY day, region, aeo_group
HAVING sum(declarations) <> 0 OR sum(customs_value) <> 0 OR sum(documentary) <> 0 OR sum(physical) <> 0
  OR sum(benefited) <> 0
ORDER BY day, region, aeo_group
ON CONFLICT (day, region, aeo_group) DO UPDATE SET
  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
  benefited = d.benefited + EXCLUDED.benefited;
