/* @name InsertWebhookSubscription */
INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by, operator_id, taxpayer_id) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!, :operatorId, :taxpayerId)
RETURNING id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at;

/* @name ListWebhookSubscriptions */
SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions
 WHERE (:owner::text IS NULL OR created_by = :owner) AND (:operatorId::uuid IS NULL OR operator_id = :operatorId)
   AND (active OR :includeInactive!::boolean) ORDER BY created_at;

/* @name FindWebhookSubscription */
SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!;

/* @name LockWebhookSubscription */
SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE;

/* @name DeactivateWebhookSubscription */
UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE id = :id!;

/* @name FindSubscriptionSecrets */
SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY (:ids!::uuid[]);

/* @name ListActiveSubscriptionsTo */
-- The customs-wide subscriptions, and those of the company the event is for (by its operator id; by its taxpayer id
-- when it names no operator: a pilot candidate not registered yet); none of a company when :operatorId and :taxpayerId are null.
SELECT id, url, platform, operator_id FROM webhook_subscriptions
 WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types))
   AND (operator_id IS NULL OR operator_id = :operatorId::uuid OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId::text))
 ORDER BY created_at;
