/* @name MarkRequestEffect */
UPDATE idempotency_keys SET committed_at = COALESCE(committed_at, now()), resource = COALESCE(resource, :resource!)
WHERE principal = :principal! AND key = :key! AND claim = :claim!;

/* @name SetLedgerLockTimeout */
SET LOCAL lock_timeout = '5s';

/* @name LockHumanStepSubject */
SELECT pg_advisory_xact_lock(hashtext(:lockKey!));

/* @name FindLatestHumanStep */
SELECT step, request_hash, summary, actor, applied_at, answer FROM human_steps
WHERE subject_type = :subjectType! AND subject_id = :subjectId!
  AND ((:series::text IS NULL AND step = :step!) OR step LIKE :series::text || ':%')
ORDER BY applied_at DESC LIMIT 1;

/* @name RecordHumanStep */
INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor, answer)
VALUES (:subjectType!, :subjectId!, :step!, :requestHash!, :request!, :summary!, :actor!, :answer)
ON CONFLICT (subject_type, subject_id, step) DO UPDATE
  SET request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), answer = EXCLUDED.answer;

/* @name LockHumanStepLedger */
SELECT step, state, request_hash, summary, actor, applied_at, answer, claimed_at + make_interval(secs => :leaseSeconds!) <= now() AS expired FROM human_steps
WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND (step = :claimStep! OR step LIKE :series::text || ':%')
ORDER BY applied_at DESC FOR UPDATE;

/* @name HumanStepPosition */
SELECT count(*)::int AS "done!", max(applied_at) AS latest FROM human_steps
WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND state = 'done'
  AND (:series::text IS NULL OR step LIKE :series::text || ':%');

/* @name ClaimHumanStep */
INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, claimed_at)
VALUES (:subjectType!, :subjectId!, :claimStep!, 'pending', :requestHash!, :request!, :summary!, :actor!, now())
ON CONFLICT (subject_type, subject_id, step) DO UPDATE
  SET state = 'pending', request_hash = EXCLUDED.request_hash, request = EXCLUDED.request, summary = EXCLUDED.summary, actor = EXCLUDED.actor, applied_at = now(), claimed_at = now(), answer = NULL;

/* @name DropHumanStepClaim */
DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!;

/* @name FinishHumanStep */
UPDATE human_steps SET state = 'done', applied_at = now(), answer = :answer
WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash!;

/* @name FinishHumanStepOfSeries */
WITH claim AS (
  DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :claimStep! AND state = 'pending' AND request_hash = :requestHash! RETURNING *
)
INSERT INTO human_steps (subject_type, subject_id, step, state, request_hash, request, summary, actor, answer)
SELECT subject_type, subject_id, :step!, 'done', request_hash, request, summary, actor, :answer FROM claim;

/* @name VoidHumanStep */
DELETE FROM human_steps WHERE subject_type = :subjectType! AND subject_id = :subjectId! AND step = :step!;
