/* @name InsertPlannedNotifications */
INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, audience, target, subscription_id, taxpayer_id, region, language, template, subject, body,
                           status, attempts, dead_letter_after, next_attempt_at, created_at, delivered_at, updated_at)
SELECT r.id, :sourceEventId!, :sourceEventType!, r.channel, r.recipient, r.audience, r.target, r.subscription_id, :taxpayerId, :region, r.language, r.template, r.subject, r.body,
       CASE WHEN r.channel = 'in-app' THEN 'sent' ELSE 'queued' END,
       CASE WHEN r.channel = 'in-app' THEN 1 ELSE 0 END,
       :deadLetterAfter!,
       CASE WHEN r.channel = 'in-app' THEN NULL ELSE :now!::timestamptz END,
       :now!, CASE WHEN r.channel = 'in-app' THEN :now!::timestamptz END, :now!
  FROM jsonb_to_recordset(:rows!::jsonb) AS r(id uuid, channel text, recipient text, audience text, target text, subscription_id uuid, language text, template text, subject text, body text)
ON CONFLICT (source_event_id, channel, recipient) DO NOTHING
RETURNING id, channel, recipient, language;

/* @name ClaimDueDelivery */
UPDATE notifications n SET locked_until = now() + make_interval(secs => :lockMs!::double precision / 1000), claim_token = gen_random_uuid()
 WHERE n.id = (SELECT id FROM notifications
                WHERE status = 'queued' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING n.id, n.claim_token AS "claim_token!", n.channel, n.recipient, n.target AS "target!", n.subscription_id, n.language, n.subject, n.body, n.attempts, n.dead_letter_after, n.source_event_id, n.source_event_type;

/* @name RenewLease */
UPDATE notifications SET locked_until = LEAST(now() + make_interval(secs => :lockMs!::double precision / 1000), :holdUntil!::timestamptz)
 WHERE id = :id! AND claim_token = :claimToken! AND status = 'queued';

/* @name DeferDelivery */
UPDATE notifications SET next_attempt_at = now() + make_interval(secs => :waitMs!::double precision / 1000), locked_until = NULL, claim_token = NULL, last_error = :reason!, updated_at = now()
 WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken!;

/* @name LockClaimedDelivery */
SELECT id FROM notifications WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken! FOR UPDATE;

/* @name LogAttempt */
INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, response_status, duration_ms) VALUES (:id!, :attempt!, :outcome!, :error, :responseStatus, :durationMs!);

/* @name MarkSent */
UPDATE notifications SET status = 'sent', attempts = :attempts!, delivered_at = :at!, last_error = NULL, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!;

/* @name MarkFailed */
UPDATE notifications SET status = 'failed', attempts = :attempts!, failed_at = :at!, last_error = :error!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!;

/* @name ScheduleRetry */
UPDATE notifications SET attempts = :attempts!, last_error = :error!, next_attempt_at = :nextAttemptAt!, locked_until = NULL, claim_token = NULL, updated_at = now() WHERE id = :id!;

/* @name DeadLetterQueuedOfSubscription */
WITH failed AS (
  UPDATE notifications SET status = 'failed', attempts = attempts + 1, failed_at = now(), last_error = :reason!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
   WHERE subscription_id = :subscriptionId! AND status = 'queued'
   RETURNING id, attempts, source_event_id, source_event_type, channel, recipient, failed_at
), logged AS (
  INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) SELECT id, attempts, 'failed', :reason!, 0 FROM failed
)
SELECT id AS "id!", attempts AS "attempts!", source_event_id AS "source_event_id!", source_event_type AS "source_event_type!", channel AS "channel!", recipient AS "recipient!", failed_at AS "failed_at!"
  FROM failed ORDER BY id;

/* @name DeleteExpiredRateCounters */
DELETE FROM recipient_rate_limits WHERE expire < :expiredBefore!;

/* @name ListDeliveries */
SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at FROM notifications n
 WHERE (:everything!::boolean
        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))
   AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)
   AND (:status::text IS NULL OR n.status = :status)
   AND (:channel::text IS NULL OR n.channel = :channel)
   AND (:recipient::text IS NULL OR n.recipient = :recipient)
   AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)
 ORDER BY n.created_at DESC LIMIT :limit!::int;

/* @name FindDelivery */
SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
       (:everything!::boolean
        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS "visible!"
  FROM notifications n WHERE n.id = :id!;

/* @name LockDelivery */
SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
       (:everything!::boolean
        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS "visible!"
  FROM notifications n WHERE n.id = :id! FOR UPDATE OF n;

/* @name ListDeliveryAttempts */
SELECT attempt, outcome, error, response_status, duration_ms, attempted_at FROM delivery_attempts WHERE notification_id = :id! ORDER BY id;

/* @name RequeueDelivery */
UPDATE notifications n SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
 WHERE n.id = :id!
RETURNING n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at;

/* @name RequeueSubscriptionDeliveries */
UPDATE notifications SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
 WHERE subscription_id = :subscriptionId! AND status = :status! AND (:since::timestamptz IS NULL OR created_at >= :since::timestamptz);

/* @name CountDeliveriesOfSubscription */
SELECT status, count(*)::int AS "count!" FROM notifications WHERE subscription_id = :subscriptionId! GROUP BY status;

/* @name ListDeliveryPage */
-- A page of the delivery log in the reader's scope, counted whole on every row (readPage).
SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
       COUNT(*) OVER () AS "total!"
  FROM notifications n
 WHERE (:everything!::boolean
        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))
   AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)
   AND (:status::text IS NULL OR n.status = :status)
   AND (:channel::text IS NULL OR n.channel = :channel)
   AND (:recipient::text IS NULL OR starts_with(n.recipient, :recipient))
   AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)
 ORDER BY
   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN n.created_at END ASC,
   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN n.created_at END DESC,
   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN n.updated_at END ASC,
   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN n.updated_at END DESC,
   CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'asc' THEN n.attempts END ASC,
   CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'desc' THEN n.attempts END DESC,
   CASE WHEN :order!::text = 'asc' THEN n.id END ASC,
   CASE WHEN :order!::text = 'desc' THEN n.id END DESC
 LIMIT :limit!::int OFFSET :offset!::int;
