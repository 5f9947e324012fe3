/* @name PurgeExpiredIdempotencyKeys */
WITH expired AS (SELECT principal, key FROM idempotency_keys WHERE expires_at <= now() LIMIT :batch!::int FOR UPDATE SKIP LOCKED)
DELETE FROM idempotency_keys k USING expired e WHERE k.principal = e.principal AND k.key = e.key;

/* @name PurgeLapsedHumanStepClaims */
WITH expired AS (SELECT subject_type, subject_id, step FROM human_steps WHERE state = 'pending' AND claimed_at <= now() - make_interval(secs => :leaseSeconds!) LIMIT :batch!::int FOR UPDATE SKIP LOCKED)
DELETE FROM human_steps h USING expired e WHERE h.subject_type = e.subject_type AND h.subject_id = e.subject_id AND h.step = e.step AND h.state = 'pending';

/* @name ClaimIdempotencyKey */
INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
VALUES (:principal!, :key!, :requestHash!, :method!, :path!, :claim!, now() + make_interval(hours => :retentionHours!))
ON CONFLICT (principal, key) DO UPDATE
   SET request_hash = EXCLUDED.request_hash, method = EXCLUDED.method, path = EXCLUDED.path, claim = EXCLUDED.claim, claimed_at = now(),
       committed_at = NULL, resource = NULL, response_status = NULL, response_body = NULL, expires_at = EXCLUDED.expires_at
 WHERE idempotency_keys.expires_at <= now()
    OR (idempotency_keys.committed_at IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
        AND idempotency_keys.claimed_at <= now() - make_interval(secs => :leaseSeconds!))
RETURNING claim;

/* @name ReleaseIdempotencyKey */
DELETE FROM idempotency_keys WHERE principal = :principal! AND key = :key! AND claim = :claim! AND committed_at IS NULL;

/* @name StoreIdempotentAnswer */
UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody, committed_at = COALESCE(committed_at, now())
WHERE principal = :principal! AND key = :key! AND claim = :claim!;

/* @name FindIdempotencyKey */
SELECT request_hash, method, path, committed_at, resource, response_status, response_body FROM idempotency_keys WHERE principal = :principal! AND key = :key!;

/* @name StoreRebuiltAnswer */
UPDATE idempotency_keys SET response_status = :responseStatus!, response_body = :responseBody
WHERE principal = :principal! AND key = :key! AND response_status IS NULL;
