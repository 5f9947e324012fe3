/* @name FindEntries */
-- Partner list entries of a country's arrangements that carry an identifier: as written (exact),
-- in its normalised form, or through an alias an MRA officer resolved; an entry found several ways
-- once, under its best kind; best kind first. Each probe is an index look-up (the entries' primary
-- key per arrangement of the country, their normalised_id index, the aliases' primary key), with
-- the country as bpchar like its columns: no scan of the entries, however long the lists.
WITH hits AS (
  SELECT e.arrangement_id, e.aeo_id, 0 AS rank
  FROM mutual_recognition_arrangements a
  JOIN partner_list_entries e ON e.arrangement_id = a.id AND e.aeo_id = :declaredId!
  WHERE a.partner_country = :country!::bpchar
  UNION ALL
  SELECT e.arrangement_id, e.aeo_id, 1 AS rank
  FROM partner_list_entries e
  WHERE e.normalised_id = :normalisedId!
  UNION ALL
  SELECT al.arrangement_id, al.aeo_id, 2 AS rank
  FROM mra_foreign_id_aliases al
  WHERE al.country = :country!::bpchar AND al.normalised_id = :normalisedId!
), best AS (
  SELECT arrangement_id, aeo_id, min(rank) AS rank FROM hits GROUP BY arrangement_id, aeo_id
)
SELECT e.arrangement_id, e.aeo_id, e.name, e.status_type, e.status,
  to_char(e.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(e.valid_until, 'YYYY-MM-DD') AS valid_until,
  a.title, a.partner_country, a.phase, a.terms, (ARRAY['exact', 'normalised', 'alias'])[b.rank + 1] AS matched_by
FROM best b
JOIN partner_list_entries e ON e.arrangement_id = b.arrangement_id AND e.aeo_id = b.aeo_id
JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id
WHERE a.partner_country = :country!::bpchar
ORDER BY b.rank, e.arrangement_id, e.aeo_id;

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

/* @name FindStandingRefusal */
-- The identifier's latest review item, when an MRA officer resolved it "not recognised" and no
-- partner list version imported since brought a new or changed entry with that normalised
-- identifier (such a version lets the next declaration naming it open a new item).
SELECT r.id
FROM (SELECT id, country, normalised_id, resolution, resolved_at
      FROM mra_foreign_id_reviews
      WHERE country = :country!::bpchar AND normalised_id = :normalisedId!
      ORDER BY first_seen_at DESC, id DESC
      LIMIT 1) r
WHERE r.resolution = 'not-recognised'
  AND NOT EXISTS (
    SELECT 1
    FROM partner_list_entries e
    JOIN mutual_recognition_arrangements a ON a.id = e.arrangement_id AND a.partner_country = r.country
    JOIN mra_partner_list_versions v ON v.arrangement_id = e.arrangement_id AND v.imported_at > r.resolved_at
    JOIN mra_partner_list_changes c ON c.arrangement_id = v.arrangement_id AND c.version = v.version AND c.aeo_id = e.aeo_id
    WHERE e.normalised_id = r.normalised_id AND c.change IN ('new', 'changed'));

/* @name ListReviews */
SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at
FROM mra_foreign_id_reviews
WHERE (:status::text IS NULL OR status = :status::text)
  AND (:country::bpchar IS NULL OR country = :country::bpchar)
ORDER BY first_seen_at, id
LIMIT :limit!::int;

/* @name ListReviewPage */
-- A page of the review items, counted whole on every row (see readReviewPage).
SELECT id, country, normalised_id, declared_id, reason, candidates, first_declaration_id, declarations, first_seen_at,
  last_seen_at, status, resolution, arrangement_id, aeo_id, note, resolved_by, resolved_at, COUNT(*) OVER () AS "total!"
FROM mra_foreign_id_reviews
WHERE (:status::text IS NULL OR status = :status::text)
  AND (:country::bpchar IS NULL OR country = :country::bpchar)
  AND (:reason::text IS NULL OR reason = :reason::text)
  AND (:q::text IS NULL OR starts_with(normalised_id, upper(:q)) OR starts_with(lower(declared_id), lower(:q)))
ORDER BY
  CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'asc' THEN first_seen_at END ASC,
  CASE WHEN :sort!::text = 'firstSeenAt' AND :order!::text = 'desc' THEN first_seen_at END DESC,
  CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'asc' THEN last_seen_at END ASC,
  CASE WHEN :sort!::text = 'lastSeenAt' AND :order!::text = 'desc' THEN last_seen_at END DESC,
  CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'asc' THEN declarations END ASC,
  CASE WHEN :sort!::text = 'declarations' AND :order!::text = 'desc' THEN declarations END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;

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
