/* @name ListAuthorisations */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
FROM authorisations a JOIN operators o ON o.id = a.operator_id
WHERE (:region::text IS NULL OR a.region = :region) AND (:status::text IS NULL OR a.status = :status) AND (:taxpayerId::text IS NULL OR a.taxpayer_id = :taxpayerId)
ORDER BY a.decided_at DESC LIMIT :limit!::int;

/* @name FindAuthorisation */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
FROM authorisations a JOIN operators o ON o.id = a.operator_id
WHERE a.authorisation_number = :authorisationNumber!;

/* @name FindAuthorisationOfApplication */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
FROM authorisations a JOIN operators o ON o.id = a.operator_id
WHERE a.application_id = :applicationId!;

/* @name FindPublishedAuthorisation */
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!"
FROM authorisations a JOIN operators o ON o.id = a.operator_id
WHERE a.authorisation_number = :authorisationNumber! AND a.published_fields IS NOT NULL;

/* @name SearchPublishedAuthorisations */
-- Published entries in force, counted whole on every row; a name (its text as typed, in any case: no LIKE wildcards) or a taxpayer id finds only holders who publish it.
SELECT a.authorisation_number, a.application_id, a.operator_id, a.taxpayer_id, a.region, a.status_type, a.status, a.conditions, a.decided_by, a.decided_at, a.effective_from, a.revalidation_due, a.consent_to_mra_sharing, a.published_fields, o.name, o.address->>'city' AS "city!",
  COUNT(*) OVER () AS "total!"
FROM authorisations a JOIN operators o ON o.id = a.operator_id
WHERE a.published_fields IS NOT NULL AND a.status IN ('granted', 'suspended')
  AND (:name::text IS NULL OR ('name' = ANY (a.published_fields) AND strpos(lower(o.name), lower(:name)) > 0))
  AND (:taxpayerId::text IS NULL OR ('taxpayerId' = ANY (a.published_fields) AND a.taxpayer_id = :taxpayerId))
ORDER BY
  CASE WHEN :order!::text = 'asc' THEN a.authorisation_number END ASC,
  CASE WHEN :order!::text = 'desc' THEN a.authorisation_number END DESC
LIMIT :limit!::int OFFSET :offset!::int;

/* @name ListAuthorisationHistory */
SELECT change, status, changed_by, changed_at, details FROM authorisation_history WHERE authorisation_number = :authorisationNumber! ORDER BY id;

/* @name SetPublishedFields */
UPDATE authorisations SET published_fields = :fields::text[], publication_changed_at = now(), publication_changed_by = :changedBy!
WHERE authorisation_number = :authorisationNumber!;
