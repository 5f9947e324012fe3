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
import { AttemptResult, EmailChannel, WebhookChannel } from './channels';
import { retryDelayMs } from './retry-policy';

interface ClaimedDelivery {
  id: string;
  /** Proves this instance still holds the delivery when it settles it (its lease may have ended). */
  claim_token: string;
  channel: 'email' | 'webhook';
  recipient: string;
  target: string;
  subscription_id: string | null;
  language: 'mn' | 'en';
  subject: string;
  body: string;
  attempts: number;
  dead_letter_after: number;
  source_event_id: string;
  source_event_type: string;
}

const SUBSCRIPTION_DEACTIVATED = 'the webhook subscription was deactivated';

/** What a dead letter announces (`aeo.notification.failed.v1`). */
function failedEvent(delivery: Pick<ClaimedDelivery, 'id' | 'source_event_id' | 'source_event_type' | 'channel' | 'recipient'>, attempts: number, reason: string, failedAt: Date) {
  return {
    subject: delivery.id,
    aggregateId: delivery.id,
    data: { notificationId: delivery.id, sourceEventId: delivery.source_event_id, sourceEventType: delivery.source_event_type, channel: delivery.channel, recipient: delivery.recipient, attempts, reason, failedAt: failedAt.toISOString() },
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
    this.email = new EmailChannel(config.SMTP_URL, config.MAIL_FROM, config.SMTP_TIMEOUT_MS, config.DELIVERY_CONCURRENCY);
    this.webhooks = new WebhookChannel(config.WEBHOOK_TIMEOUT_MS, privateWebhookTargetsAllowed(config));
    // Expired counters are removed by the senders (no library timer outliving the service).
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({ storeClient: dataSource, storeType: 'typeorm', tableName: 'recipient_rate_limits', tableCreated: true, clearExpiredByTimeout: false, keyPrefix, points, duration });
    this.limiters = { email: limiter('email', config.EMAIL_RATE_LIMIT, config.EMAIL_RATE_WINDOW_S), webhook: limiter('webhook', config.WEBHOOK_RATE_LIMIT, config.WEBHOOK_RATE_WINDOW_S) };
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
    const [claimed]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE notifications n SET locked_until = now() + make_interval(secs => $1::double precision / 1000), claim_token = gen_random_uuid()
        WHERE n.id = (SELECT id FROM notifications
                       WHERE status = 'queued' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                       ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING n.id, n.claim_token, n.channel, n.recipient, n.target, n.subscription_id, n.language, n.subject, n.body, n.attempts, n.dead_letter_after, n.source_event_id, n.source_event_type`,
      [this.config.DELIVERY_LOCK_MS],
    );
    const delivery = claimed[0];
    if (!delivery) return false;
    const secrets = await this.secretsOf(claimed);
    await this.deliver(delivery, secrets).catch((error) => this.logger.error({ err: error, notificationId: delivery.id }, 'delivery could not be settled; its lease will expire'));
    return true;
  }

  /**
   * Dead-letters every queued delivery of a subscription that was just deactivated, in the
   * caller's transaction: each gets a failed attempt with the reason and is announced like any
   * dead letter. A call in flight at that moment may still reach the receiver, but its outcome
   * is not recorded (its sender no longer holds the delivery).
   */
  async deadLetterQueuedOf(manager: EntityManager, subscriptionId: string): Promise<number> {
    const failed: Array<Pick<ClaimedDelivery, 'id' | 'source_event_id' | 'source_event_type' | 'channel' | 'recipient' | 'attempts'> & { failed_at: Date }> = await manager.query(
      `WITH failed AS (
         UPDATE notifications SET status = 'failed', attempts = attempts + 1, failed_at = now(), last_error = $2, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
          WHERE subscription_id = $1 AND status = 'queued'
          RETURNING id, attempts, source_event_id, source_event_type, channel, recipient, failed_at
       ), logged AS (
         INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) SELECT id, attempts, 'failed', $2, 0 FROM failed
       )
       SELECT * FROM failed ORDER BY id`,
      [subscriptionId, SUBSCRIPTION_DEACTIVATED],
    );
    await this.outbox.appendMany(manager, NotificationFailed, failed.map((row) => failedEvent(row, row.attempts, SUBSCRIPTION_DEACTIVATED, row.failed_at)));
    return failed.length;
  }

  private async cleanUpRateCounters(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3_600_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(`DELETE FROM recipient_rate_limits WHERE expire < $1`, [Date.now() - 3_600_000]);
  }

  private async secretsOf(deliveries: ClaimedDelivery[]): Promise<Map<string, { secret: string | undefined; active: boolean }>> {
    const ids = [...new Set(deliveries.map((delivery) => delivery.subscription_id).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; secret: string; active: boolean }> = await this.dataSource.query(`SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY ($1::uuid[])`, [ids]);
    // A secret that cannot be opened (wrong or rotated key) fails its deliveries for good instead of blocking them.
    return new Map(rows.map((row) => [row.id, { secret: this.openSecret(row.id, row.secret), active: row.active }]));
  }

  private openSecret(subscriptionId: string, stored: string): string | undefined {
    try {
      return this.secrets.open(stored, subscriptionId);
    } catch (error) {
      this.logger.error({ err: error, subscriptionId }, 'webhook secret cannot be decrypted (WEBHOOK_SECRETS_KEY changed?)');
      return undefined;
    }
  }

  private async deliver(delivery: ClaimedDelivery, secrets: Map<string, { secret: string | undefined; active: boolean }>): Promise<void> {
    const started = Date.now();
    const rateKey = delivery.channel === 'webhook' ? (delivery.subscription_id ?? delivery.recipient) : delivery.recipient;
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
    const timer = setInterval(() => {
      if (done) return;
      if (Date.now() >= holdUntil.getTime()) {
        stop();
        this.logger.warn({ notificationId: delivery.id, holdMs: this.config.DELIVERY_MAX_HOLD_MS }, 'send still in progress at DELIVERY_MAX_HOLD_MS; its lease is no longer renewed');
        return;
      }
      this.dataSource
        .query(
          `UPDATE notifications SET locked_until = LEAST(now() + make_interval(secs => $3::double precision / 1000), $4::timestamptz)
            WHERE id = $1 AND claim_token = $2 AND status = 'queued'`,
          [delivery.id, delivery.claim_token, lock, holdUntil],
        )
        .then(([, renewed]: [unknown, number]) => {
          if (renewed === 0 && !done) {
            stop();
            this.logger.warn({ notificationId: delivery.id }, 'claim lost while sending; the outcome will not be recorded by this sender');
          }
        })
        .catch((error: unknown) => this.logger.warn({ err: error, notificationId: delivery.id }, 'lease renewal failed; retrying at the next tick'));
    }, Math.max(200, Math.floor(lock / 3)));
    timer.unref();
    const stop = () => {
      done = true;
      clearInterval(timer);
    };
    return stop;
  }

  private attempt(delivery: ClaimedDelivery, secrets: Map<string, { secret: string | undefined; active: boolean }>): Promise<AttemptResult> {
    if (delivery.channel === 'email') {
      return this.email.send({ notificationId: delivery.id, to: delivery.target, language: delivery.language, subject: delivery.subject, body: delivery.body });
    }
    const subscription = delivery.subscription_id ? secrets.get(delivery.subscription_id) : undefined;
    if (!subscription?.active) return Promise.resolve({ ok: false, permanent: true, error: SUBSCRIPTION_DEACTIVATED });
    if (!subscription.secret) return Promise.resolve({ ok: false, permanent: true, error: 'the subscription secret cannot be decrypted with WEBHOOK_SECRETS_KEY' });
    return this.webhooks.send({ notificationId: delivery.id, url: delivery.target, secret: subscription.secret, body: delivery.body, eventType: delivery.source_event_type });
  }

  private async defer(delivery: ClaimedDelivery, waitMs: number, durationMs: number): Promise<void> {
    // Spread what waited for the same window, so the backlog does not fall due all at once.
    const wait = Math.round(waitMs + Math.random() * Math.min(60_000, waitMs * 0.2));
    await this.dataSource.transaction(async (manager) => {
      const [, held]: [unknown, number] = await manager.query(
        `UPDATE notifications SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000), locked_until = NULL, claim_token = NULL, last_error = $3, updated_at = now()
          WHERE id = $1 AND status = 'queued' AND claim_token = $4`,
        [delivery.id, wait, `rate limit of ${delivery.recipient} reached; next attempt in ${Math.ceil(wait / 1000)} s`, delivery.claim_token],
      );
      if (held === 0) return; // another instance holds it now
      await manager.query(`INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) VALUES ($1, $2, 'rate-limited', $3, $4)`, [
        delivery.id,
        delivery.attempts + 1,
        'recipient rate limit',
        durationMs,
      ]);
    });
  }

  private async settle(delivery: ClaimedDelivery, sent: AttemptResult, durationMs: number): Promise<void> {
    // The error quotes the remote server (SMTP reply, HTTP reason phrase): a NUL there must not stop the delivery from settling.
    const result = sent.error === undefined ? sent : { ...sent, error: toSafeText(sent.error) };
    const attempt = delivery.attempts + 1;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      // Settle only while holding the claim: a send that outlived its lease must not overwrite the newer one's outcome.
      const [held]: Array<{ id: string }> = await manager.query(`SELECT id FROM notifications WHERE id = $1 AND status = 'queued' AND claim_token = $2 FOR UPDATE`, [delivery.id, delivery.claim_token]);
      if (!held) {
        this.logger.warn({ notificationId: delivery.id, outcome: result.ok ? 'sent' : result.error }, 'delivery settled elsewhere meanwhile; this outcome is dropped');
        return;
      }
      await manager.query(`INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, response_status, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)`, [
        delivery.id,
        attempt,
        result.ok ? 'sent' : 'failed',
        result.error ?? null,
        result.responseStatus ?? null,
        durationMs,
      ]);
      if (result.ok) {
        await manager.query(
          `UPDATE notifications SET status = 'sent', attempts = $2, delivered_at = $3, last_error = NULL, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = $3 WHERE id = $1`,
          [delivery.id, attempt, now],
        );
        await this.outbox.append(manager, NotificationDelivered, {
          subject: delivery.id,
          aggregateId: delivery.id,
          data: { notificationId: delivery.id, sourceEventId: delivery.source_event_id, sourceEventType: delivery.source_event_type, channel: delivery.channel, recipient: delivery.recipient, language: delivery.language, deliveredAt: now.toISOString() },
        });
        return;
      }
      const error = result.error ?? 'failed';
      if (result.permanent || attempt >= delivery.dead_letter_after) {
        await manager.query(
          `UPDATE notifications SET status = 'failed', attempts = $2, failed_at = $3, last_error = $4, next_attempt_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = $3 WHERE id = $1`,
          [delivery.id, attempt, now, error],
        );
        await this.outbox.append(manager, NotificationFailed, failedEvent(delivery, attempt, error, now));
        this.logger.warn({ notificationId: delivery.id, recipient: delivery.recipient, attempts: attempt, reason: error }, 'delivery dead-lettered');
        return;
      }
      const delay = retryDelayMs(attempt, this.config.DELIVERY_RETRY_BASE_MS, this.config.DELIVERY_RETRY_MAX_MS);
      await manager.query(
        `UPDATE notifications SET attempts = $2, last_error = $3, next_attempt_at = $4, locked_until = NULL, claim_token = NULL, updated_at = now() WHERE id = $1`,
        [delivery.id, attempt, error, new Date(now.getTime() + delay)],
      );
    });
  }
}
