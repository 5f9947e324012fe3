/* @name UpsertLodgements */
-- One statement and one row version per declaration: a new declaration is inserted with its lodgement,
-- a stored one takes it only when it is earlier than the lodgement it holds (to the millisecond, then
-- the smaller event id), as withLodgement decides (the batch's own repeats are merged before). Rows are
-- written in key order. Returns each stored declaration whose lodgement was replaced, as it was.
WITH replaced AS (
  INSERT INTO declaration_benefit_facts AS f (declaration_id, declaration_event_id, lodged_at, region, customs_office,
    trader_taxpayer_id, customs_value, currency)
  SELECT u.declaration_id, u.declaration_event_id, u.lodged_at, u.region, u.customs_office, u.trader_taxpayer_id,
    u.customs_value, u.currency
  FROM unnest(:declarationIds!::text[], :eventIds!::text[], :lodgedAts!::timestamptz[], :regions!::text[],
    :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::numeric[], :currencies!::text[])
    AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,
      currency)
  ORDER BY u.declaration_id
  ON CONFLICT (declaration_id) DO UPDATE SET
    declaration_event_id = EXCLUDED.declaration_event_id, lodged_at = EXCLUDED.lodged_at, region = EXCLUDED.region,
    customs_office = EXCLUDED.customs_office, trader_taxpayer_id = EXCLUDED.trader_taxpayer_id,
    customs_value = EXCLUDED.customs_value, currency = EXCLUDED.currency, updated_at = now()
  WHERE f.declaration_event_id IS NULL
    OR date_trunc('milliseconds', EXCLUDED.lodged_at) < date_trunc('milliseconds', f.lodged_at)
    OR (date_trunc('milliseconds', EXCLUDED.lodged_at) = date_trunc('milliseconds', f.lodged_at)
      AND EXCLUDED.declaration_event_id COLLATE "C" < f.declaration_event_id COLLATE "C")
  RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,
    old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,
    old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority
)
SELECT * FROM replaced WHERE declaration_id IS NOT NULL;

/* @name UpsertDecisions */
-- The same for channel decisions: a stored decision is replaced only by an earlier one (to the
-- millisecond, then the smaller decision id), as withDecision decides. aeoStatusTypes: '' for none;
-- benefits: kebab-case words joined by a space (one text per row keeps the arrays rectangular).
WITH replaced AS (
  INSERT INTO declaration_benefit_facts AS f (declaration_id, decision_event_id, decision_id, decided_at, channel,
    aeo_status_type, benefits, priority)
  SELECT u.declaration_id, u.decision_event_id, u.decision_id, u.decided_at, u.channel,
    NULLIF(u.aeo_status_type, ''), string_to_array(u.benefits, ' '), u.priority
  FROM unnest(:declarationIds!::text[], :eventIds!::text[], :decisionIds!::uuid[], :decidedAts!::timestamptz[],
    :channels!::text[], :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])
    AS u(declaration_id, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)
  ORDER BY u.declaration_id
  ON CONFLICT (declaration_id) DO UPDATE SET
    decision_event_id = EXCLUDED.decision_event_id, decision_id = EXCLUDED.decision_id,
    decided_at = EXCLUDED.decided_at, channel = EXCLUDED.channel, aeo_status_type = EXCLUDED.aeo_status_type,
    benefits = EXCLUDED.benefits, priority = EXCLUDED.priority, updated_at = now()
  WHERE f.decision_event_id IS NULL
    OR date_trunc('milliseconds', EXCLUDED.decided_at) < date_trunc('milliseconds', f.decided_at)
    OR (date_trunc('milliseconds', EXCLUDED.decided_at) = date_trunc('milliseconds', f.decided_at)
      AND EXCLUDED.decision_id < f.decision_id)
  RETURNING old.declaration_id, old.declaration_event_id, old.lodged_at, old.region, old.customs_office,
    old.trader_taxpayer_id, old.customs_value::text AS customs_value, old.currency, old.decision_event_id,
    old.decision_id, old.decided_at, old.channel, old.aeo_status_type, old.benefits, old.priority
)
SELECT * FROM replaced WHERE declaration_id IS NOT NULL;

/* @name AddToRollup */
INSERT INTO declaration_benefit_daily AS d (day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
SELECT day, region, aeo_group, sum(declarations), sum(customs_value), sum(documentary), sum(physical), sum(benefited)
FROM unnest(:days!::timestamptz[], :regions!::text[], :aeoGroups!::text[], :declarations!::int[], :customsValues!::numeric[],
  :documentary!::int[], :physical!::int[], :benefited!::int[])
  AS c(day, region, aeo_group, declarations, customs_value, documentary, physical, benefited)
GROUP BY day, region, aeo_group
ORDER BY day, region, aeo_group
ON CONFLICT (day, region, aeo_group) DO UPDATE SET
  declarations = d.declarations + EXCLUDED.declarations, customs_value = d.customs_value + EXCLUDED.customs_value,
  documentary = d.documentary + EXCLUDED.documentary, physical = d.physical + EXCLUDED.physical,
  benefited = d.benefited + EXCLUDED.benefited;
