import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, companyOf, ROLES } from '@aeo/auth';
import { findOperatorMembership, type OperatorMembership } from '@aeo/messaging';
import { recordAudit, type SqlRunner } from '@aeo/persistence';
import { fieldBadRequest, type Page } from '@aeo/service-kit';
import { auditRow, recordRowChange } from '../audit-row';
import { NotificationsConfig, privateWebhookTargetsAllowed } from '../config';
import {
  countOfSubscription,
  type DeliveryAttemptRecord,
  type DeliveryPageFilter,
  type DeliveryRecord,
  DeliveryStatus,
  findOfSubscription,
  listAttempts,
  pageOfSubscription,
  requeueOfSubscription,
} from '../deliveries/deliveries.repository';
import { DeliveryDispatcher } from '../deliveries/delivery-dispatcher';
import { INTERNAL_EVENT_TYPES, SUBSCRIBABLE_EVENT_TYPES } from '../routing/notified-events';
import { COMPANY_EVENT_TYPES } from './company-events';
import { SecretBox } from './secret-box';
import { generateWebhookSecret } from './webhook-signature';
import { assertTargetAllowed, blockedReason, BlockedTargetError } from './webhook-target-guard';
import {
  deactivateWebhookSubscription,
  findWebhookSubscription,
  insertWebhookSubscription,
  listWebhookSubscriptions,
  type SubscriptionListScope,
  WebhookSubscriptionRecord,
} from './webhooks.repository';

/** A subscription as asked for through the API. */
export interface SubscriptionRequest {
  platform: string;
  url: string;
  eventTypes: string[];
  secret?: string;
}

/**
 * Who asks: operations (every subscription), a backend platform (those it created), or an
 * administrator of a company (its company's, whoever of its users created them).
 */
type SubscriptionCaller =
  | { kind: 'operations' }
  | { kind: 'platform'; sub: string; platform: string }
  | { kind: 'company'; company: OperatorMembership & { taxpayerId: string } };

/**
 * Webhook subscriptions: which events to POST where, signed with the subscription's secret.
 * Operations manage every subscription; a platform (backend-platform role) manages its own; an
 * operator user who administers its company (as the applications service's aeo.operator.user-*
 * events say) manages its company's, which receive only events about that company (companyOfEvent)
 * and are hidden from other companies (404, not 403: a company learns nothing of another's).
 * Deactivation stops new deliveries and dead-letters the queued ones.
 */
@Injectable()
export class WebhookSubscriptionsService {
  private readonly secrets: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.secrets = new SecretBox(config.WEBHOOK_SECRETS_KEY);
  }

  /** Creates a subscription; the answer carries its secret, which is never shown again. */
  async create(
    user: AuthenticatedUser,
    request: SubscriptionRequest,
  ): Promise<WebhookSubscriptionRecord & { secret: string }> {
    const caller = await this.callerOf(this.dataSource, user);
    if (caller.kind === 'platform' && request.platform !== caller.platform)
      throw new ForbiddenException(
        `A backend platform subscribes as itself: your token names platform ${caller.platform}, not ${request.platform} (operations subscribe another platform)`,
      );
    const internal = request.eventTypes.filter((type) => INTERNAL_EVENT_TYPES.includes(type));
    if (internal.length)
      throw fieldBadRequest(
        'eventTypes',
        `internal to the administration, never delivered by webhook: ${internal.join(', ')}`,
      );
    const unknown = request.eventTypes.filter((type) => type !== '*' && !SUBSCRIBABLE_EVENT_TYPES.includes(type));
    if (unknown.length)
      throw fieldBadRequest(
        'eventTypes',
        `unknown or not deliverable by webhook: ${unknown.join(', ')} (see GET /v1/routes for the list)`,
      );
    const company = caller.kind === 'company' ? caller.company : undefined;
    const notAboutCompany = request.eventTypes.filter((type) => type !== '*' && !COMPANY_EVENT_TYPES.includes(type));
    if (company && notAboutCompany.length)
      throw fieldBadRequest(
        'eventTypes',
        `not about a company itself, never delivered to a company's subscription: ${notAboutCompany.join(', ')} (see companyWebhookEventTypes of GET /v1/routes)`,
      );
    if (
      new URL(request.url).protocol === 'http:' &&
      this.config.NODE_ENV === 'production' &&
      !this.config.WEBHOOK_ALLOW_HTTP
    ) {
      throw fieldBadRequest('url', 'must use https (set WEBHOOK_ALLOW_HTTP=true to allow http)');
    }
    if (!privateWebhookTargetsAllowed(this.config)) await this.assertPublicTarget(request.url);
    const secret = request.secret ?? generateWebhookSecret();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const created = await insertWebhookSubscription(manager, {
        id,
        platform: request.platform,
        url: new URL(request.url).href,
        eventTypes: [...new Set(request.eventTypes)],
        operatorId: company?.operatorId ?? null,
        taxpayerId: company?.taxpayerId ?? null,
        sealedSecret: this.secrets.seal(secret, id),
        createdBy: user.sub,
      });
      await recordRowChange(manager, {
        actor: user,
        action: 'notifications.webhook-subscribed',
        entityType: 'webhook-subscription',
        entityId: created.id,
        after: created,
      });
      return { ...created, secret };
    });
  }

  async list(user: AuthenticatedUser, includeInactive: boolean): Promise<WebhookSubscriptionRecord[]> {
    const caller = await this.callerOf(this.dataSource, user);
    const scope: SubscriptionListScope = {
      owner: caller.kind === 'platform' ? caller.sub : null,
      operatorId: caller.kind === 'company' ? caller.company.operatorId : null,
    };
    return listWebhookSubscriptions(this.dataSource, scope, includeInactive);
  }

  /** The subscription with how many of its deliveries are in each state. */
  async get(
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ subscription: WebhookSubscriptionRecord; deliveries: Record<DeliveryStatus, number> }> {
    const subscription = await this.find(this.dataSource, user, id);
    return { subscription, deliveries: await countOfSubscription(this.dataSource, subscription.id) };
  }

  /** A page of the subscription's deliveries (its delivery log), newest first unless sorted otherwise. */
  async deliveries(
    user: AuthenticatedUser,
    id: string,
    filter: Omit<DeliveryPageFilter, 'subscriptionId' | 'channel' | 'recipient'>,
  ): Promise<Page<DeliveryRecord>> {
    const subscription = await this.find(this.dataSource, user, id);
    return pageOfSubscription(this.dataSource, subscription.id, filter);
  }

  /** One of the subscription's deliveries with each of its attempts. */
  async delivery(
    user: AuthenticatedUser,
    id: string,
    notificationId: string,
  ): Promise<{ delivery: DeliveryRecord; attempts: DeliveryAttemptRecord[] }> {
    const subscription = await this.find(this.dataSource, user, id);
    const delivery = await findOfSubscription(this.dataSource, subscription.id, notificationId);
    if (!delivery) throw new NotFoundException(`Delivery ${notificationId} of webhook subscription ${id} not found`);
    return { delivery, attempts: await listAttempts(this.dataSource, delivery.id) };
  }

  /** No new deliveries, its queued ones dead-lettered now, gone from the list; repeating it changes nothing. */
  async deactivate(user: AuthenticatedUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const subscription = await this.find(manager, user, id, true);
      if (!subscription.active) return;
      await deactivateWebhookSubscription(manager, subscription.id);
      const deadLettered = await this.dispatcher.deadLetterQueuedOf(manager, subscription.id);
      await recordAudit(manager, {
        actor: user,
        action: 'notifications.webhook-unsubscribed',
        entityType: 'webhook-subscription',
        entityId: subscription.id,
        before: auditRow(subscription),
        after: { active: false, deadLettered },
      });
    });
  }

  /** Queues this subscription's dead-lettered (or already sent) deliveries again, with a fresh set of attempts; how many. */
  async redeliver(
    user: AuthenticatedUser,
    id: string,
    status: 'failed' | 'sent',
    since: string | undefined,
  ): Promise<number> {
    const requeued = await this.dataSource.transaction(async (manager) => {
      const subscription = await this.find(manager, user, id);
      if (!subscription.active)
        throw new ConflictException(`Webhook subscription ${subscription.id} is deactivated; create a new one`);
      const count = await requeueOfSubscription(
        manager,
        subscription.id,
        status,
        since ?? null,
        this.config.DELIVERY_MAX_ATTEMPTS,
      );
      await recordAudit(manager, {
        actor: user,
        action: 'notifications.webhook-redelivered',
        entityType: 'webhook-subscription',
        entityId: subscription.id,
        after: { status, since, requeued: count },
      });
      return count;
    });
    if (requeued) this.dispatcher.wakeSoon();
    return requeued;
  }

  /** Early feedback; the same check runs again on every connection (webhook-target-guard). */
  private async assertPublicTarget(url: string): Promise<void> {
    try {
      assertTargetAllowed(url);
      const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
      if (!isIP(host)) {
        const addresses = await lookup(host, { all: true });
        const refused = addresses.map((entry) => blockedReason(entry.address)).find(Boolean);
        if (refused) throw new BlockedTargetError(`webhook target ${host} refused: ${refused}`);
      }
    } catch (error) {
      if (error instanceof BlockedTargetError)
        throw fieldBadRequest('url', `${error.message}; only public addresses may be called`);
      throw fieldBadRequest('url', `${new URL(url).hostname} cannot be resolved (${(error as Error).message})`);
    }
  }

  /**
   * An operator user acts for its company only as one of its administrators now (403 otherwise,
   * whatever the subscription asked for: the answer says nothing about any subscription).
   */
  private async callerOf(runner: SqlRunner, user: AuthenticatedUser): Promise<SubscriptionCaller> {
    if (user.roles.includes(ROLES.operations)) return { kind: 'operations' };
    const taxpayerId = companyOf(user);
    // A backend platform is its OAuth client (a client-credentials token's client_id, which the local provider also makes its sub).
    if (taxpayerId === undefined) return { kind: 'platform', sub: user.sub, platform: user.clientId ?? user.sub };
    const company = await findOperatorMembership(runner, user.sub, taxpayerId);
    if (company?.role !== 'administrator')
      throw new ForbiddenException(
        `Only an administrator of company ${taxpayerId} manages its webhook subscriptions; you are ${company ? 'a member' : 'not a user'} of it (its administrators link users in the applications service)`,
      );
    return { kind: 'company', company: { ...company, taxpayerId } };
  }

  private async find(
    runner: SqlRunner,
    user: AuthenticatedUser,
    id: string,
    lock = false,
  ): Promise<WebhookSubscriptionRecord> {
    const caller = await this.callerOf(runner, user);
    const subscription = await findWebhookSubscription(runner, id, lock);
    const notFound = new NotFoundException(`Webhook subscription ${id} not found`);
    if (!subscription) throw notFound;
    if (caller.kind === 'company' && subscription.operatorId !== caller.company.operatorId) throw notFound;
    if (caller.kind === 'platform' && subscription.createdBy !== caller.sub)
      throw new ForbiddenException(`Webhook subscription ${id} belongs to another platform`);
    return subscription;
  }
}
