/* @name InsertWebhookSubscription */
INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!)
RETURNING id, platform, url, event_types, active, created_by, created_at, updated_at;

/* @name ListWebhookSubscriptions */
SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions
 WHERE (:owner::text IS NULL OR created_by = :owner) AND (active OR :includeInactive!::boolean) ORDER BY created_at;

/* @name FindWebhookSubscription */
SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!;

/* @name LockWebhookSubscription */
SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE;

/* @name DeactivateWebhookSubscription */
UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE id = :id!;

/* @name FindSubscriptionSecrets */
SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY (:ids!::uuid[]);

/* @name ListActiveSubscriptionsTo */
SELECT id, url, platform FROM webhook_subscriptions WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types)) ORDER BY created_at;
