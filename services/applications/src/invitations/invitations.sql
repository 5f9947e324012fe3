/* @name InsertInvitation */
INSERT INTO operator_invitations (id, operator_id, code_hash, email, name, role, language, invited_by, expires_at)
VALUES (:id!, :operatorId!, :codeHash!, :email!, :name!, :role!, :language!, :invitedBy!, :expiresAt!)
RETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by;

/* @name CountRecentInvitations */
-- What the company's limits count: its pending invitations, and those it created in the last 24 hours.
SELECT count(*) FILTER (WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now())::int AS "pending!",
       count(*) FILTER (WHERE invited_at > now() - interval '24 hours')::int AS "last_day!"
FROM operator_invitations WHERE operator_id = :operatorId!;

/* @name ListInvitations */
SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
FROM operator_invitations WHERE operator_id = :operatorId! ORDER BY invited_at DESC, id LIMIT 500;

/* @name RevokeInvitation */
UPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!
WHERE id = :id! AND operator_id = :operatorId! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
RETURNING id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by;

/* @name FindInvitation */
SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
FROM operator_invitations WHERE id = :id! AND operator_id = :operatorId!;

/* @name FindInvitationByCode */
SELECT i.id, i.operator_id, i.email, i.name, i.role, i.language, i.invited_by, i.invited_at, i.expires_at, i.accepted_at, i.accepted_sub, i.revoked_at, i.revoked_by,
       o.name AS operator_name, o.taxpayer_id
FROM operator_invitations i JOIN operators o ON o.id = i.operator_id
WHERE i.code_hash = :codeHash!;

/* @name LockInvitationByCode */
SELECT id, operator_id, email, name, role, language, invited_by, invited_at, expires_at, accepted_at, accepted_sub, revoked_at, revoked_by
FROM operator_invitations WHERE code_hash = :codeHash! FOR UPDATE;

/* @name AcceptInvitation */
UPDATE operator_invitations SET accepted_at = now(), accepted_sub = :sub!
WHERE id = :id! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
RETURNING id;

/* @name RevokeInvitationsBy */
-- The pending invitations one person issued (removed from the company, or no longer its administrator).
UPDATE operator_invitations SET revoked_at = now(), revoked_by = :revokedBy!
WHERE operator_id = :operatorId! AND invited_by = :invitedBy! AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
RETURNING id, email, role;
