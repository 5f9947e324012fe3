/* @name UpsertArrangement */
-- The latest phase change wins (events of one arrangement arrive in order; the time guards replays).
INSERT INTO mra_arrangements_replica (arrangement_id, partner_country, title, phase, terms, changed_at)
VALUES (:arrangementId!, :partnerCountry!, :title!, :phase!, :terms::jsonb, :at!)
ON CONFLICT (arrangement_id) DO UPDATE
SET partner_country = EXCLUDED.partner_country, title = EXCLUDED.title, phase = EXCLUDED.phase,
  terms = coalesce(EXCLUDED.terms, mra_arrangements_replica.terms), changed_at = EXCLUDED.changed_at
WHERE mra_arrangements_replica.changed_at <= EXCLUDED.changed_at;

/* @name UpsertForeignAeos */
-- One list version's changes; an older version never overwrites a newer one.
INSERT INTO mra_foreign_aeos_replica (arrangement_id, partner_country, aeo_id, normalised_id, name, status_type, status,
  valid_from, valid_until, list_version)
SELECT :arrangementId!, :partnerCountry!, c.aeo_id, c.normalised_id, c.name, c.status_type, c.status, c.valid_from::date,
  c.valid_until::date, :version!
FROM jsonb_to_recordset(:changes!::jsonb) AS c(aeo_id text, normalised_id text, name text, status_type text, status text,
  valid_from text, valid_until text)
ON CONFLICT (arrangement_id, aeo_id) DO UPDATE
SET normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, status_type = EXCLUDED.status_type,
  status = EXCLUDED.status, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
  list_version = EXCLUDED.list_version
WHERE mra_foreign_aeos_replica.list_version <= EXCLUDED.list_version;

/* @name UpsertAlias */
INSERT INTO mra_foreign_id_aliases_replica (country, normalised_id, arrangement_id, aeo_id, resolved_at)
VALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :at!)
ON CONFLICT (country, normalised_id) DO UPDATE
SET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, resolved_at = EXCLUDED.resolved_at
WHERE mra_foreign_id_aliases_replica.resolved_at <= EXCLUDED.resolved_at;

/* @name FindForeignAeos */
-- The replica's entries for declared identifiers (as written, normalised, or through an alias),
-- one statement for a whole batch of declarations: `ids` holds {country, declaredId, normalisedId}.
SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, e.status, to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from,
  to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until, a.title, a.phase, a.terms,
  CASE WHEN e.aeo_id = d.declared_id THEN 0 WHEN e.normalised_id = d.normalised_id THEN 1 ELSE 2 END AS rank
FROM jsonb_to_recordset(:ids!::jsonb) AS d(country text, declared_id text, normalised_id text)
JOIN mra_foreign_aeos_replica e ON e.partner_country = d.country
LEFT JOIN mra_foreign_id_aliases_replica al ON al.country = d.country AND al.normalised_id = d.normalised_id
JOIN mra_arrangements_replica a ON a.arrangement_id = e.arrangement_id
WHERE e.aeo_id = d.declared_id OR e.normalised_id = d.normalised_id
  OR (al.arrangement_id = e.arrangement_id AND al.aeo_id = e.aeo_id)
ORDER BY d.country, d.declared_id, rank, e.arrangement_id, e.aeo_id;
