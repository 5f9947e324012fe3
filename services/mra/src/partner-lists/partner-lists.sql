/* @name FindArrangementForList */
SELECT id, partner_country, phase FROM mutual_recognition_arrangements WHERE id = :id!;

/* @name LockArrangementForList */
SELECT phase FROM mutual_recognition_arrangements WHERE id = :id! FOR SHARE;

/* @name UpsertPartnerKey */
INSERT INTO mra_partner_keys (arrangement_id, kid, alg, jwk, jwk_thumbprint, registered_by)
VALUES (:arrangementId!, :kid!, :alg!, :jwk!, :thumbprint!, :registeredBy!)
ON CONFLICT (arrangement_id, kid) DO UPDATE
  SET alg = EXCLUDED.alg, jwk = EXCLUDED.jwk, jwk_thumbprint = EXCLUDED.jwk_thumbprint,
      registered_by = EXCLUDED.registered_by, registered_at = now(), retired_by = NULL, retired_at = NULL
RETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at;

/* @name ListPartnerKeys */
SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
FROM mra_partner_keys WHERE arrangement_id = :arrangementId! ORDER BY registered_at, kid;

/* @name FindPartnerKey */
SELECT kid, alg, jwk, registered_by, registered_at, retired_by, retired_at
FROM mra_partner_keys WHERE arrangement_id = :arrangementId! AND kid = :kid!;

/* @name LockPartnerKeyRegistrations */
SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-key-registrations', 0)) AS locked;

/* @name FindPartnerKeyByThumbprint */
SELECT arrangement_id, kid, retired_at FROM mra_partner_keys WHERE jwk_thumbprint = :thumbprint!;

/* @name RetirePartnerKey */
UPDATE mra_partner_keys SET retired_by = :retiredBy!, retired_at = now()
WHERE arrangement_id = :arrangementId! AND kid = :kid! AND retired_at IS NULL
RETURNING kid, alg, jwk, registered_by, registered_at, retired_by, retired_at;

/* @name LockListOfArrangement */
SELECT pg_advisory_xact_lock(hashtextextended('mra-partner-list:' || :arrangementId!::text, 0)) AS locked;

/* @name LatestListVersion */
SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1;

/* @name FindListVersion */
SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! AND version = :version!;

/* @name ListListVersions */
SELECT arrangement_id, version, format, body_sha256, row_count, generated_at, issued_at, signature_kid,
       count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by, imported_at
FROM mra_partner_list_versions WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 500;

/* @name FindListVersionByBody */
SELECT version, imported_at FROM mra_partner_list_versions
WHERE arrangement_id = :arrangementId! AND body_sha256 = :bodySha256!
ORDER BY version DESC LIMIT 1;

/* @name InsertListVersion */
-- The version keeps the signed file itself (bytes and detached signature as received).
INSERT INTO mra_partner_list_versions (arrangement_id, version, format, body_sha256, row_count, generated_at,
  issued_at, signature_kid, count_new, count_changed, count_suspended, count_removed, count_unchanged, imported_by,
  imported_at, body, signature)
VALUES (:arrangementId!, :version!, :format!, :bodySha256!, :rowCount!, :generatedAt, :issuedAt!, :signatureKid!,
  0, 0, 0, 0, 0, :importedBy!, :importedAt!, :body!, :signature!);

/* @name FindListVersionFile */
SELECT format, body, signature FROM mra_partner_list_versions
WHERE arrangement_id = :arrangementId! AND version = :version!;

/* @name HasEntries */
SELECT EXISTS (SELECT 1 FROM partner_list_entries WHERE arrangement_id = :arrangementId!) AS present;

/* @name PlanDiffWithoutNestedLoops */
-- Freshly loaded rows have no statistics yet (ANALYZE runs after the commit, outside the import):
-- the difference joins whole lists, which only hash or merge joins do well.
SELECT set_config('enable_nestloop', 'off', true) AS setting;

/* @name PlanWithNestedLoops */
SELECT set_config('enable_nestloop', 'on', true) AS setting;

/* @name InsertListChanges */
INSERT INTO mra_partner_list_changes (arrangement_id, version, aeo_id, change)
SELECT r.arrangement_id, r.version, r.aeo_id,
  CASE WHEN e.aeo_id IS NULL OR e.status = 'removed' THEN 'new'
       WHEN r.status = 'suspended' AND e.status = 'active' THEN 'suspended'
       ELSE 'changed' END
FROM mra_partner_list_staged_rows r
LEFT JOIN partner_list_entries e ON e.arrangement_id = r.arrangement_id AND e.aeo_id = r.aeo_id
WHERE r.arrangement_id = :arrangementId! AND r.version = :version!
  AND (e.aeo_id IS NULL OR e.status = 'removed'
    OR (r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type, r.status, r.valid_from,
        r.valid_until, r.suspended_on, r.revoked_on)
       IS DISTINCT FROM (e.normalised_id, e.name, e.address, e.status_type, e.partner_status_type, e.status,
        e.valid_from, e.valid_until, e.suspended_on, e.revoked_on))
UNION ALL
SELECT e.arrangement_id, :version!, e.aeo_id, 'removed'
FROM partner_list_entries e
WHERE e.arrangement_id = :arrangementId! AND e.status <> 'removed'
  AND NOT EXISTS (SELECT 1 FROM mra_partner_list_staged_rows r
                  WHERE r.arrangement_id = e.arrangement_id AND r.version = :version! AND r.aeo_id = e.aeo_id);

/* @name CountListChanges */
SELECT change, count(*)::int AS count FROM mra_partner_list_changes
WHERE arrangement_id = :arrangementId! AND version = :version! GROUP BY change;

/* @name SetListVersionCounts */
UPDATE mra_partner_list_versions
SET count_new = :new!, count_changed = :changed!, count_suspended = :suspended!, count_removed = :removed!,
    count_unchanged = :unchanged!
WHERE arrangement_id = :arrangementId! AND version = :version!;

/* @name ApplyListRows */
INSERT INTO partner_list_entries (arrangement_id, aeo_id, normalised_id, name, address, status_type,
  partner_status_type, status, valid_from, valid_until, suspended_on, revoked_on, last_changed_version)
SELECT r.arrangement_id, r.aeo_id, r.normalised_id, r.name, r.address, r.status_type, r.partner_status_type,
  r.status, r.valid_from, r.valid_until, r.suspended_on, r.revoked_on, r.version
FROM mra_partner_list_changes c
JOIN mra_partner_list_staged_rows r USING (arrangement_id, version, aeo_id)
WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change <> 'removed'
ON CONFLICT (arrangement_id, aeo_id) DO UPDATE SET
  normalised_id = EXCLUDED.normalised_id, name = EXCLUDED.name, address = EXCLUDED.address,
  status_type = EXCLUDED.status_type, partner_status_type = EXCLUDED.partner_status_type, status = EXCLUDED.status,
  valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, suspended_on = EXCLUDED.suspended_on,
  revoked_on = EXCLUDED.revoked_on, last_changed_version = EXCLUDED.last_changed_version;

/* @name DeleteStagedRows */
-- Before the commit: no other session ever sees a staged row.
DELETE FROM mra_partner_list_staged_rows WHERE arrangement_id = :arrangementId! AND version = :version!;

/* @name ApplyListRemovals */
UPDATE partner_list_entries e SET status = 'removed', last_changed_version = c.version
FROM mra_partner_list_changes c
WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.change = 'removed'
  AND e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id;

/* @name PageListChanges */
SELECT c.aeo_id, c.change, e.normalised_id, e.name, e.status_type, e.status, e.valid_from, e.valid_until
FROM mra_partner_list_changes c
JOIN partner_list_entries e ON e.arrangement_id = c.arrangement_id AND e.aeo_id = c.aeo_id
WHERE c.arrangement_id = :arrangementId! AND c.version = :version! AND c.aeo_id > :after!
ORDER BY c.aeo_id LIMIT :limit!;

/* @name PageEntries */
SELECT aeo_id, normalised_id, name, address, status_type, partner_status_type, status, valid_from, valid_until,
  suspended_on, revoked_on, last_changed_version
FROM partner_list_entries
WHERE arrangement_id = :arrangementId! AND (:status::text IS NULL OR status = :status) AND aeo_id > :after!
ORDER BY aeo_id LIMIT :limit!;

/* @name AnalyseListTables */
-- After an import's commit, outside its transaction; skipped while another session analyses them.
ANALYZE (SKIP_LOCKED) mra_partner_list_changes, partner_list_entries;
