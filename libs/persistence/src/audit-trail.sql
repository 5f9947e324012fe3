/* @name InsertAuditEntry */
INSERT INTO audit_log (actor_sub, actor_roles, action, entity_type, entity_id, before, after, reason, correlation_id)
VALUES (:actorSub!, :actorRoles!, :action!, :entityType!, :entityId!, :before, :after, :reason, :correlationId);
