import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ApplicationAccepted,
  ApplicationRejected,
  ApplicationSubmitted,
  AuthorisationReinstated,
  AuthorisationRevocationIntended,
  AuthorisationRevoked,
  AuthorisationSurrendered,
  AuthorisationSuspended,
  Language,
  NotificationDelivered,
  RevalidationCompleted,
  RevalidationDue,
  RevalidationStarted,
  TOPIC_NAMES,
} from '@aeo/contracts';
import { ConsumedEvent, ConsumerRegistry, OutboxWriter } from '@aeo/messaging';
import { render } from './templates';

interface OperatorRecipient {
  taxpayer_id: string;
  email: string;
  language: Language;
  region: string;
}

/**
 * Turns AEO events into notifications. Each event is processed once (inbox): a redelivered
 * event creates no second notification. The in-app channel is delivered on write; the
 * delivery itself is announced as an event for audit.
 */
@Injectable()
export class DeliveryConsumer {
  constructor(
    consumers: ConsumerRegistry,
    private readonly outbox: OutboxWriter,
  ) {
    consumers.register('notifications.delivery', [TOPIC_NAMES.applicationEvents], (consumer) =>
      consumer
        .on(ApplicationSubmitted, async (event, manager) => {
          await manager.query(
            `INSERT INTO operator_recipients (operator_id, taxpayer_id, email, language, region) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (operator_id) DO UPDATE SET email = EXCLUDED.email, language = EXCLUDED.language, region = EXCLUDED.region, updated_at = now()`,
            [event.data.operatorId, event.data.taxpayerId, event.data.contactEmail, event.data.contactLanguage, event.data.region],
          );
          await this.notifyOperator(manager, event, event.data.operatorId, 'application-submitted.v1', event.data);
        })
        .on(ApplicationAccepted, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'application-accepted.v1', event.data))
        .on(ApplicationRejected, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'application-rejected.v1', event.data)),
    );
    // The authorisation's life after the grant: reminders and decisions reach the holder in-app.
    consumers.register('notifications.lifecycle', [TOPIC_NAMES.certificationEvents], (consumer) =>
      consumer
        .on(RevalidationDue, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'revalidation-due.v1', event.data))
        .on(RevalidationStarted, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'revalidation-started.v1', event.data))
        .on(RevalidationCompleted, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'revalidation-completed.v1', event.data))
        .on(AuthorisationSuspended, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'authorisation-suspended.v1', event.data))
        .on(AuthorisationReinstated, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'authorisation-reinstated.v1', event.data))
        .on(AuthorisationRevocationIntended, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'authorisation-revocation-intended.v1', event.data))
        .on(AuthorisationRevoked, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'authorisation-revoked.v1', event.data))
        .on(AuthorisationSurrendered, (event, manager) => this.notifyOperator(manager, event, event.data.operatorId, 'authorisation-surrendered.v1', event.data)),
    );
  }

  private async notifyOperator(manager: EntityManager, event: ConsumedEvent<unknown>, operatorId: string, template: string, data: Record<string, unknown>): Promise<void> {
    const [recipient]: OperatorRecipient[] = await manager.query(`SELECT taxpayer_id, email, language, region FROM operator_recipients WHERE operator_id = $1`, [operatorId]);
    const taxpayerId = recipient?.taxpayer_id ?? String(data['taxpayerId']);
    const language: Language = recipient?.language ?? 'mn';
    const message = render(template, language, data);
    const id = randomUUID();
    const now = new Date();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notifications (id, source_event_id, source_event_type, channel, recipient, taxpayer_id, region, language, template, subject, body, status, attempts, created_at, delivered_at)
       VALUES ($1, $2, $3, 'in-app', $4, $5, $6, $7, $8, $9, $10, 'delivered', 1, $11, $11)
       ON CONFLICT (source_event_id, channel, recipient) DO NOTHING
       RETURNING id`,
      [id, event.id, event.type, `operator:${taxpayerId}`, taxpayerId, recipient?.region ?? data['region'] ?? null, language, template, message.subject, message.body, now],
    );
    if (inserted.length === 0) return; // already delivered: announce nothing twice
    await this.outbox.append(manager, NotificationDelivered, {
      subject: id,
      aggregateId: id,
      data: { notificationId: id, sourceEventId: event.id, sourceEventType: event.type, channel: 'in-app', recipient: `operator:${taxpayerId}`, language, deliveredAt: now.toISOString() },
    });
  }
}
