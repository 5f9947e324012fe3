import { z } from 'zod';
import { language, type Language } from '@aeo/contracts';
import { camelRow, runSql, runSqlChanged, runSqlCounted, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { type Page, type PageRequest, readPage } from '@aeo/service-kit';
import {
  claimDueDelivery,
  countDeliveriesOfSubscription,
  deadLetterQueuedOfSubscription,
  deferDelivery as deferOne,
  deleteExpiredRateCounters,
  findDelivery as findOne,
  insertPlannedNotifications,
  listDeliveries as listMany,
  listDeliveryPage,
  listDeliveryAttempts,
  lockClaimedDelivery,
  lockDelivery as lockOne,
  logAttempt,
  markFailed,
  markSent,
  renewLease as renewOne,
  requeueDelivery as requeueOne,
  requeueSubscriptionDeliveries,
  scheduleRetry as scheduleOne,
  type IFindDeliveryResult,
} from './deliveries.queries';

// The notifications' and attempts' text columns, narrowed (the tables' CHECK constraints allow exactly these).
export const deliveryStatus = z.enum(['queued', 'sent', 'failed']);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;
export const channel = z.enum(['in-app', 'email', 'webhook']);
export type Channel = z.infer<typeof channel>;
const sentChannel = z.enum(['email', 'webhook']);
const attemptOutcome = z.enum(['sent', 'failed', 'rate-limited']);

/**
 * One notification to one recipient on one channel, and its delivery state. Unique per source
 * event, channel and recipient, so a redelivered event never yields a second one.
 * Recipients: `operator:<taxpayer id>` and `staff:<sub>` (in-app inboxes), `email:<address>`,
 * `webhook:<subscription id>`.
 */
export interface DeliveryRecord {
  id: string;
  sourceEventId: string;
  sourceEventType: string;
  channel: Channel;
  recipient: string;
  /** Who the routing table meant (operator, contact-officers, ..., platform). */
  audience: string | null;
  /** Where it goes: the email address or the webhook URL. */
  target: string | null;
  subscriptionId: string | null;
  taxpayerId: string | null;
  region: string | null;
  language: Language;
  template: string;
  subject: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  /** The delivery is dead-lettered (failed) when attempts reach this; a redelivery raises it. */
  deadLetterAfter: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
  failedAt: Date | null;
  updatedAt: Date;
}

/** One try to deliver a notification (sent, failed with its reason, or held back by a rate limit). */
export interface DeliveryAttemptRecord {
  attempt: number;
  outcome: z.infer<typeof attemptOutcome>;
  error: string | null;
  responseStatus: number | null;
  durationMs: number;
  attemptedAt: Date;
}

/** Who reads the delivery log, as the scope of a query (see DeliveriesService.scopeOf). */
export interface DeliveryScope {
  /** Every delivery (operations). */
  everything: boolean;
  /** Deliveries to people (not webhook calls), of `region` when it is set. */
  people: boolean;
  region: string | null;
  /** The webhook calls of subscriptions `owner` created. */
  ownWebhooks: boolean;
  owner: string;
}

export interface DeliveryFilter {
  sourceEventId?: string;
  status?: DeliveryStatus;
  channel?: Channel;
  recipient?: string;
  subscriptionId?: string;
  limit: number;
}

/** How the paged delivery log sorts (ties broken by id). */
export const DELIVERY_SORTS = ['createdAt', 'updatedAt', 'attempts'] as const;
export type DeliverySort = (typeof DELIVERY_SORTS)[number];

/** The paged delivery log's filters: those of the log, `recipient` matching the start of the recipient. */
export interface DeliveryPageFilter extends PageRequest<DeliverySort>, Omit<DeliveryFilter, 'limit'> {}

/** A notification the planner writes for an event. */
export interface PlannedNotification {
  id: string;
  channel: Channel;
  recipient: string;
  audience: string;
  target: string | null;
  subscriptionId: string | null;
  language: Language;
  template: string;
  subject: string;
  body: string;
}

/** An email or webhook call a sender has claimed. */
export interface ClaimedDelivery {
  id: string;
  /** Proves this sender still holds the delivery when it settles it (its lease may have ended). */
  claimToken: string;
  channel: 'email' | 'webhook';
  recipient: string;
  /** The email address or webhook URL (always set for emails and webhook calls). */
  target: string;
  subscriptionId: string | null;
  language: Language;
  subject: string;
  body: string;
  attempts: number;
  deadLetterAfter: number;
  sourceEventId: string;
  sourceEventType: string;
}

/** A delivery dead-lettered with its subscription. */
export interface DeadLetteredDelivery {
  id: string;
  sourceEventId: string;
  sourceEventType: string;
  /** Only emails and webhook calls are ever queued. */
  channel: 'email' | 'webhook';
  recipient: string;
  attempts: number;
  failedAt: Date;
}

function toDelivery(row: Omit<IFindDeliveryResult, 'visible'>): DeliveryRecord {
  return {
    ...camelRow(row),
    channel: channel.parse(row.channel),
    language: language.parse(row.language),
    status: deliveryStatus.parse(row.status),
  };
}

/**
 * Writes an event's notifications, each once (a redelivered event writes nothing again): in-app
 * ones as delivered at `now`, the others queued, due at `now`. Returns those written now.
 */
export async function insertPlanned(
  runner: SqlRunner,
  event: { id: string; type: string },
  planned: readonly PlannedNotification[],
  context: { taxpayerId: string | null; region: string | null; deadLetterAfter: number; now: Date },
): Promise<Array<{ id: string; channel: Channel; recipient: string; language: Language }>> {
  const rows = await runSql(
    insertPlannedNotifications,
    {
      rows: JSON.stringify(planned.map((row) => ({ ...row, subscription_id: row.subscriptionId }))),
      sourceEventId: event.id,
      sourceEventType: event.type,
      taxpayerId: context.taxpayerId,
      region: context.region,
      deadLetterAfter: context.deadLetterAfter,
      now: context.now,
    },
    runner,
  );
  return rows.map((row) => ({
    ...row,
    channel: channel.parse(row.channel),
    language: language.parse(row.language),
  }));
}

/**
 * Claims the longest-due queued delivery nobody holds (`FOR UPDATE SKIP LOCKED`: senders never
 * wait for each other) with a lease of `lockMs` and a fresh claim token; undefined when none is due.
 */
export async function claimDue(runner: SqlRunner, lockMs: number): Promise<ClaimedDelivery | undefined> {
  return runSqlOne(claimDueDelivery, { lockMs }, runner, (row) => ({
    ...camelRow(row),
    channel: sentChannel.parse(row.channel),
    language: language.parse(row.language),
  }));
}

/** A sender's claim on a delivery: the token proves it still holds the delivery (its lease may have ended). */
export type DeliveryClaim = Pick<ClaimedDelivery, 'id' | 'claimToken'>;
const claimOf = ({ id, claimToken }: DeliveryClaim) => ({ id, claimToken });
type Lease = { lockMs: number; holdUntil: Date };
type Wait = { waitMs: number; reason: string };

/** Extends the claim's lease by `lockMs`, never past `holdUntil`; false when the claim was lost. */
export async function renewLease(runner: SqlRunner, claim: DeliveryClaim, lease: Lease): Promise<boolean> {
  return runSqlChanged(renewOne, { ...claimOf(claim), ...lease }, runner);
}

/** Releases the claim and makes the delivery due again in `waitMs`; false when the claim was lost. */
export async function deferDelivery(runner: SqlRunner, claim: DeliveryClaim, wait: Wait): Promise<boolean> {
  return runSqlChanged(deferOne, { ...claimOf(claim), ...wait }, runner);
}

/** Locks the delivery for the caller's transaction while the claim still holds it; false otherwise. */
export async function lockClaimed(runner: SqlRunner, claim: DeliveryClaim): Promise<boolean> {
  return (await runSqlOne(lockClaimedDelivery, claimOf(claim), runner)) !== undefined;
}

export async function recordAttempt(
  runner: SqlRunner,
  id: string,
  attempt: Omit<DeliveryAttemptRecord, 'attemptedAt'>,
): Promise<void> {
  await runSql(logAttempt, { id, ...attempt }, runner);
}

export async function settleSent(runner: SqlRunner, id: string, attempts: number, at: Date): Promise<void> {
  await runSql(markSent, { id, attempts, at }, runner);
}

export async function settleFailed(
  runner: SqlRunner,
  id: string,
  attempts: number,
  at: Date,
  error: string,
): Promise<void> {
  await runSql(markFailed, { id, attempts, at, error }, runner);
}

export async function scheduleRetry(
  runner: SqlRunner,
  id: string,
  attempts: number,
  error: string,
  nextAttemptAt: Date,
): Promise<void> {
  await runSql(scheduleOne, { id, attempts, error, nextAttemptAt }, runner);
}

/** Dead-letters every queued delivery of the subscription with `reason`, each with a failed attempt logged. */
export async function deadLetterQueuedOf(
  runner: SqlRunner,
  subscriptionId: string,
  reason: string,
): Promise<DeadLetteredDelivery[]> {
  const rows = await runSql(deadLetterQueuedOfSubscription, { subscriptionId, reason }, runner);
  return rows.map((row) => ({ ...camelRow(row), channel: sentChannel.parse(row.channel) }));
}

/** Removes rate-limit counters (recipient_rate_limits, written by rate-limiter-flexible) that expired before the instant (ms since the epoch). */
export async function deleteRateCountersExpiredBefore(runner: SqlRunner, epochMs: number): Promise<void> {
  await runSql(deleteExpiredRateCounters, { expiredBefore: String(epochMs) }, runner);
}

/** The delivery log in the reader's scope, newest first. */
export async function listDeliveries(
  runner: SqlRunner,
  scope: DeliveryScope,
  filter: DeliveryFilter,
): Promise<DeliveryRecord[]> {
  const rows = await runSql(listMany, { ...scope, ...filter }, runner);
  return rows.map(toDelivery);
}

/** A page of the delivery log in the reader's scope, with how many deliveries match. */
export function pageOfDeliveries(
  runner: SqlRunner,
  scope: DeliveryScope,
  filter: DeliveryPageFilter,
): Promise<Page<DeliveryRecord>> {
  const { page, pageSize, ...params } = filter;
  return readPage(
    { page, pageSize },
    (window) =>
      runSql(
        listDeliveryPage,
        {
          ...scope,
          sourceEventId: params.sourceEventId ?? null,
          status: params.status ?? null,
          channel: params.channel ?? null,
          recipient: params.recipient ?? null,
          subscriptionId: params.subscriptionId ?? null,
          sort: params.sort,
          order: params.order,
          ...window,
        },
        runner,
      ),
    ({ total: _total, ...row }) => toDelivery(row),
  );
}

/** The delivery, if it exists and is in the reader's scope; `lock`: locked for the caller's transaction. */
export async function findDelivery(
  runner: SqlRunner,
  id: string,
  scope: DeliveryScope,
  lock = false,
): Promise<DeliveryRecord | undefined> {
  const row = await runSqlOne(lock ? lockOne : findOne, { id, ...scope }, runner);
  if (!row?.visible) return undefined;
  const { visible: _visible, ...delivery } = row;
  return toDelivery(delivery);
}

/** Every attempt of the delivery, oldest first. */
export async function listAttempts(runner: SqlRunner, id: string): Promise<DeliveryAttemptRecord[]> {
  const rows = await runSql(listDeliveryAttempts, { id }, runner);
  return rows.map((row) => ({ ...camelRow(row), outcome: attemptOutcome.parse(row.outcome) }));
}

/** Queues the delivery again, due now, with `freshAttempts` more attempts before it is dead-lettered. */
export async function requeueDelivery(runner: SqlRunner, id: string, freshAttempts: number): Promise<DeliveryRecord> {
  const row = await runSqlOne(requeueOne, { id, freshAttempts }, runner);
  return toDelivery(row!);
}

/** Queues again the subscription's deliveries in `status` (created since `since`, if given); how many. */
export async function requeueOfSubscription(
  runner: SqlRunner,
  subscriptionId: string,
  status: 'failed' | 'sent',
  since: string | null,
  freshAttempts: number,
): Promise<number> {
  const { count } = await runSqlCounted(
    requeueSubscriptionDeliveries,
    { subscriptionId, status, since, freshAttempts },
    runner,
  );
  return count;
}

/** How many of the subscription's deliveries are in each state. */
export async function countOfSubscription(
  runner: SqlRunner,
  subscriptionId: string,
): Promise<Record<DeliveryStatus, number>> {
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const row of await runSql(countDeliveriesOfSubscription, { subscriptionId }, runner))
    counts[deliveryStatus.parse(row.status)] = row.count;
  return counts;
}

/**
 * The reader of one subscription's deliveries, once the caller has checked that subscription's
 * access (WebhookSubscriptionsService): the scope lets every row through, the subscription's id
 * then keeps them to its own.
 */
const CHECKED_SUBSCRIPTION: DeliveryScope = {
  everything: true,
  people: false,
  region: null,
  ownWebhooks: false,
  owner: '',
};

/** A page of the subscription's deliveries (its access already checked), with how many match. */
export function pageOfSubscription(
  runner: SqlRunner,
  subscriptionId: string,
  filter: Omit<DeliveryPageFilter, 'subscriptionId' | 'channel' | 'recipient'>,
): Promise<Page<DeliveryRecord>> {
  return pageOfDeliveries(runner, CHECKED_SUBSCRIPTION, { ...filter, subscriptionId });
}

/** The delivery if it is one of the subscription's (its access already checked). */
export async function findOfSubscription(
  runner: SqlRunner,
  subscriptionId: string,
  id: string,
): Promise<DeliveryRecord | undefined> {
  const delivery = await findDelivery(runner, id, CHECKED_SUBSCRIPTION);
  return delivery?.subscriptionId === subscriptionId ? delivery : undefined;
}
