/* @name LockFacts */
INSERT INTO declaration_benefit_facts AS f (declaration_id)
SELECT id FROM unnest(:declarationIds!::text[]) AS ids(id) ORDER BY id
ON CONFLICT (declaration_id) DO UPDATE SET declaration_id = f.declaration_id
RETURNING f.declaration_id, f.declaration_event_id, f.lodged_at, f.region, f.customs_office, f.trader_taxpayer_id,
  f.customs_value::text AS customs_value, f.currency, f.decision_event_id, f.decision_id, f.decided_at, f.channel,
  f.aeo_status_type, f.benefits, f.priority;

/* @name SaveFacts */
-- Arrays of text, '' standing for a side not yet known (pgtyped's arrays hold no nulls): a lodgement's
-- columns are all set or all '' and so are a decision's; benefits are kebab-case words joined by a space.
UPDATE declaration_benefit_facts f SET
  declaration_event_id = NULLIF(u.declaration_event_id, ''),
  lodged_at = NULLIF(u.lodged_at, '')::timestamptz, region = NULLIF(u.region, ''),
  customs_office = NULLIF(u.customs_office, ''), trader_taxpayer_id = NULLIF(u.trader_taxpayer_id, ''),
  customs_value = NULLIF(u.customs_value, '')::numeric, currency = NULLIF(u.currency, ''),
  decision_event_id = NULLIF(u.decision_event_id, ''), decision_id = NULLIF(u.decision_id, '')::uuid,
  decided_at = NULLIF(u.decided_at, '')::timestamptz, channel = NULLIF(u.channel, ''),
  aeo_status_type = NULLIF(u.aeo_status_type, ''),
  benefits = CASE WHEN u.decision_event_id = '' THEN NULL ELSE string_to_array(u.benefits, ' ') END,
  priority = CASE WHEN u.decision_event_id = '' THEN NULL ELSE u.priority END,
  updated_at = now()
FROM unnest(:declarationIds!::text[], :declarationEventIds!::text[], :lodgedAts!::text[], :regions!::text[],
  :customsOffices!::text[], :traderTaxpayerIds!::text[], :customsValues!::text[], :currencies!::text[],
  :decisionEventIds!::text[], :decisionIds!::text[], :decidedAts!::text[], :channels!::text[],
  :aeoStatusTypes!::text[], :benefits!::text[], :priorities!::boolean[])
  AS u(declaration_id, declaration_event_id, lodged_at, region, customs_office, trader_taxpayer_id, customs_value,
    currency, decision_event_id, decision_id, decided_at, channel, aeo_status_type, benefits, priority)
WHERE f.declaration_id = u.declaration_id;

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
