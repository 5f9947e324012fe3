import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, ROLES, regionOf } from '@aeo/auth';
import { recordAudit, type SqlRunner } from '@aeo/persistence';
import type { Page } from '@aeo/service-kit';
import type { NotificationsConfig } from '../config';
import { findWebhookSubscription } from '../webhooks/webhooks.repository';
import {
  DeliveryAttemptRecord,
  DeliveryFilter,
  DeliveryPageFilter,
  DeliveryRecord,
  DeliveryScope,
  findDelivery,
  listAttempts,
  listDeliveries,
  pageOfDeliveries,
  requeueDelivery,
} from './deliveries.repository';
import { DeliveryDispatcher } from './delivery-dispatcher';

/**
 * Operations see everything. A platform sees its own webhook deliveries. Executives and
 * regional offices (their region) see deliveries to people, not the platforms' webhook calls
 * (their URLs and payloads belong to the platforms).
 */
function scopeOf(user: AuthenticatedUser): DeliveryScope {
  const everything = user.roles.includes(ROLES.operations);
  const people = !everything && (user.roles.includes(ROLES.executive) || user.roles.includes(ROLES.regionalOffice));
  const ownWebhooks = !everything && (!people || user.roles.includes(ROLES.backendPlatform));
  return { everything, people, region: people ? (regionOf(user) ?? null) : null, ownWebhooks, owner: user.sub };
}

/**
 * The delivery log: every notification with its state (queued, sent, failed with the reason)
 * and attempts, and redelivery of a dead-lettered one.
 */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  list(user: AuthenticatedUser, filter: DeliveryFilter): Promise<DeliveryRecord[]> {
    return listDeliveries(this.dataSource, scopeOf(user), filter);
  }

  /** A page of the log with how many deliveries match (GET /v1/delivery-log). */
  page(user: AuthenticatedUser, filter: DeliveryPageFilter): Promise<Page<DeliveryRecord>> {
    return pageOfDeliveries(this.dataSource, scopeOf(user), filter);
  }

  /** One delivery with each of its attempts. */
  async get(
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ delivery: DeliveryRecord; attempts: DeliveryAttemptRecord[] }> {
    const delivery = await this.find(this.dataSource, user, id);
    return { delivery, attempts: await listAttempts(this.dataSource, delivery.id) };
  }

  /** Sends a dead-lettered email or webhook call again (or a sent webhook call a platform lost), with a fresh set of attempts. */
  async redeliver(user: AuthenticatedUser, id: string, reason: string): Promise<DeliveryRecord> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const notification = await this.find(manager, user, id, true);
      const allowed =
        notification.status === 'failed' || (notification.status === 'sent' && notification.channel === 'webhook');
      if (!allowed) {
        throw new ConflictException(
          notification.channel === 'in-app'
            ? 'In-app notifications are delivered when written; nothing to redeliver'
            : `Delivery is ${notification.status}; only failed deliveries (and sent webhook calls) can be redelivered`,
        );
      }
      if (notification.subscriptionId) {
        const subscription = await findWebhookSubscription(manager, notification.subscriptionId);
        if (!subscription?.active)
          throw new ConflictException(
            `Webhook subscription ${notification.subscriptionId} is deactivated; create a new one and redeliver through it`,
          );
      }
      const requeued = await requeueDelivery(manager, notification.id, this.config.DELIVERY_MAX_ATTEMPTS);
      await recordAudit(manager, {
        actor: user,
        action: 'notifications.redelivered',
        entityType: 'notification',
        entityId: notification.id,
        before: { status: notification.status, attempts: notification.attempts, lastError: notification.lastError },
        reason,
      });
      return requeued;
    });
    this.dispatcher.wakeSoon();
    return updated;
  }

  private async find(runner: SqlRunner, user: AuthenticatedUser, id: string, lock = false): Promise<DeliveryRecord> {
    const notification = await findDelivery(runner, id, scopeOf(user), lock);
    if (!notification) throw new NotFoundException(`Delivery ${id} not found`);
    return notification;
  }
}
