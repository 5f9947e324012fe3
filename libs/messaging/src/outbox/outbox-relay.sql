/* @name ClaimOutboxBatch */
SELECT seq, id, aggregateid, type, topic, subject, source, payload::text AS "payload!", correlation_id, created_at
  FROM outbox
 WHERE sent_at IS NULL AND attempts < :maxAttempts!
   AND pg_try_advisory_xact_lock(:lockSpace!::int, hashtext(aggregateid))
 ORDER BY seq
 LIMIT :limit!::int
   FOR UPDATE SKIP LOCKED;

/* @name FindOutboxBlockers */
SELECT aggregateid, min(seq)::text AS "first!" FROM outbox
 WHERE sent_at IS NULL AND aggregateid = ANY(:aggregateIds!::text[]) AND id <> ALL(:claimedIds!::uuid[])
 GROUP BY aggregateid;

/* @name SetRelayCommitAsynchronous */
SET LOCAL synchronous_commit = off;

/* @name MarkOutboxSent */
UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY(:ids!::uuid[]);

/* @name CountPendingOutbox */
SELECT count(*)::int AS "count!" FROM outbox WHERE sent_at IS NULL;

/* @name RecordOutboxFailure */
UPDATE outbox SET attempts = attempts + 1, last_error = :lastError! WHERE id = ANY(:ids!::uuid[]) RETURNING id, aggregateid, type, attempts;

/* @name DeleteSentOutbox */
DELETE FROM outbox WHERE sent_at < now() - (:retentionMs!::bigint * interval '1 millisecond');

/* @name ParkOutboxEvent */
UPDATE outbox SET attempts = GREATEST(attempts, :maxAttempts!::int), last_error = :lastError! WHERE id = :id!::uuid RETURNING id, aggregateid, type;
