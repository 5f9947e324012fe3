/* @name FindDecidedAndRegisterAtLodgement */
-- What a batch reads before it counts anything, one row per declaration in the order given: whether
-- the declaration has a decision already, and the register's state in force for its trader at its
-- lodgement (`aeo_status_history`: the latest date of effect not after it; register_* null where
-- none was).
SELECT x.i::int AS "i!",
  EXISTS (SELECT 1 FROM channel_decisions c WHERE c.declaration_id = x.declaration_id) AS "decided!",
  h.taxpayer_id AS "register_taxpayer_id?", h.operator_id AS register_operator_id,
  h.authorisation_number AS register_authorisation_number, h.status_type AS register_status_type,
  h.status AS register_status, h.suspended_scope AS register_suspended_scope,
  h.effective_from AS register_effective_from, h.status_effective_from AS register_status_effective_from,
  h.consent_to_mra_sharing AS register_consent_to_mra_sharing
FROM unnest(:declarationIds!::text[], :taxpayerIds!::text[], :lodgedAts!::timestamptz[]) WITH ORDINALITY AS x(declaration_id, taxpayer_id, lodged_at, i)
LEFT JOIN LATERAL (
  SELECT * FROM aeo_status_history h
  WHERE h.taxpayer_id = x.taxpayer_id AND h.status_effective_from <= x.lodged_at
  ORDER BY h.status_effective_from DESC, h.id DESC LIMIT 1
) h ON true
ORDER BY x.i;
