/* @name SaveOperatorMember */
-- A link older than what is known (a replay) changes nothing; a newer one undoes a removal.
INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!)
ON CONFLICT (operator_id, sub) DO UPDATE SET taxpayer_id = EXCLUDED.taxpayer_id, role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = NULL
 WHERE operator_members.changed_at <= EXCLUDED.changed_at;

/* @name RemoveOperatorMember */
INSERT INTO operator_members (operator_id, sub, taxpayer_id, role, changed_at, removed_at) VALUES (:operatorId!, :sub!, :taxpayerId!, :role!, :at!, :at!)
ON CONFLICT (operator_id, sub) DO UPDATE SET role = EXCLUDED.role, changed_at = EXCLUDED.changed_at, removed_at = EXCLUDED.removed_at
 WHERE operator_members.changed_at <= EXCLUDED.changed_at;

/* @name FindLinkedOperatorMember */
SELECT operator_id, role FROM operator_members
 WHERE sub = :sub! AND taxpayer_id = :taxpayerId! AND removed_at IS NULL ORDER BY changed_at DESC LIMIT 1;
