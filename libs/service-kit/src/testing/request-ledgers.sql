/* @name InsertExpiredIdempotencyKeys */
INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
SELECT 'p', 'k' || i, 'h', 'POST', '/x', gen_random_uuid(), now() - interval '1 hour' FROM generate_series(1, :count!::int) i;

/* @name InsertIdempotencyKey */
INSERT INTO idempotency_keys (principal, key, request_hash, method, path, claim, expires_at)
VALUES ('p', :key!, 'h', 'POST', '/x', gen_random_uuid(), now() + interval '1 day');

/* @name FindIdempotencyKeys */
SELECT principal, key, expires_at, response_status FROM idempotency_keys ORDER BY key;

/* @name ExpireIdempotencyKey */
UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = :key!;

/* @name ForgetIdempotentAnswer */
UPDATE idempotency_keys SET response_status = NULL, response_body = NULL WHERE key = :key!;

/* @name InsertHumanStepRow */
INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)
VALUES ('application', :subjectId!, 'decision', :state!, 'h', '{}', 'granted', 'exec-1', now() - make_interval(secs => :claimedSecondsAgo!));

/* @name FindHumanStepRows */
SELECT subject_id, state FROM human_steps ORDER BY subject_id;

/* @name CountAuditEntriesOf */
SELECT count(*)::int AS "n!" FROM audit_log WHERE entity_id = :entityId!;
