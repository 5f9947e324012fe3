/* @name FindTraderFacts */
-- What a batch of the transactional decider reads of its traders, one row per trader asked: their
-- compliance events of the horizon before :now (severities and times in matching order), the
-- register's row now (aeo_* null when not an AEO), the stored profile's score, when it was scored
-- and its declarations total; and for the traders in :loadIds (met for the first time since the
-- decider took the partition over), their daily buckets since :fromDay (null for the others).
SELECT t.taxpayer_id AS "taxpayer_id!",
  c.severities AS "compliance_severities!", c.occurred_ats AS "compliance_occurred_ats!",
  s.taxpayer_id AS "aeo_taxpayer_id?", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,
  s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,
  s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,
  s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing,
  p.risk_score AS "risk_score?", p.scored_at AS "scored_at?", coalesce(p.declarations_total, 0) AS "declarations_total!",
  d.days AS "days?", d.declarations AS "day_declarations?", d.customs_values AS "day_customs_values?", d.duties AS "day_duties?"
FROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)
CROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c
LEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id
LEFT JOIN operator_risk_profiles p ON p.taxpayer_id = t.taxpayer_id
LEFT JOIN LATERAL (
  SELECT array_agg(b.day::text ORDER BY b.day) AS days, array_agg(b.declarations ORDER BY b.day) AS declarations,
    array_agg(b.customs_value::text ORDER BY b.day) AS customs_values, array_agg(b.duties::text ORDER BY b.day) AS duties
  FROM declaration_daily b
  WHERE t.taxpayer_id = ANY(:loadIds!::text[]) AND b.taxpayer_id = t.taxpayer_id AND b.day >= :fromDay!::date
) d ON t.taxpayer_id = ANY(:loadIds!::text[]);
