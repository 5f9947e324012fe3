import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { NotificationDelivered, NotificationFailed } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import type { NotificationsConfig } from '../config';
import { AttemptResult, EmailChannel, WebhookChannel } from './channels';
import { retryDelayMs } from './retry-policy';

interface ClaimedDelivery {
  id: string;
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

/**
 * Sends queued emails and webhook calls. Deliveries are claimed with `FOR UPDATE SKIP LOCKED`
 * and a lease (`locked_until`), so several instances share the queue and a crash mid-send
 * only delays a delivery until the lease ends (then it is sent again: at least once, with the
 * same webhook id for the receiver to drop duplicates). Each attempt is logged; failures are
 * retried with exponential backoff and jitter and dead-lettered after `dead_letter_after`
 * attempts; per-recipient rate limits defer a delivery without counting an attempt.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly email: EmailChannel;
  private readonly webhooks: WebhookChannel;
  private readonly limiters: Record<'email' | 'webhook', RateLimiterPostgres>;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.logger = createLogger('notifications', config.LOG_LEVEL);
    this.email = new EmailChannel(config.SMTP_URL, config.MAIL_FROM);
    this.webhooks = new WebhookChannel(config.WEBHOOK_TIMEOUT_MS);
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({ storeClient: dataSource, storeType: 'typeorm', tableName: 'recipient_rate_limits', tableCreated: true, keyPrefix, points, duration });
    this.limiters = { email: limiter('email', config.EMAIL_RATE_LIMIT, config.EMAIL_RATE_WINDOW_S), webhook: limiter('webhook', config.WEBHOOK_RATE_LIMIT, config.WEBHOOK_RATE_WINDOW_S) };
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.email.close();
  }

  /** New work was committed: look soon rather than at the next poll. */
  wakeSoon(): void {
    setTimeout(() => this.wake?.(), 20).unref();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.dispatchOnce();
      } catch (error) {
        this.logger.error({ err: error }, 'delivery dispatch failed; retrying');
      }
      if (handled === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.DELIVERY_POLL_INTERVAL_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
  }

  /** Claims due deliveries and settles each; returns how many were handled. */
  async dispatchOnce(): Promise<number> {
    const [claimed]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE notifications n SET locked_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE n.id IN (SELECT id FROM notifications
                        WHERE status = 'queued' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING n.id, n.channel, n.recipient, n.target, n.subscription_id, n.language, n.subject, n.body, n.attempts, n.dead_letter_after, n.source_event_id, n.source_event_type`,
      [this.config.DELIVERY_CONCURRENCY, this.config.DELIVERY_LOCK_MS],
    );
    if (claimed.length === 0) return 0;
    const secrets = await this.secretsOf(claimed);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery, secrets).catch((error) => this.logger.error({ err: error, notificationId: delivery.id }, 'delivery could not be settled; its lease will expire'))));
    return claimed.length;
  }

  private async secretsOf(deliveries: ClaimedDelivery[]): Promise<Map<string, { secret: string; active: boolean }>> {
    const ids = [...new Set(deliveries.map((delivery) => delivery.subscription_id).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; secret: string; active: boolean }> = await this.dataSource.query(`SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY ($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, { secret: row.secret, active: row.active }]));
  }

  private async deliver(delivery: ClaimedDelivery, secrets: Map<string, { secret: string; active: boolean }>): Promise<void> {
    const started = Date.now();
    const rateKey = delivery.channel === 'webhook' ? (delivery.subscription_id ?? delivery.recipient) : delivery.recipient;
    try {
      await this.limiters[delivery.channel].consume(rateKey);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return this.defer(delivery, rejection.msBeforeNext, Date.now() - started);
    }
    const result = await this.attempt(delivery, secrets);
    await this.settle(delivery, result, Date.now() - started);
  }

  private attempt(delivery: ClaimedDelivery, secrets: Map<string, { secret: string; active: boolean }>): Promise<AttemptResult> {
    if (delivery.channel === 'email') {
      return this.email.send({ notificationId: delivery.id, to: delivery.target, language: delivery.language, subject: delivery.subject, body: delivery.body });
    }
    const subscription = delivery.subscription_id ? secrets.get(delivery.subscription_id) : undefined;
    if (!subscription?.active) return Promise.resolve({ ok: false, permanent: true, error: 'the webhook subscription was deactivated' });
    return this.webhooks.send({ notificationId: delivery.id, url: delivery.target, secret: subscription.secret, body: delivery.body, eventType: delivery.source_event_type });
  }

  private async defer(delivery: ClaimedDelivery, waitMs: number, durationMs: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE notifications SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000), locked_until = NULL, last_error = $3, updated_at = now()
          WHERE id = $1 AND status = 'queued'`,
        [delivery.id, waitMs, `rate limit of ${delivery.recipient} reached; next attempt in ${Math.ceil(waitMs / 1000)} s`],
      );
      await manager.query(`INSERT INTO delivery_attempts (notification_id, attempt, outcome, error, duration_ms) VALUES ($1, $2, 'rate-limited', $3, $4)`, [
        delivery.id,
        delivery.attempts + 1,
        'recipient rate limit',
        durationMs,
      ]);
    });
  }

  private async settle(delivery: ClaimedDelivery, result: AttemptResult, durationMs: number): Promise<void> {
    const attempt = delivery.attempts + 1;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
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
          `UPDATE notifications SET status = 'sent', attempts = $2, delivered_at = $3, last_error = NULL, next_attempt_at = NULL, locked_until = NULL, updated_at = $3 WHERE id = $1`,
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
          `UPDATE notifications SET status = 'failed', attempts = $2, failed_at = $3, last_error = $4, next_attempt_at = NULL, locked_until = NULL, updated_at = $3 WHERE id = $1`,
          [delivery.id, attempt, now, error],
        );
        await this.outbox.append(manager, NotificationFailed, {
          subject: delivery.id,
          aggregateId: delivery.id,
          data: { notificationId: delivery.id, sourceEventId: delivery.source_event_id, sourceEventType: delivery.source_event_type, channel: delivery.channel, recipient: delivery.recipient, attempts: attempt, reason: error, failedAt: now.toISOString() },
        });
        this.logger.warn({ notificationId: delivery.id, recipient: delivery.recipient, attempts: attempt, reason: error }, 'delivery dead-lettered');
        return;
      }
      const delay = retryDelayMs(attempt, this.config.DELIVERY_RETRY_BASE_MS, this.config.DELIVERY_RETRY_MAX_MS);
      await manager.query(
        `UPDATE notifications SET attempts = $2, last_error = $3, next_attempt_at = $4, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [delivery.id, attempt, error, new Date(now.getTime() + delay)],
      );
    });
  }
}
