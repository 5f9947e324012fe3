/* @name InsertAuditEntryAt */
INSERT INTO audit_log (at, actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)
VALUES (:at!::timestamptz, :actorSub!, :actorRoles!, 'test.awkward', 'test', 'awkward', :before, :after, :reason, :correlationId);
