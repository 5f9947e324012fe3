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
SELECT kid, public_jwk FROM mra_export_public_keys WHERE withdrawn_at IS NULL ORDER BY first_used_at DESC, kid;

/* @name FindPublicKey */
SELECT kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason
  FROM mra_export_public_keys WHERE kid = :kid!;

/* @name WithdrawPublicKey */
UPDATE mra_export_public_keys SET withdrawn_at = now(), withdrawn_by = :withdrawnBy!, withdrawal_reason = :reason!
 WHERE kid = :kid! AND withdrawn_at IS NULL
RETURNING kid, public_jwk, first_used_at, withdrawn_at, withdrawn_by, withdrawal_reason;

/* @name StoredSigningKey */
SELECT s.kid, s.private_pkcs8, s.public_jwk FROM mra_export_signing_keys s
 WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL)
 ORDER BY s.created_at LIMIT 1;

/* @name InsertSigningKey */
INSERT INTO mra_export_signing_keys (kid, private_pkcs8, public_jwk)
SELECT :kid!, :privatePkcs8!, :publicJwk!
 WHERE NOT EXISTS (
   SELECT 1 FROM mra_export_signing_keys s
    WHERE NOT EXISTS (SELECT 1 FROM mra_export_public_keys p WHERE p.kid = s.kid AND p.withdrawn_at IS NOT NULL));
