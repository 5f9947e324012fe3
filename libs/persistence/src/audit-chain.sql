/* @name FindAuditChainPage */
SELECT chain_seq AS "chain_seq!", prev_hash AS "prev_hash!", hash AS "hash!", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!",
       actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,
       reason, correlation_id
  FROM audit_log
 WHERE chain_seq > :afterSeq!
 ORDER BY chain_seq
 LIMIT :limit!;

/* @name FindAuditEntryByHash */
SELECT chain_seq AS "chain_seq!", prev_hash AS "prev_hash!", hash AS "hash!", id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!",
       actor_sub, actor_roles, action, entity_type, entity_id, before::text AS before_text, after::text AS after_text,
       reason, correlation_id
  FROM audit_log
 WHERE hash = :hash!;

/* @name FindAuditChainHead */
SELECT chain_seq, hash FROM audit_chain_head;

/* @name FindUnchainedAuditEntry */
SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "at_utc!"
  FROM audit_log
 WHERE chain_seq IS NULL
 ORDER BY id
 LIMIT 1;
