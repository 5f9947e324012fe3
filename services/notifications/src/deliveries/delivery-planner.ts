import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '@aeo/config';
import { NotificationDelivered } from '@aeo/contracts';
import { ConsumedEvent, ConsumerRegistry, OutboxWriter } from '@aeo/messaging';
import { createLogger } from '@aeo/observability';
import { RecipientDirectory } from '../recipients/recipient-directory';
import { INTERNAL_EVENT_TYPES, NOTIFIED_DEFINITIONS, NOTIFIED_TOPICS } from '../routing/notified-events';
import { routesFor } from '../routing/routes';
import { render } from '../templates/templates';
import { withInvitationLink } from '../templates/invitation-link';
import { companyOfEvent, companyViewOf } from '../webhooks/company-events';
import { webhookBodyOf } from '../webhooks/webhook-signature';
import { listActiveSubscriptionsToEvent } from '../webhooks/webhooks.repository';
import type { NotificationsConfig } from '../config';
import { insertPlanned, PlannedNotification } from './deliveries.repository';
import { DeliveryDispatcher } from './delivery-dispatcher';

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
    // An event of another region would reach no region's people, but the platforms' webhooks: dead-lettered.
    consumers.register(
      'notifications.delivery',
      [...NOTIFIED_TOPICS],
      (consumer) => {
        for (const definition of NOTIFIED_DEFINITIONS)
          consumer.on(definition, (event, manager) => this.plan(event, manager));
      },
      { customsRegions: config.CUSTOMS_REGIONS },
    );
  }

  async plan(event: ConsumedEvent<unknown>, manager: EntityManager): Promise<void> {
    const data = event.data as Record<string, unknown>;
    await this.directory.observe(manager, event.type, data);
    const operator = await this.directory.operatorOf(manager, data);
    const context = {
      ...withInvitationLink(event.type, data, {
        codeKey: this.config.INVITATION_CODE_KEY,
        identityUrl: this.config.IDENTITY_PUBLIC_URL,
      }),
      operatorName: data['operatorName'] ?? operator?.operatorName ?? undefined,
    };
    const rows: PlannedNotification[] = [];
    for (const route of routesFor(event.type, data)) {
      for (const person of await this.directory.resolve(manager, route.audience, data, operator)) {
        const message = this.renderFor(route.template, person.language, context, event);
        if (!message) continue;
        const common = {
          audience: route.audience,
          subscriptionId: null,
          language: person.language,
          template: route.template,
          subject: message.subject,
          body: message.body,
        };
        if (person.mailbox)
          rows.push({ ...common, id: randomUUID(), channel: 'in-app', recipient: person.mailbox, target: null });
        if (person.email)
          rows.push({
            ...common,
            id: randomUUID(),
            channel: 'email',
            recipient: `email:${person.email.toLowerCase()}`,
            target: person.email,
          });
      }
    }
    // An internal event reaches no platform, whatever a subscription (`*`, or one older than the rule) says;
    // a company's subscription hears only of its own company, and only of what the company is told.
    const subscriptions = INTERNAL_EVENT_TYPES.includes(event.type)
      ? []
      : await listActiveSubscriptionsToEvent(manager, event.type, companyOfEvent(event.type, data));
    if (subscriptions.length) {
      const published = webhookBodyOf(event);
      const companyView = webhookBodyOf({ ...event, data: companyViewOf(event.data) });
      for (const subscription of subscriptions) {
        const body = subscription.operatorId ? companyView : published;
        rows.push({
          id: randomUUID(),
          channel: 'webhook',
          recipient: `webhook:${subscription.id}`,
          audience: 'platform',
          target: subscription.url,
          subscriptionId: subscription.id,
          language: 'en',
          template: 'cloudevent.v1',
          subject: event.type,
          body,
        });
      }
    }
    if (rows.length === 0) {
      this.logger.debug({ eventType: event.type, eventId: event.id }, 'no recipient for this event');
      return;
    }
    await this.write(
      manager,
      event,
      rows,
      operator?.taxpayerId ?? (data['taxpayerId'] as string | undefined) ?? null,
      (data['region'] as string | undefined) ?? operator?.region ?? null,
    );
  }

  /**
   * A template that cannot be rendered is a defect (the catalogue's tests guard against it): that
   * recipient is skipped with an error in the log, the others and the platforms still hear of it.
   */
  private renderFor(
    template: string,
    language: 'mn' | 'en',
    data: Record<string, unknown>,
    event: ConsumedEvent<unknown>,
  ) {
    try {
      return render(template, language, data, this.config.ADMINISTRATION_TIME_ZONE);
    } catch (error) {
      this.logger.error(
        { err: error, template, language, eventId: event.id, eventType: event.type },
        'template cannot be rendered; recipient skipped',
      );
      return undefined;
    }
  }

  private async write(
    manager: EntityManager,
    event: ConsumedEvent<unknown>,
    rows: PlannedNotification[],
    taxpayerId: string | null,
    region: string | null,
  ): Promise<void> {
    const now = new Date();
    const inserted = await insertPlanned(manager, event, rows, {
      taxpayerId,
      region,
      deadLetterAfter: this.config.DELIVERY_MAX_ATTEMPTS,
      now,
    });
    for (const row of inserted.filter((candidate) => candidate.channel === 'in-app')) {
      await this.outbox.append(manager, NotificationDelivered, {
        subject: row.id,
        aggregateId: row.id,
        data: {
          notificationId: row.id,
          sourceEventId: event.id,
          sourceEventType: event.type,
          channel: 'in-app',
          recipient: row.recipient,
          language: row.language,
          deliveredAt: now.toISOString(),
        },
      });
    }
    if (inserted.some((row) => row.channel !== 'in-app')) this.dispatcher.wakeSoon();
  }
}
