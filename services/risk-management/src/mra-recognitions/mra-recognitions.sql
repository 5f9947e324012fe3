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
-- An entry found several ways comes once, under its best rank (0 exact, 1 normalised, 2 alias).
-- Each probe is an index look-up (the entries' primary key per arrangement of the country, their
-- (partner_country, normalised_id) index, the aliases' primary key), the country typed bpchar like
-- the columns: no scan of the replica, however long the partners' lists.
WITH d AS (
  SELECT DISTINCT d.country, d.declared_id, d.normalised_id
  FROM jsonb_to_recordset(:ids!::jsonb) AS d(country bpchar, declared_id text, normalised_id text)
), hits AS (
  SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 0 AS rank
  FROM d
  JOIN mra_arrangements_replica a ON a.partner_country = d.country
  JOIN mra_foreign_aeos_replica e ON e.arrangement_id = a.arrangement_id AND e.aeo_id = d.declared_id
  UNION ALL
  SELECT d.country, d.declared_id, e.arrangement_id, e.aeo_id, 1 AS rank
  FROM d
  JOIN mra_foreign_aeos_replica e ON e.partner_country = d.country AND e.normalised_id = d.normalised_id
  UNION ALL
  SELECT d.country, d.declared_id, al.arrangement_id, al.aeo_id, 2 AS rank
  FROM d
  JOIN mra_foreign_id_aliases_replica al ON al.country = d.country AND al.normalised_id = d.normalised_id
), best AS (
  SELECT country, declared_id, arrangement_id, aeo_id, min(rank) AS rank
  FROM hits
  GROUP BY country, declared_id, arrangement_id, aeo_id
)
SELECT b.country, b.declared_id, e.arrangement_id, e.aeo_id, e.status_type, e.status,
  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until, a.title,
  a.phase, a.terms, b.rank
FROM best b
JOIN mra_foreign_aeos_replica e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id
JOIN mra_arrangements_replica a ON a.arrangement_id = e.arrangement_id
ORDER BY b.country, b.declared_id, b.rank, e.arrangement_id, e.aeo_id;
