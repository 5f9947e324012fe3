/* @name FindAuditEntries */
SELECT id, at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id FROM audit_log ORDER BY id;

/* @name EditAuditEntries */
UPDATE audit_log SET reason = :reason!;

/* @name DeleteAuditEntries */
DELETE FROM audit_log;

/* @name FindHumanStepsOf */
SELECT subject_type, subject_id, step, state FROM human_steps WHERE subject_id = :subjectId! ORDER BY applied_at;

/* @name CountIdleTransactions */
SELECT count(*)::int AS "n!" FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid();
