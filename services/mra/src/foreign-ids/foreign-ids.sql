/* @name FindEntries */
-- Partner list entries of a country's arrangements that carry an identifier, as written (exact)
-- or in its normalised form, or through an alias an MRA officer resolved; best kind first.
SELECT e.arrangement_id, e.aeo_id, e.name, e.status_type, e.status,
  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until,
  a.title, a.partner_country, a.phase, a.terms,
  CASE WHEN e.aeo_id = :declaredId! THEN 'exact' WHEN e.normalised_id = :normalisedId! THEN 'normalised' ELSE 'alias' END AS matched_by
FROM partner_list_entries e
JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id
LEFT JOIN mra_foreign_id_aliases al
  ON al.country = a.partner_country AND al.normalised_id = :normalisedId! AND al.arrangement_id = e.arrangement_id AND al.aeo_id = e.aeo_id
WHERE a.partner_country = :country!::bpchar
  AND (e.aeo_id = :declaredId! OR e.normalised_id = :normalisedId! OR al.aeo_id IS NOT NULL)
ORDER BY CASE WHEN e.aeo_id = :declaredId! THEN 0 WHEN e.normalised_id = :normalisedId! THEN 1 ELSE 2 END,
  e.arrangement_id, e.aeo_id;

/* @name InsertMatch */
INSERT INTO mra_foreign_id_matches (declaration_id, country, declared_id, normalised_id, outcome, arrangement_id, aeo_id, declared_at)
VALUES (:declarationId!, :country!, :declaredId!, :normalisedId!, :outcome!, :arrangementId, :aeoId, :declaredAt!)
ON CONFLICT (declaration_id, country, declared_id) DO NOTHING
RETURNING declaration_id;

/* @name OpenReview */
-- One open item per country and normalised identifier: a new one, or one more declaration on the open one.
INSERT INTO mra_foreign_id_reviews (id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, first_seen_at, last_seen_at)
VALUES (:id!, :country!, :normalisedId!, :declaredId!, :reason!, :candidates!::jsonb, :declarationId!, :seenAt!, :seenAt!)
ON CONFLICT (country, normalised_id) WHERE status = 'open'
DO UPDATE SET declarations = mra_foreign_id_reviews.declarations + 1,
  last_seen_at = greatest(mra_foreign_id_reviews.last_seen_at, EXCLUDED.last_seen_at)
RETURNING id, (xmax = 0) AS created;

/* @name ListReviews */
SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at
FROM mra_foreign_id_reviews
WHERE (:status::text IS NULL OR status = :status::text)
  AND (:country::bpchar IS NULL OR country = :country::bpchar)
ORDER BY first_seen_at, id
LIMIT :limit!::int;

/* @name LockReview */
SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at
FROM mra_foreign_id_reviews
WHERE id = :id!
FOR UPDATE;

/* @name ResolveReview */
UPDATE mra_foreign_id_reviews
SET status = 'resolved', resolution = :resolution!, arrangement_id = :arrangementId, aeo_id = :aeoId, note = :note,
  resolved_by = :by!, resolved_at = :at!
WHERE id = :id!;

/* @name FindListEntry */
SELECT e.arrangement_id, e.aeo_id, a.partner_country
FROM partner_list_entries e
JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id
WHERE e.arrangement_id = :arrangementId! AND e.aeo_id = :aeoId!;

/* @name UpsertAlias */
INSERT INTO mra_foreign_id_aliases (country, normalised_id, arrangement_id, aeo_id, review_id, created_by)
VALUES (:country!, :normalisedId!, :arrangementId!, :aeoId!, :reviewId!, :by!)
ON CONFLICT (country, normalised_id)
DO UPDATE SET arrangement_id = EXCLUDED.arrangement_id, aeo_id = EXCLUDED.aeo_id, review_id = EXCLUDED.review_id,
  created_by = EXCLUDED.created_by, created_at = now();

/* @name MatchRate */
SELECT count(*)::int AS declared,
  count(*) FILTER (WHERE outcome = 'exact')::int AS exact,
  count(*) FILTER (WHERE outcome = 'normalised')::int AS normalised,
  count(*) FILTER (WHERE outcome = 'alias')::int AS alias,
  count(*) FILTER (WHERE outcome = 'unmatched')::int AS unmatched,
  count(*) FILTER (WHERE outcome = 'ambiguous')::int AS ambiguous
FROM mra_foreign_id_matches
WHERE declared_at >= :from! AND declared_at < :to!;
