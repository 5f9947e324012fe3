import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { NotificationDelivered, NotificationFailed, toSafeText } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { NotificationsConfig, privateWebhookTargetsAllowed } from '../config';
import { SecretBox } from '../webhooks/secret-box';
import { findSealedSecrets } from '../webhooks/webhooks.repository';
import { AttemptResult, EmailChannel, WebhookChannel } from './channels';
import {
  claimDue,
  ClaimedDelivery,
  DeadLetteredDelivery,
  deadLetterQueuedOf,
  deferDelivery,
  deleteRateCountersExpiredBefore,
  lockClaimed,
  recordAttempt,
  renewLease,
  scheduleRetry,
  settleFailed,
  settleSent,
} from './deliveries.repository';
import { retryDelayMs } from './retry-policy';

const SUBSCRIPTION_DEACTIVATED = 'the webhook subscription was deactivated';

/** What a dead letter announces (`aeo.notification.failed.v1`). */
function failedEvent(delivery: DeliveryRef, attempts: number, reason: string, failedAt: Date) {
  return deliveryEvent(delivery, { attempts, reason, failedAt: failedAt.toISOString() });
}

type DeliveryRef = Pick<DeadLetteredDelivery, 'id' | 'sourceEventId' | 'sourceEventType' | 'channel' | 'recipient'>;

/** The envelope of an event about a delivery: keyed by the delivery, its data after what every delivery event names. */
function deliveryEvent<D extends object>(delivery: DeliveryRef, data: D) {
  return {
    subject: delivery.id,
    aggregateId: delivery.id,
    data: {
      notificationId: delivery.id,
      sourceEventId: delivery.sourceEventId,
      sourceEventType: delivery.sourceEventType,
      channel: delivery.channel,
      recipient: delivery.recipient,
      ...data,
    },
  };
}

/**
 * Sends queued emails and webhook calls. `DELIVERY_CONCURRENCY` senders each claim one due
 * delivery at a time with `FOR UPDATE SKIP LOCKED`, a lease (`locked_until`, renewed while the
 * send is in progress, up to `DELIVERY_MAX_HOLD_MS`) and a claim token, so instances share the queue, a slow recipient holds up only its
 * own sender, and a crash mid-send only delays a delivery until the lease ends (then it is sent
 * again: at least once, with the same webhook id for the receiver to drop duplicates). Only
 * the holder of the current claim settles a delivery. Each attempt is logged; failures are
 * retried with exponential backoff and jitter and dead-lettered after `dead_letter_after`
 * attempts; per-recipient rate limits defer a delivery, with jitter, without counting an attempt.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly email: EmailChannel;
  private readonly webhooks: WebhookChannel;
  private readonly limiters: Record<'email' | 'webhook', RateLimiterPostgres>;
  private readonly secrets: SecretBox;
  private running = false;
  private senders: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.logger = createLogger('notifications', config.LOG_LEVEL);
    this.secrets = new SecretBox(config.WEBHOOK_SECRETS_KEY);
    this.email = new EmailChannel(
      config.SMTP_URL,
      config.MAIL_FROM,
      config.SMTP_TIMEOUT_MS,
      config.DELIVERY_CONCURRENCY,
    );
    this.webhooks = new WebhookChannel(config.WEBHOOK_TIMEOUT_MS, privateWebhookTargetsAllowed(config));
    // Expired counters are removed by the senders (no library timer outliving the service).
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: dataSource,
        storeType: 'typeorm',
        tableName: 'recipient_rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    this.limiters = {
      email: limiter('email', config.EMAIL_RATE_LIMIT, config.EMAIL_RATE_WINDOW_S),
      webhook: limiter('webhook', config.WEBHOOK_RATE_LIMIT, config.WEBHOOK_RATE_WINDOW_S),
    };
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.senders = Array.from({ length: this.config.DELIVERY_CONCURRENCY }, () => this.runSender());
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    for (const wake of this.sleepers) wake();
    await Promise.all(this.senders);
    this.email.close();
    await this.webhooks.close();
  }

  /** New work was committed: look soon rather than at the next poll. */
  wakeSoon(): void {
    setTimeout(() => {
      for (const wake of this.sleepers) wake();
    }, 20).unref();
  }

  private async runSender(): Promise<void> {
    while (this.running) {
      let handled = false;
      try {
        handled = await this.dispatchOne();
        await this.cleanUpRateCounters();
      } catch (error) {
        this.logger.error({ err: error }, 'delivery dispatch failed; retrying');
      }
      if (!handled && this.running) await this.sleep(this.config.DELIVERY_POLL_INTERVAL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  /** Claims one due delivery and settles it; false when none is due. */
  async dispatchOne(): Promise<boolean> {
    const delivery = await claimDue(this.dataSource, this.config.DELIVERY_LOCK_MS);
    if (!delivery) return false;
    const secrets = await this.secretsOf([delivery]);
    await this.deliver(delivery, secrets).catch((error) =>
      this.logger.error(
        { err: error, notificationId: delivery.id },
        'delivery could not be settled; its lease will expire',
      ),
    );
    return true;
  }

  /**
   * Dead-letters every queued delivery of a subscription that was just deactivated, in the
   * caller's transaction: each gets a failed attempt with the reason and is announced like any
   * dead letter. A call in flight at that moment may still reach the receiver, but its outcome
   * is not recorded (its sender no longer holds the delivery).
   */
  async deadLetterQueuedOf(manager: EntityManager, subscriptionId: string): Promise<number> {
    const failed = await deadLetterQueuedOf(manager, subscriptionId, SUBSCRIPTION_DEACTIVATED);
    await this.outbox.appendMany(
      manager,
      NotificationFailed,
      failed.map((row) => failedEvent(row, row.attempts, SUBSCRIPTION_DEACTIVATED, row.failedAt)),
    );
    return failed.length;
  }

  private async cleanUpRateCounters(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) return;
    this.lastCleanup = Date.now();
    await deleteRateCountersExpiredBefore(this.dataSource, Date.now() - 3_600_000);
  }

  private async secretsOf(
    deliveries: ClaimedDelivery[],
  ): Promise<Map<string, { secret: string | undefined; active: boolean }>> {
    const ids = [
      ...new Set(deliveries.map((delivery) => delivery.subscriptionId).filter((id): id is string => id !== null)),
    ];
    if (ids.length === 0) return new Map();
    const rows = await findSealedSecrets(this.dataSource, ids);
    // A secret that cannot be opened (wrong or rotated key) fails its deliveries for good instead of blocking them.
    return new Map(
      rows.map((row) => [row.id, { secret: this.openSecret(row.id, row.sealedSecret), active: row.active }]),
    );
  }

  private openSecret(subscriptionId: string, stored: string): string | undefined {
    try {
      return this.secrets.open(stored, subscriptionId);
    } catch (error) {
      this.logger.error(
        { err: error, subscriptionId },
        'webhook secret cannot be decrypted (WEBHOOK_SECRETS_KEY changed?)',
      );
      return undefined;
    }
  }

  private async deliver(
    delivery: ClaimedDelivery,
    secrets: Map<string, { secret: string | undefined; active: boolean }>,
  ): Promise<void> {
    const started = Date.now();
    const rateKey =
      delivery.channel === 'webhook' ? (delivery.subscriptionId ?? delivery.recipient) : delivery.recipient;
    try {
      await this.limiters[delivery.channel].consume(rateKey);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return this.defer(delivery, rejection.msBeforeNext, Date.now() - started);
    }
    const release = this.holdLease(delivery);
    let result: AttemptResult;
    try {
      result = await this.attempt(delivery, secrets);
    } finally {
      release();
    }
    await this.settle(delivery, result, Date.now() - started);
  }

  /**
   * Renews the claim's lease every third of `DELIVERY_LOCK_MS` while the send is in progress (a
   * slow SMTP exchange or webhook call is not retried by another sender meanwhile), for at most
   * `DELIVERY_MAX_HOLD_MS` after the claim. Stops when the claim is lost. Returns the stop.
   */
  private holdLease(delivery: ClaimedDelivery): () => void {
    // The last renewal ends the lease exactly at the hold limit, never before it.
    const holdUntil = new Date(Date.now() + this.config.DELIVERY_MAX_HOLD_MS);
    const lock = this.config.DELIVERY_LOCK_MS;
    let done = false;
    const timer = setInterval(
      () => {
        if (done) return;
        if (Date.now() >= holdUntil.getTime()) {
          stop();
          this.logger.warn(
            { notificationId: delivery.id, holdMs: this.config.DELIVERY_MAX_HOLD_MS },
            'send still in progress at DELIVERY_MAX_HOLD_MS; its lease is no longer renewed',
          );
          return;
        }
        renewLease(this.dataSource, delivery, { lockMs: lock, holdUntil })
          .then((renewed) => {
            if (!renewed && !done) {
              stop();
              this.logger.warn(
                { notificationId: delivery.id },
                'claim lost while sending; the outcome will not be recorded by this sender',
              );
            }
          })
          .catch((error: unknown) =>
            this.logger.warn(
              { err: error, notificationId: delivery.id },
              'lease renewal failed; retrying at the next tick',
            ),
          );
      },
      Math.max(200, Math.floor(lock / 3)),
    );
    timer.unref();
    const stop = () => {
      done = true;
      clearInterval(timer);
    };
    return stop;
  }

  private attempt(
    delivery: ClaimedDelivery,
    secrets: Map<string, { secret: string | undefined; active: boolean }>,
  ): Promise<AttemptResult> {
    if (delivery.channel === 'email') {
      return this.email.send({
        notificationId: delivery.id,
        to: delivery.target,
        language: delivery.language,
        subject: delivery.subject,
        body: delivery.body,
      });
    }
    const subscription = delivery.subscriptionId ? secrets.get(delivery.subscriptionId) : undefined;
    if (!subscription?.active) return Promise.resolve({ ok: false, permanent: true, error: SUBSCRIPTION_DEACTIVATED });
    if (!subscription.secret)
      return Promise.resolve({
        ok: false,
        permanent: true,
        error: 'the subscription secret cannot be decrypted with WEBHOOK_SECRETS_KEY',
      });
    return this.webhooks.send({
      notificationId: delivery.id,
      url: delivery.target,
      secret: subscription.secret,
      body: delivery.body,
      eventType: delivery.sourceEventType,
    });
  }

  private async defer(delivery: ClaimedDelivery, waitMs: number, durationMs: number): Promise<void> {
    // Spread what waited for the same window, so the backlog does not fall due all at once.
    const wait = Math.round(waitMs + Math.random() * Math.min(60_000, waitMs * 0.2));
    await this.dataSource.transaction(async (manager) => {
      const held = await deferDelivery(manager, delivery, {
        waitMs: wait,
        reason: `rate limit of ${delivery.recipient} reached; next attempt in ${Math.ceil(wait / 1000)} s`,
      });
      if (!held) return; // another instance holds it now
      await recordAttempt(manager, delivery.id, {
        attempt: delivery.attempts + 1,
        outcome: 'rate-limited',
        error: 'recipient rate limit',
        responseStatus: null,
        durationMs,
      });
    });
  }

  private async settle(delivery: ClaimedDelivery, sent: AttemptResult, durationMs: number): Promise<void> {
    // The error quotes the remote server (SMTP reply, HTTP reason phrase): a NUL there must not stop the delivery from settling.
    const result = sent.error === undefined ? sent : { ...sent, error: toSafeText(sent.error) };
    const attempt = delivery.attempts + 1;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      // Settle only while holding the claim: a send that outlived its lease must not overwrite the newer one's outcome.
      if (!(await lockClaimed(manager, delivery))) {
        this.logger.warn(
          { notificationId: delivery.id, outcome: result.ok ? 'sent' : result.error },
          'delivery settled elsewhere meanwhile; this outcome is dropped',
        );
        return;
      }
      await recordAttempt(manager, delivery.id, {
        attempt,
        outcome: result.ok ? 'sent' : 'failed',
        error: result.error ?? null,
        responseStatus: result.responseStatus ?? null,
        durationMs,
      });
      if (result.ok) {
        await settleSent(manager, delivery.id, attempt, now);
        await this.outbox.append(
          manager,
          NotificationDelivered,
          deliveryEvent(delivery, { language: delivery.language, deliveredAt: now.toISOString() }),
        );
        return;
      }
      const error = result.error ?? 'failed';
      if (result.permanent || attempt >= delivery.deadLetterAfter) {
        await settleFailed(manager, delivery.id, attempt, now, error);
        await this.outbox.append(manager, NotificationFailed, failedEvent(delivery, attempt, error, now));
        this.logger.warn(
          { notificationId: delivery.id, recipient: delivery.recipient, attempts: attempt, reason: error },
          'delivery dead-lettered',
        );
        return;
      }
      const delay = retryDelayMs(attempt, this.config.DELIVERY_RETRY_BASE_MS, this.config.DELIVERY_RETRY_MAX_MS);
      await scheduleRetry(manager, delivery.id, attempt, error, new Date(now.getTime() + delay));
    });
  }
}
