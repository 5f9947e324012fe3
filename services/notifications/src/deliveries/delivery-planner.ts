import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '@aeo/config';
import { EVENT_DEFINITIONS, NotificationDelivered, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumedEvent, ConsumerRegistry, OutboxWriter } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { RecipientDirectory } from '../recipients/recipient-directory';
import { routesFor } from '../routing/routes';
import { render } from '../templates/templates';
import { webhookBodyOf } from '../webhooks/webhook-signature';
import type { NotificationsConfig } from '../config';
import { DeliveryDispatcher } from './delivery-dispatcher';

/** The topics whose events reach people and platforms (the high-volume declaration and channel streams do not). */
export const NOTIFIED_TOPICS = [TOPIC_NAMES.applicationEvents, TOPIC_NAMES.certificationEvents, TOPIC_NAMES.validationEvents, TOPIC_NAMES.riskAlertEvents];

const NOTIFIED_DEFINITIONS = EVENT_DEFINITIONS.filter((definition) => NOTIFIED_TOPICS.includes(definition.topic as never));

/** Event types for the administration's own staff only (`internal` definitions): never sent to a webhook. */
export const INTERNAL_EVENT_TYPES: readonly string[] = NOTIFIED_DEFINITIONS.filter((definition) => definition.internal).map((definition) => definition.type);

/** Every event type a webhook may subscribe to (and `*` stands for): the notified ones but the internal ones. */
export const SUBSCRIBABLE_EVENT_TYPES: readonly string[] = NOTIFIED_DEFINITIONS.filter((definition) => !definition.internal).map((definition) => definition.type);

interface PlannedRow {
  id: string;
  channel: 'in-app' | 'email' | 'webhook';
  recipient: string;
  audience: string;
  target: string | null;
  subscriptionId: string | null;
  language: 'mn' | 'en';
  template: string;
  subject: string;
  body: string;
}

/**
 * Turns each AEO event into notifications, once (inbox; a redelivered event plans nothing
 * again): the routing table names the people (in-app and email, each in its language), the
 * webhook subscriptions name the platforms. In-app messages are delivered as they are written;
 * emails and webhook calls are queued for the dispatcher, in the same transaction as the inbox
 * entry, so no event is lost between Kafka and the queue.
 */
@Injectable()
export class DeliveryPlanner {
  private readonly logger: Logger;

  constructor(
    consumers: ConsumerRegistry,
    private readonly outbox: OutboxWriter,
    private readonly directory: RecipientDirectory,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.logger = createLogger('notifications', config.LOG_LEVEL);
    consumers.register('notifications.delivery', [...NOTIFIED_TOPICS], (consumer) => {
      for (const definition of NOTIFIED_DEFINITIONS) consumer.on(definition, (event, manager) => this.plan(event, manager));
    });
  }

  async plan(event: ConsumedEvent<unknown>, manager: EntityManager): Promise<void> {
    const data = event.data as Record<string, unknown>;
    await this.directory.observe(manager, event.type, data);
    const operator = await this.directory.operatorOf(manager, data);
    const context = { ...data, operatorName: data['operatorName'] ?? operator?.operatorName ?? undefined };
    const rows: PlannedRow[] = [];
    for (const route of routesFor(event.type, data)) {
      for (const person of await this.directory.resolve(manager, route.audience, data, operator)) {
        const message = this.renderFor(route.template, person.language, context, event);
        if (!message) continue;
        const common = { audience: route.audience, subscriptionId: null, language: person.language, template: route.template, subject: message.subject, body: message.body };
        if (person.mailbox) rows.push({ ...common, id: randomUUID(), channel: 'in-app', recipient: person.mailbox, target: null });
        if (person.email) rows.push({ ...common, id: randomUUID(), channel: 'email', recipient: `email:${person.email.toLowerCase()}`, target: person.email });
      }
    }
    // An internal event reaches no platform, whatever a subscription (`*`, or one older than the rule) says.
    const subscriptions: Array<{ id: string; url: string; platform: string }> = INTERNAL_EVENT_TYPES.includes(event.type)
      ? []
      : await manager.query(`SELECT id, url, platform FROM webhook_subscriptions WHERE active AND ($1 = ANY (event_types) OR '*' = ANY (event_types)) ORDER BY created_at`, [event.type]);
    if (subscriptions.length) {
      const body = webhookBodyOf(event);
      for (const subscription of subscriptions) {
        rows.push({ id: randomUUID(), channel: 'webhook', recipient: `webhook:${subscription.id}`, audience: 'platform', target: subscription.url, subscriptionId: subscription.id, language: 'en', template: 'cloudevent.v1', subject: event.type, body });
      }
    }
    if (rows.length === 0) {
      this.logger.debug({ eventType: event.type, eventId: event.id }, 'no recipient for this event');
      return;
    }
    await this.write(manager, event, rows, operator?.taxpayerId ?? (data['taxpayerId'] as string | undefined) ?? null, (data['region'] as string | undefined) ?? operator?.region ?? null);
  }

  /**
   * A template that cannot be rendered is a defect (the catalogue's tests guard against it): that
   * recipient is skipped with an error in the log, the others and the platforms still hear of it.
   */
  private renderFor(template: string, language: 'mn' | 'en', data: Record<string, unknown>, event: ConsumedEvent<unknown>) {
    try {
      return render(template, language, data, this.config.ADMINISTRATION_TIME_ZONE);
    } catch (error) {
      this.logger.error({ err: error, template, language, eventId: event.id, eventType: event.type }, 'template cannot be rendered; recipient skipped');
      return undefined;
    }
  }

  private async write(manager: EntityManager, event: ConsumedEvent<unknown>, rows: PlannedRow[], taxpayerId: string | null, region: string | null): Promise<void> {
    const now = new Date();
    const inserted: Array<{ id: string; channel: string; recipient: string; language: 'mn' | 'en' }> = await manager.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, audience, target, subscription_id, taxpayer_id, region, language, template, subject, body,
                                  status, attempts, dead_letter_after, next_attempt_at, created_at, delivered_at, updated_at)
       SELECT r.id, $2, $3, r.channel, r.recipient, r.audience, r.target, r.subscription_id, $4, $5, r.language, r.template, r.subject, r.body,
              CASE WHEN r.channel = 'in-app' THEN 'sent' ELSE 'queued' END,
              CASE WHEN r.channel = 'in-app' THEN 1 ELSE 0 END,
              $6,
              CASE WHEN r.channel = 'in-app' THEN NULL ELSE $7::timestamptz END,
              $7, CASE WHEN r.channel = 'in-app' THEN $7::timestamptz END, $7
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, channel text, recipient text, audience text, target text, subscription_id uuid, language text, template text, subject text, body text)
       ON CONFLICT (source_event_id, channel, recipient) DO NOTHING
       RETURNING id, channel, recipient, language`,
      [
        JSON.stringify(rows.map((row) => ({ ...row, subscription_id: row.subscriptionId }))),
        event.id,
        event.type,
        taxpayerId,
        region,
        this.config.DELIVERY_MAX_ATTEMPTS,
        now,
      ],
    );
    for (const row of inserted.filter((candidate) => candidate.channel === 'in-app')) {
      await this.outbox.append(manager, NotificationDelivered, {
        subject: row.id,
        aggregateId: row.id,
        data: { notificationId: row.id, sourceEventId: event.id, sourceEventType: event.type, channel: 'in-app', recipient: row.recipient, language: row.language, deliveredAt: now.toISOString() },
      });
    }
    if (inserted.some((row) => row.channel !== 'in-app')) this.dispatcher.wakeSoon();
  }
}
