/** Types generated for queries found in "services/notifications/src/deliveries/deliveries.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertPlannedNotifications' parameters type */
export interface IInsertPlannedNotificationsParams {
  deadLetterAfter: number;
  now: DateOrString;
  region?: string | null | void;
  rows: Json;
  sourceEventId: string;
  sourceEventType: string;
  taxpayerId?: string | null | void;
}

/** 'InsertPlannedNotifications' return type */
export interface IInsertPlannedNotificationsResult {
  channel: string;
  id: string;
  language: string;
  recipient: string;
}

/** 'InsertPlannedNotifications' query type */
export interface IInsertPlannedNotificationsQuery {
  params: IInsertPlannedNotificationsParams;
  result: IInsertPlannedNotificationsResult;
}

const insertPlannedNotificationsIR: any = {"usedParamSet":{"sourceEventId":true,"sourceEventType":true,"taxpayerId":true,"region":true,"deadLetterAfter":true,"now":true,"rows":true},"params":[{"name":"sourceEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":310,"b":324}]},{"name":"sourceEventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":343}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":411,"b":421}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":424,"b":430}]},{"name":"deadLetterAfter","required":true,"transform":{"type":"scalar"},"locs":[{"a":609,"b":625}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":681,"b":685},{"a":712,"b":716},{"a":755,"b":759},{"a":779,"b":783}]},{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":811,"b":816}]}],"statement":"INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, audience, target, subscription_id, taxpayer_id, region, language, template, subject, body,\n                           status, attempts, dead_letter_after, next_attempt_at, created_at, delivered_at, updated_at)\nSELECT r.id, :sourceEventId!, :sourceEventType!, r.channel, r.recipient, r.audience, r.target, r.subscription_id, :taxpayerId, :region, r.language, r.template, r.subject, r.body,\n       CASE WHEN r.channel = 'in-app' THEN 'sent' ELSE 'queued' END,\n       CASE WHEN r.channel = 'in-app' THEN 1 ELSE 0 END,\n       :deadLetterAfter!,\n       CASE WHEN r.channel = 'in-app' THEN NULL ELSE :now!::timestamptz END,\n       :now!, CASE WHEN r.channel = 'in-app' THEN :now!::timestamptz END, :now!\n  FROM jsonb_to_recordset(:rows!::jsonb) AS r(id uuid, channel text, recipient text, audience text, target text, subscription_id uuid, language text, template text, subject text, body text)\nON CONFLICT (source_event_id, channel, recipient) DO NOTHING\nRETURNING id, channel, recipient, language"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, audience, target, subscription_id, taxpayer_id, region, language, template, subject, body,
 *                            status, attempts, dead_letter_after, next_attempt_at, created_at, delivered_at, updated_at)
 * SELECT r.id, :sourceEventId!, :sourceEventType!, r.channel, r.recipient, r.audience, r.target, r.subscription_id, :taxpayerId, :region, r.language, r.template, r.subject, r.body,
 *        CASE WHEN r.channel = 'in-app' THEN 'sent' ELSE 'queued' END,
 *        CASE WHEN r.channel = 'in-app' THEN 1 ELSE 0 END,
 *        :deadLetterAfter!,
 *        CASE WHEN r.channel = 'in-app' THEN NULL ELSE :now!::timestamptz END,
 *        :now!, CASE WHEN r.channel = 'in-app' THEN :now!::timestamptz END, :now!
 *   FROM jsonb_to_recordset(:rows!::jsonb) AS r(id uuid, channel text, recipient text, audience text, target text, subscription_id uuid, language text, template text, subject text, body text)
 * ON CONFLICT (source_event_id, channel, recipient) DO NOTHING
 * RETURNING id, channel, recipient, language
 * ```
 */
export const insertPlannedNotifications = new PreparedQuery<IInsertPlannedNotificationsParams,IInsertPlannedNotificationsResult>(insertPlannedNotificationsIR);


/** 'ClaimDueDelivery' parameters type */
export interface IClaimDueDeliveryParams {
  lockMs: number;
}

/** 'ClaimDueDelivery' return type */
export interface IClaimDueDeliveryResult {
  attempts: number;
  body: string;
  channel: string;
  claim_token: string;
  dead_letter_after: number;
  id: string;
  language: string;
  recipient: string;
  source_event_id: string;
  source_event_type: string;
  subject: string;
  subscription_id: string | null;
  target: string;
}

/** 'ClaimDueDelivery' query type */
export interface IClaimDueDeliveryQuery {
  params: IClaimDueDeliveryParams;
  result: IClaimDueDeliveryResult;
}

const claimDueDeliveryIR: any = {"usedParamSet":{"lockMs":true},"params":[{"name":"lockMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":79}]}],"statement":"UPDATE notifications n SET locked_until = now() + make_interval(secs => :lockMs!::double precision / 1000), claim_token = gen_random_uuid()\n WHERE n.id = (SELECT id FROM notifications\n                WHERE status = 'queued' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())\n                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)\nRETURNING n.id, n.claim_token AS \"claim_token!\", n.channel, n.recipient, n.target AS \"target!\", n.subscription_id, n.language, n.subject, n.body, n.attempts, n.dead_letter_after, n.source_event_id, n.source_event_type"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications n SET locked_until = now() + make_interval(secs => :lockMs!::double precision / 1000), claim_token = gen_random_uuid()
 *  WHERE n.id = (SELECT id FROM notifications
 *                 WHERE status = 'queued' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
 *                 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
 * RETURNING n.id, n.claim_token AS "claim_token!", n.channel, n.recipient, n.target AS "target!", n.subscription_id, n.language, n.subject, n.body, n.attempts, n.dead_letter_after, n.source_event_id, n.source_event_type
 * ```
 */
export const claimDueDelivery = new PreparedQuery<IClaimDueDeliveryParams,IClaimDueDeliveryResult>(claimDueDeliveryIR);


/** 'RenewLease' parameters type */
export interface IRenewLeaseParams {
  claimToken: string;
  holdUntil: DateOrString;
  id: string;
  lockMs: number;
}

/** 'RenewLease' return type */
export type IRenewLeaseResult = void;

/** 'RenewLease' query type */
export interface IRenewLeaseQuery {
  params: IRenewLeaseParams;
  result: IRenewLeaseResult;
}

const renewLeaseIR: any = {"usedParamSet":{"lockMs":true,"holdUntil":true,"id":true,"claimToken":true},"params":[{"name":"lockMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":83}]},{"name":"holdUntil","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":122}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":150,"b":153}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":184}]}],"statement":"UPDATE notifications SET locked_until = LEAST(now() + make_interval(secs => :lockMs!::double precision / 1000), :holdUntil!::timestamptz)\n WHERE id = :id! AND claim_token = :claimToken! AND status = 'queued'"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET locked_until = LEAST(now() + make_interval(secs => :lockMs!::double precision / 1000), :holdUntil!::timestamptz)
 *  WHERE id = :id! AND claim_token = :claimToken! AND status = 'queued'
 * ```
 */
export const renewLease = new PreparedQuery<IRenewLeaseParams,IRenewLeaseResult>(renewLeaseIR);


/** 'DeferDelivery' parameters type */
export interface IDeferDeliveryParams {
  claimToken: string;
  id: string;
  reason: string;
  waitMs: number;
}

/** 'DeferDelivery' return type */
export type IDeferDeliveryResult = void;

/** 'DeferDelivery' query type */
export interface IDeferDeliveryQuery {
  params: IDeferDeliveryParams;
  result: IDeferDeliveryResult;
}

const deferDeliveryIR: any = {"usedParamSet":{"waitMs":true,"reason":true,"id":true,"claimToken":true},"params":[{"name":"waitMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":80}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":170}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":207}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":260}]}],"statement":"UPDATE notifications SET next_attempt_at = now() + make_interval(secs => :waitMs!::double precision / 1000), locked_until = NULL, claim_token = NULL, last_error = :reason!, updated_at = now()\n WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET next_attempt_at = now() + make_interval(secs => :waitMs!::double precision / 1000), locked_until = NULL, claim_token = NULL, last_error = :reason!, updated_at = now()
 *  WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken!
 * ```
 */
export const deferDelivery = new PreparedQuery<IDeferDeliveryParams,IDeferDeliveryResult>(deferDeliveryIR);


/** 'LockClaimedDelivery' parameters type */
export interface ILockClaimedDeliveryParams {
  claimToken: string;
  id: string;
}

/** 'LockClaimedDelivery' return type */
export interface ILockClaimedDeliveryResult {
  id: string;
}

/** 'LockClaimedDelivery' query type */
export interface ILockClaimedDeliveryQuery {
  params: ILockClaimedDeliveryParams;
  result: ILockClaimedDeliveryResult;
}

const lockClaimedDeliveryIR: any = {"usedParamSet":{"id":true,"claimToken":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":43}]},{"name":"claimToken","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":96}]}],"statement":"SELECT id FROM notifications WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM notifications WHERE id = :id! AND status = 'queued' AND claim_token = :claimToken! FOR UPDATE
 * ```
 */
export const lockClaimedDelivery = new PreparedQuery<ILockClaimedDeliveryParams,ILockClaimedDeliveryResult>(lockClaimedDeliveryIR);


/** 'LogAttempt' parameters type */
export interface ILogAttemptParams {
  attempt: number;
  durationMs: number;
  error?: string | null | void;
  id: string;
  outcome: string;
  responseStatus?: number | null | void;
}

/** 'LogAttempt' return type */
export type ILogAttemptResult = void;

/** 'LogAttempt' query type */
export interface ILogAttemptQuery {
  params: ILogAttemptParams;
  result: ILogAttemptResult;
}

const logAttemptIR: any = {"usedParamSet":{"id":true,"attempt":true,"outcome":true,"error":true,"responseStatus":true,"durationMs":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":114}]},{"name":"attempt","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":125}]},{"name":"outcome","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":136}]},{"name":"error","required":false,"transform":{"type":"scalar"},"locs":[{"a":139,"b":144}]},{"name":"responseStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":147,"b":161}]},{"name":"durationMs","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":175}]}],"statement":"INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, response_status, duration_ms) VALUES (:id!, :attempt!, :outcome!, :error, :responseStatus, :durationMs!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, response_status, duration_ms) VALUES (:id!, :attempt!, :outcome!, :error, :responseStatus, :durationMs!)
 * ```
 */
export const logAttempt = new PreparedQuery<ILogAttemptParams,ILogAttemptResult>(logAttemptIR);


/** 'MarkSent' parameters type */
export interface IMarkSentParams {
  at: DateOrString;
  attempts: number;
  id: string;
}

/** 'MarkSent' return type */
export type IMarkSentResult = void;

/** 'MarkSent' query type */
export interface IMarkSentQuery {
  params: IMarkSentParams;
  result: IMarkSentResult;
}

const markSentIR: any = {"usedParamSet":{"attempts":true,"at":true,"id":true},"params":[{"name":"attempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":62}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":83},{"a":183,"b":186}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":202}]}],"statement":"UPDATE notifications SET status = 'sent', attempts = :attempts!, delivered_at = :at!, last_error = NULL, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET status = 'sent', attempts = :attempts!, delivered_at = :at!, last_error = NULL, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!
 * ```
 */
export const markSent = new PreparedQuery<IMarkSentParams,IMarkSentResult>(markSentIR);


/** 'MarkFailed' parameters type */
export interface IMarkFailedParams {
  at: DateOrString;
  attempts: number;
  error: string;
  id: string;
}

/** 'MarkFailed' return type */
export type IMarkFailedResult = void;

/** 'MarkFailed' query type */
export interface IMarkFailedQuery {
  params: IMarkFailedParams;
  result: IMarkFailedResult;
}

const markFailedIR: any = {"usedParamSet":{"attempts":true,"at":true,"error":true,"id":true},"params":[{"name":"attempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":64}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":82},{"a":185,"b":188}]},{"name":"error","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":104}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":204}]}],"statement":"UPDATE notifications SET status = 'failed', attempts = :attempts!, failed_at = :at!, last_error = :error!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET status = 'failed', attempts = :attempts!, failed_at = :at!, last_error = :error!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = :at! WHERE id = :id!
 * ```
 */
export const markFailed = new PreparedQuery<IMarkFailedParams,IMarkFailedResult>(markFailedIR);


/** 'ScheduleRetry' parameters type */
export interface IScheduleRetryParams {
  attempts: number;
  error: string;
  id: string;
  nextAttemptAt: DateOrString;
}

/** 'ScheduleRetry' return type */
export type IScheduleRetryResult = void;

/** 'ScheduleRetry' query type */
export interface IScheduleRetryQuery {
  params: IScheduleRetryParams;
  result: IScheduleRetryResult;
}

const scheduleRetryIR: any = {"usedParamSet":{"attempts":true,"error":true,"nextAttemptAt":true,"id":true},"params":[{"name":"attempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":36,"b":45}]},{"name":"error","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":67}]},{"name":"nextAttemptAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":102}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":176,"b":179}]}],"statement":"UPDATE notifications SET attempts = :attempts!, last_error = :error!, next_attempt_at = :nextAttemptAt!, locked_until = NULL, claim_token = NULL, updated_at = now() WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET attempts = :attempts!, last_error = :error!, next_attempt_at = :nextAttemptAt!, locked_until = NULL, claim_token = NULL, updated_at = now() WHERE id = :id!
 * ```
 */
export const scheduleRetry = new PreparedQuery<IScheduleRetryParams,IScheduleRetryResult>(scheduleRetryIR);


/** 'DeadLetterQueuedOfSubscription' parameters type */
export interface IDeadLetterQueuedOfSubscriptionParams {
  reason: string;
  subscriptionId: string;
}

/** 'DeadLetterQueuedOfSubscription' return type */
export interface IDeadLetterQueuedOfSubscriptionResult {
  attempts: number;
  channel: string;
  failed_at: Date;
  id: string;
  recipient: string;
  source_event_id: string;
  source_event_type: string;
}

/** 'DeadLetterQueuedOfSubscription' query type */
export interface IDeadLetterQueuedOfSubscriptionQuery {
  params: IDeadLetterQueuedOfSubscriptionParams;
  result: IDeadLetterQueuedOfSubscriptionResult;
}

const deadLetterQueuedOfSubscriptionIR: any = {"usedParamSet":{"reason":true,"subscriptionId":true},"params":[{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":127},{"a":507,"b":514}]},{"name":"subscriptionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":256}]}],"statement":"WITH failed AS (\n  UPDATE notifications SET status = 'failed', attempts = attempts + 1, failed_at = now(), last_error = :reason!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()\n   WHERE subscription_id = :subscriptionId! AND status = 'queued'\n   RETURNING id, attempts, source_event_id, source_event_type, channel, recipient, failed_at\n), logged AS (\n  INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) SELECT id, attempts, 'failed', :reason!, 0 FROM failed\n)\nSELECT id AS \"id!\", attempts AS \"attempts!\", source_event_id AS \"source_event_id!\", source_event_type AS \"source_event_type!\", channel AS \"channel!\", recipient AS \"recipient!\", failed_at AS \"failed_at!\"\n  FROM failed ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * WITH failed AS (
 *   UPDATE notifications SET status = 'failed', attempts = attempts + 1, failed_at = now(), last_error = :reason!, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
 *    WHERE subscription_id = :subscriptionId! AND status = 'queued'
 *    RETURNING id, attempts, source_event_id, source_event_type, channel, recipient, failed_at
 * ), logged AS (
 *   INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) SELECT id, attempts, 'failed', :reason!, 0 FROM failed
 * )
 * SELECT id AS "id!", attempts AS "attempts!", source_event_id AS "source_event_id!", source_event_type AS "source_event_type!", channel AS "channel!", recipient AS "recipient!", failed_at AS "failed_at!"
 *   FROM failed ORDER BY id
 * ```
 */
export const deadLetterQueuedOfSubscription = new PreparedQuery<IDeadLetterQueuedOfSubscriptionParams,IDeadLetterQueuedOfSubscriptionResult>(deadLetterQueuedOfSubscriptionIR);


/** 'DeleteExpiredRateCounters' parameters type */
export interface IDeleteExpiredRateCountersParams {
  expiredBefore: string;
}

/** 'DeleteExpiredRateCounters' return type */
export type IDeleteExpiredRateCountersResult = void;

/** 'DeleteExpiredRateCounters' query type */
export interface IDeleteExpiredRateCountersQuery {
  params: IDeleteExpiredRateCountersParams;
  result: IDeleteExpiredRateCountersResult;
}

const deleteExpiredRateCountersIR: any = {"usedParamSet":{"expiredBefore":true},"params":[{"name":"expiredBefore","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":63}]}],"statement":"DELETE FROM recipient_rate_limits WHERE expire < :expiredBefore!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM recipient_rate_limits WHERE expire < :expiredBefore!
 * ```
 */
export const deleteExpiredRateCounters = new PreparedQuery<IDeleteExpiredRateCountersParams,IDeleteExpiredRateCountersResult>(deleteExpiredRateCountersIR);


/** 'ListDeliveries' parameters type */
export interface IListDeliveriesParams {
  channel?: string | null | void;
  everything: boolean;
  limit: number;
  owner: string;
  ownWebhooks: boolean;
  people: boolean;
  recipient?: string | null | void;
  region?: string | null | void;
  sourceEventId?: string | null | void;
  status?: string | null | void;
  subscriptionId?: string | null | void;
}

/** 'ListDeliveries' return type */
export interface IListDeliveriesResult {
  attempts: number;
  audience: string | null;
  body: string;
  channel: string;
  created_at: Date;
  dead_letter_after: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  id: string;
  language: string;
  last_error: string | null;
  next_attempt_at: Date | null;
  recipient: string;
  region: string | null;
  source_event_id: string;
  source_event_type: string;
  status: string;
  subject: string;
  subscription_id: string | null;
  target: string | null;
  taxpayer_id: string | null;
  template: string;
  updated_at: Date;
}

/** 'ListDeliveries' query type */
export interface IListDeliveriesQuery {
  params: IListDeliveriesParams;
  result: IListDeliveriesResult;
}

const listDeliveriesIR: any = {"usedParamSet":{"everything":true,"people":true,"region":true,"ownWebhooks":true,"owner":true,"sourceEventId":true,"status":true,"channel":true,"recipient":true,"subscriptionId":true,"limit":true},"params":[{"name":"everything","required":true,"transform":{"type":"scalar"},"locs":[{"a":347,"b":358}]},{"name":"people","required":true,"transform":{"type":"scalar"},"locs":[{"a":381,"b":388}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":431,"b":437},{"a":467,"b":473}]},{"name":"ownWebhooks","required":true,"transform":{"type":"scalar"},"locs":[{"a":489,"b":501}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":594,"b":600}]},{"name":"sourceEventId","required":false,"transform":{"type":"scalar"},"locs":[{"a":613,"b":626},{"a":665,"b":678}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":689,"b":695},{"a":725,"b":731}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":742,"b":749},{"a":780,"b":787}]},{"name":"recipient","required":false,"transform":{"type":"scalar"},"locs":[{"a":798,"b":807},{"a":840,"b":849}]},{"name":"subscriptionId","required":false,"transform":{"type":"scalar"},"locs":[{"a":860,"b":874},{"a":913,"b":927}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":964,"b":970}]}],"statement":"SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at FROM notifications n\n WHERE (:everything!::boolean\n        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))\n        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))\n   AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)\n   AND (:status::text IS NULL OR n.status = :status)\n   AND (:channel::text IS NULL OR n.channel = :channel)\n   AND (:recipient::text IS NULL OR n.recipient = :recipient)\n   AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)\n ORDER BY n.created_at DESC LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at FROM notifications n
 *  WHERE (:everything!::boolean
 *         OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
 *         OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))
 *    AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)
 *    AND (:status::text IS NULL OR n.status = :status)
 *    AND (:channel::text IS NULL OR n.channel = :channel)
 *    AND (:recipient::text IS NULL OR n.recipient = :recipient)
 *    AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)
 *  ORDER BY n.created_at DESC LIMIT :limit!::int
 * ```
 */
export const listDeliveries = new PreparedQuery<IListDeliveriesParams,IListDeliveriesResult>(listDeliveriesIR);


/** 'FindDelivery' parameters type */
export interface IFindDeliveryParams {
  everything: boolean;
  id: string;
  owner: string;
  ownWebhooks: boolean;
  people: boolean;
  region?: string | null | void;
}

/** 'FindDelivery' return type */
export interface IFindDeliveryResult {
  attempts: number;
  audience: string | null;
  body: string;
  channel: string;
  created_at: Date;
  dead_letter_after: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  id: string;
  language: string;
  last_error: string | null;
  next_attempt_at: Date | null;
  recipient: string;
  region: string | null;
  source_event_id: string;
  source_event_type: string;
  status: string;
  subject: string;
  subscription_id: string | null;
  target: string | null;
  taxpayer_id: string | null;
  template: string;
  updated_at: Date;
  visible: boolean;
}

/** 'FindDelivery' query type */
export interface IFindDeliveryQuery {
  params: IFindDeliveryParams;
  result: IFindDeliveryResult;
}

const findDeliveryIR: any = {"usedParamSet":{"everything":true,"people":true,"region":true,"ownWebhooks":true,"owner":true,"id":true},"params":[{"name":"everything","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":338}]},{"name":"people","required":true,"transform":{"type":"scalar"},"locs":[{"a":361,"b":368}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":411,"b":417},{"a":447,"b":453}]},{"name":"ownWebhooks","required":true,"transform":{"type":"scalar"},"locs":[{"a":469,"b":481}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":574,"b":580}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":635,"b":638}]}],"statement":"SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,\n       (:everything!::boolean\n        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))\n        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS \"visible!\"\n  FROM notifications n WHERE n.id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
 *        (:everything!::boolean
 *         OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
 *         OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS "visible!"
 *   FROM notifications n WHERE n.id = :id!
 * ```
 */
export const findDelivery = new PreparedQuery<IFindDeliveryParams,IFindDeliveryResult>(findDeliveryIR);


/** 'LockDelivery' parameters type */
export interface ILockDeliveryParams {
  everything: boolean;
  id: string;
  owner: string;
  ownWebhooks: boolean;
  people: boolean;
  region?: string | null | void;
}

/** 'LockDelivery' return type */
export interface ILockDeliveryResult {
  attempts: number;
  audience: string | null;
  body: string;
  channel: string;
  created_at: Date;
  dead_letter_after: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  id: string;
  language: string;
  last_error: string | null;
  next_attempt_at: Date | null;
  recipient: string;
  region: string | null;
  source_event_id: string;
  source_event_type: string;
  status: string;
  subject: string;
  subscription_id: string | null;
  target: string | null;
  taxpayer_id: string | null;
  template: string;
  updated_at: Date;
  visible: boolean;
}

/** 'LockDelivery' query type */
export interface ILockDeliveryQuery {
  params: ILockDeliveryParams;
  result: ILockDeliveryResult;
}

const lockDeliveryIR: any = {"usedParamSet":{"everything":true,"people":true,"region":true,"ownWebhooks":true,"owner":true,"id":true},"params":[{"name":"everything","required":true,"transform":{"type":"scalar"},"locs":[{"a":327,"b":338}]},{"name":"people","required":true,"transform":{"type":"scalar"},"locs":[{"a":361,"b":368}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":411,"b":417},{"a":447,"b":453}]},{"name":"ownWebhooks","required":true,"transform":{"type":"scalar"},"locs":[{"a":469,"b":481}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":574,"b":580}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":635,"b":638}]}],"statement":"SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,\n       (:everything!::boolean\n        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))\n        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS \"visible!\"\n  FROM notifications n WHERE n.id = :id! FOR UPDATE OF n"};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
 *        (:everything!::boolean
 *         OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
 *         OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!))) AS "visible!"
 *   FROM notifications n WHERE n.id = :id! FOR UPDATE OF n
 * ```
 */
export const lockDelivery = new PreparedQuery<ILockDeliveryParams,ILockDeliveryResult>(lockDeliveryIR);


/** 'ListDeliveryAttempts' parameters type */
export interface IListDeliveryAttemptsParams {
  id: string;
}

/** 'ListDeliveryAttempts' return type */
export interface IListDeliveryAttemptsResult {
  attempt: number;
  attempted_at: Date;
  duration_ms: number;
  error: string | null;
  outcome: string;
  response_status: number | null;
}

/** 'ListDeliveryAttempts' query type */
export interface IListDeliveryAttemptsQuery {
  params: IListDeliveryAttemptsParams;
  result: IListDeliveryAttemptsResult;
}

const listDeliveryAttemptsIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":125}]}],"statement":"SELECT attempt, outcome, error, response_status, duration_ms, attempted_at FROM delivery_attempts WHERE notification_id = :id! ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT attempt, outcome, error, response_status, duration_ms, attempted_at FROM delivery_attempts WHERE notification_id = :id! ORDER BY id
 * ```
 */
export const listDeliveryAttempts = new PreparedQuery<IListDeliveryAttemptsParams,IListDeliveryAttemptsResult>(listDeliveryAttemptsIR);


/** 'RequeueDelivery' parameters type */
export interface IRequeueDeliveryParams {
  freshAttempts: number;
  id: string;
}

/** 'RequeueDelivery' return type */
export interface IRequeueDeliveryResult {
  attempts: number;
  audience: string | null;
  body: string;
  channel: string;
  created_at: Date;
  dead_letter_after: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  id: string;
  language: string;
  last_error: string | null;
  next_attempt_at: Date | null;
  recipient: string;
  region: string | null;
  source_event_id: string;
  source_event_type: string;
  status: string;
  subject: string;
  subscription_id: string | null;
  target: string | null;
  taxpayer_id: string | null;
  template: string;
  updated_at: Date;
}

/** 'RequeueDelivery' query type */
export interface IRequeueDeliveryQuery {
  params: IRequeueDeliveryParams;
  result: IRequeueDeliveryResult;
}

const requeueDeliveryIR: any = {"usedParamSet":{"freshAttempts":true,"id":true},"params":[{"name":"freshAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":116}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":211,"b":214}]}],"statement":"UPDATE notifications n SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()\n WHERE n.id = :id!\nRETURNING n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications n SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
 *  WHERE n.id = :id!
 * RETURNING n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at
 * ```
 */
export const requeueDelivery = new PreparedQuery<IRequeueDeliveryParams,IRequeueDeliveryResult>(requeueDeliveryIR);


/** 'RequeueSubscriptionDeliveries' parameters type */
export interface IRequeueSubscriptionDeliveriesParams {
  freshAttempts: number;
  since?: DateOrString | null | void;
  status: string;
  subscriptionId: string;
}

/** 'RequeueSubscriptionDeliveries' return type */
export type IRequeueSubscriptionDeliveriesResult = void;

/** 'RequeueSubscriptionDeliveries' query type */
export interface IRequeueSubscriptionDeliveriesQuery {
  params: IRequeueSubscriptionDeliveriesParams;
  result: IRequeueSubscriptionDeliveriesResult;
}

const requeueSubscriptionDeliveriesIR: any = {"usedParamSet":{"freshAttempts":true,"subscriptionId":true,"status":true,"since":true},"params":[{"name":"freshAttempts","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":114}]},{"name":"subscriptionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":235}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":250,"b":257}]},{"name":"since","required":false,"transform":{"type":"scalar"},"locs":[{"a":264,"b":269},{"a":309,"b":314}]}],"statement":"UPDATE notifications SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()\n WHERE subscription_id = :subscriptionId! AND status = :status! AND (:since::timestamptz IS NULL OR created_at >= :since::timestamptz)"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE notifications SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + :freshAttempts!, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
 *  WHERE subscription_id = :subscriptionId! AND status = :status! AND (:since::timestamptz IS NULL OR created_at >= :since::timestamptz)
 * ```
 */
export const requeueSubscriptionDeliveries = new PreparedQuery<IRequeueSubscriptionDeliveriesParams,IRequeueSubscriptionDeliveriesResult>(requeueSubscriptionDeliveriesIR);


/** 'CountDeliveriesOfSubscription' parameters type */
export interface ICountDeliveriesOfSubscriptionParams {
  subscriptionId: string;
}

/** 'CountDeliveriesOfSubscription' return type */
export interface ICountDeliveriesOfSubscriptionResult {
  count: number;
  status: string;
}

/** 'CountDeliveriesOfSubscription' query type */
export interface ICountDeliveriesOfSubscriptionQuery {
  params: ICountDeliveriesOfSubscriptionParams;
  result: ICountDeliveriesOfSubscriptionResult;
}

const countDeliveriesOfSubscriptionIR: any = {"usedParamSet":{"subscriptionId":true},"params":[{"name":"subscriptionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":99}]}],"statement":"SELECT status, count(*)::int AS \"count!\" FROM notifications WHERE subscription_id = :subscriptionId! GROUP BY status"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, count(*)::int AS "count!" FROM notifications WHERE subscription_id = :subscriptionId! GROUP BY status
 * ```
 */
export const countDeliveriesOfSubscription = new PreparedQuery<ICountDeliveriesOfSubscriptionParams,ICountDeliveriesOfSubscriptionResult>(countDeliveriesOfSubscriptionIR);


/** 'ListDeliveryPage' parameters type */
export interface IListDeliveryPageParams {
  channel?: string | null | void;
  everything: boolean;
  limit: number;
  offset: number;
  order: string;
  owner: string;
  ownWebhooks: boolean;
  people: boolean;
  recipient?: string | null | void;
  region?: string | null | void;
  sort: string;
  sourceEventId?: string | null | void;
  status?: string | null | void;
  subscriptionId?: string | null | void;
}

/** 'ListDeliveryPage' return type */
export interface IListDeliveryPageResult {
  attempts: number;
  audience: string | null;
  body: string;
  channel: string;
  created_at: Date;
  dead_letter_after: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  id: string;
  language: string;
  last_error: string | null;
  next_attempt_at: Date | null;
  recipient: string;
  region: string | null;
  source_event_id: string;
  source_event_type: string;
  status: string;
  subject: string;
  subscription_id: string | null;
  target: string | null;
  taxpayer_id: string | null;
  template: string;
  total: string;
  updated_at: Date;
}

/** 'ListDeliveryPage' query type */
export interface IListDeliveryPageQuery {
  params: IListDeliveryPageParams;
  result: IListDeliveryPageResult;
}

const listDeliveryPageIR: any = {"usedParamSet":{"everything":true,"people":true,"region":true,"ownWebhooks":true,"owner":true,"sourceEventId":true,"status":true,"channel":true,"recipient":true,"subscriptionId":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"everything","required":true,"transform":{"type":"scalar"},"locs":[{"a":478,"b":489}]},{"name":"people","required":true,"transform":{"type":"scalar"},"locs":[{"a":512,"b":519}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":562,"b":568},{"a":598,"b":604}]},{"name":"ownWebhooks","required":true,"transform":{"type":"scalar"},"locs":[{"a":620,"b":632}]},{"name":"owner","required":true,"transform":{"type":"scalar"},"locs":[{"a":725,"b":731}]},{"name":"sourceEventId","required":false,"transform":{"type":"scalar"},"locs":[{"a":744,"b":757},{"a":796,"b":809}]},{"name":"status","required":false,"transform":{"type":"scalar"},"locs":[{"a":820,"b":826},{"a":856,"b":862}]},{"name":"channel","required":false,"transform":{"type":"scalar"},"locs":[{"a":873,"b":880},{"a":911,"b":918}]},{"name":"recipient","required":false,"transform":{"type":"scalar"},"locs":[{"a":929,"b":938},{"a":982,"b":991}]},{"name":"subscriptionId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1003,"b":1017},{"a":1056,"b":1070}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":1096,"b":1101},{"a":1189,"b":1194},{"a":1284,"b":1289},{"a":1377,"b":1382},{"a":1472,"b":1477},{"a":1562,"b":1567}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":1127,"b":1133},{"a":1220,"b":1226},{"a":1315,"b":1321},{"a":1408,"b":1414},{"a":1502,"b":1508},{"a":1592,"b":1598},{"a":1654,"b":1660},{"a":1708,"b":1714}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1757,"b":1763}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1777,"b":1784}]}],"statement":"-- A page of the delivery log in the reader's scope, counted whole on every row (readPage).\nSELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,\n       COUNT(*) OVER () AS \"total!\"\n  FROM notifications n\n WHERE (:everything!::boolean\n        OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))\n        OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))\n   AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)\n   AND (:status::text IS NULL OR n.status = :status)\n   AND (:channel::text IS NULL OR n.channel = :channel)\n   AND (:recipient::text IS NULL OR starts_with(n.recipient, :recipient))\n   AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)\n ORDER BY\n   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN n.created_at END ASC,\n   CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN n.created_at END DESC,\n   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN n.updated_at END ASC,\n   CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN n.updated_at END DESC,\n   CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'asc' THEN n.attempts END ASC,\n   CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'desc' THEN n.attempts END DESC,\n   CASE WHEN :order!::text = 'asc' THEN n.id END ASC,\n   CASE WHEN :order!::text = 'desc' THEN n.id END DESC\n LIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the delivery log in the reader's scope, counted whole on every row (readPage).
 * SELECT n.id, n.source_event_id, n.source_event_type, n.channel, n.recipient, n.audience, n.target, n.subscription_id, n.taxpayer_id, n.region, n.language, n.template, n.subject, n.body, n.status, n.attempts, n.dead_letter_after, n.last_error, n.next_attempt_at, n.created_at, n.delivered_at, n.failed_at, n.updated_at,
 *        COUNT(*) OVER () AS "total!"
 *   FROM notifications n
 *  WHERE (:everything!::boolean
 *         OR (:people!::boolean AND n.channel <> 'webhook' AND (:region::text IS NULL OR n.region = :region))
 *         OR (:ownWebhooks!::boolean AND n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner!)))
 *    AND (:sourceEventId::text IS NULL OR n.source_event_id = :sourceEventId)
 *    AND (:status::text IS NULL OR n.status = :status)
 *    AND (:channel::text IS NULL OR n.channel = :channel)
 *    AND (:recipient::text IS NULL OR starts_with(n.recipient, :recipient))
 *    AND (:subscriptionId::uuid IS NULL OR n.subscription_id = :subscriptionId)
 *  ORDER BY
 *    CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN n.created_at END ASC,
 *    CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN n.created_at END DESC,
 *    CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN n.updated_at END ASC,
 *    CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN n.updated_at END DESC,
 *    CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'asc' THEN n.attempts END ASC,
 *    CASE WHEN :sort!::text = 'attempts' AND :order!::text = 'desc' THEN n.attempts END DESC,
 *    CASE WHEN :order!::text = 'asc' THEN n.id END ASC,
 *    CASE WHEN :order!::text = 'desc' THEN n.id END DESC
 *  LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listDeliveryPage = new PreparedQuery<IListDeliveryPageParams,IListDeliveryPageResult>(listDeliveryPageIR);


