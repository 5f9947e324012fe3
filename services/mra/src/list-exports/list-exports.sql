/* @name FindArrangementForExport */
SELECT id, partner_country, partner_administration, phase, terms FROM mutual_recognition_arrangements WHERE id = :id!;

/* @name OperationalArrangements */
SELECT id FROM mutual_recognition_arrangements WHERE phase = 'operational' ORDER BY id;

/* @name LockExportsOfArrangement */
SELECT pg_advisory_xact_lock(hashtextextended('mra-list-export:' || :arrangementId!::text, 0)) AS locked;

/* @name LatestExport */
SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! ORDER BY version DESC LIMIT 1;

/* @name FindExport */
SELECT * FROM mra_list_exports WHERE arrangement_id = :arrangementId! AND version = :version!;

/* @name InsertExport */
INSERT INTO mra_list_exports (id, arrangement_id, version, document, jws, entries_sha256, entry_count, added, changed,
  removed, withheld, key_id, exported_by, exported_at)
VALUES (:id!, :arrangementId!, :version!, :document!, :jws!, :entriesSha256!, :entryCount!, :added!, :changed!,
  :removed!, :withheld!, :keyId!, :exportedBy!, :exportedAt!)
RETURNING *;

/* @name RememberPublicKey */
INSERT INTO mra_export_public_keys (kid, public_jwk) VALUES (:kid!, :publicJwk!) ON CONFLICT (kid) DO NOTHING;

/* @name PublishedKeys */
SELECT kid, public_jwk FROM mra_export_public_keys ORDER BY first_used_at DESC, kid;

/* @name StoredSigningKey */
SELECT kid, private_pkcs8, public_jwk FROM mra_export_signing_keys ORDER BY created_at LIMIT 1;

/* @name InsertSigningKey */
INSERT INTO mra_export_signing_keys (kid, private_pkcs8, public_jwk)
SELECT :kid!, :privatePkcs8!, :publicJwk! WHERE NOT EXISTS (SELECT 1 FROM mra_export_signing_keys);
