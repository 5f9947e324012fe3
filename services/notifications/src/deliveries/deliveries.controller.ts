import { Body, ConflictException, Controller, Get, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, CurrentUser, ROLES, Roles, regionOf } from '@aeo/auth';
import { recordAudit } from '@aeo/persistence';
import type { NotificationsConfig } from '../config';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { Delivery, DeliveryDetailDto, DeliveryDto, toDelivery, toDeliveryAttempt } from './delivery.response';
import { DeliveryAttemptEntity, NotificationEntity } from './notification.entity';
import { safeText } from '@aeo/contracts';

class DeliveryLogQuery extends createZodDto(
  z.strictObject({
    sourceEventId: safeText.min(1).max(200).optional(),
    status: z.enum(['queued', 'sent', 'failed']).optional(),
    channel: z.enum(['in-app', 'email', 'webhook']).optional(),
    recipient: safeText.min(1).max(400).optional(),
    subscriptionId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
) {}
class NotificationIdParams extends createZodDto(z.strictObject({ notificationId: z.uuid() })) {}
class RedeliveryBody extends createZodDto(z.strictObject({ reason: safeText.trim().min(1).max(2000) })) {}

const LOG_READERS = [ROLES.operations, ROLES.regionalOffice, ROLES.executive, ROLES.backendPlatform] as const;

/**
 * The delivery log: every notification with its state (queued, sent, failed with the reason)
 * and attempts, and redelivery of a dead-lettered one. Regional offices see their region;
 * platforms see their own webhook deliveries.
 */
@ApiTags('deliveries')
@Controller('deliveries')
export class DeliveriesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  @Get()
  @Roles(...LOG_READERS)
  @ApiOkResponse({ type: [DeliveryDto.Output], description: 'Newest first' })
  @ApiOperation({ summary: 'Delivery log', description: 'Emails, webhook calls and in-app messages with their status and attempts so far, newest first; regional offices see their region’s.' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: DeliveryLogQuery): Promise<Delivery[]> {
    const builder = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').orderBy('n.created_at', 'DESC').limit(query.limit);
    this.scope(builder, user);
    if (query.sourceEventId) builder.andWhere('n.source_event_id = :sourceEventId', { sourceEventId: query.sourceEventId });
    if (query.status) builder.andWhere('n.status = :status', { status: query.status });
    if (query.channel) builder.andWhere('n.channel = :channel', { channel: query.channel });
    if (query.recipient) builder.andWhere('n.recipient = :recipient', { recipient: query.recipient });
    if (query.subscriptionId) builder.andWhere('n.subscription_id = :subscriptionId', { subscriptionId: query.subscriptionId });
    return (await builder.getMany()).map(toDelivery);
  }

  /** One delivery with each of its attempts (outcome, error, HTTP or SMTP status, duration). */
  @Get(':notificationId')
  @Roles(...LOG_READERS)
  @ApiOkResponse({ type: DeliveryDetailDto.Output })
  @ApiOperation({ summary: 'One delivery with its attempts', description: 'Each attempt’s outcome, error, HTTP or SMTP status and duration.' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: NotificationIdParams): Promise<DeliveryDetailDto> {
    const notification = await this.find(this.dataSource.manager, user, params.notificationId);
    const attempts = await this.dataSource.manager.find(DeliveryAttemptEntity, { where: { notificationId: notification.id }, order: { id: 'ASC' } });
    return { ...toDelivery(notification), attemptLog: attempts.map(toDeliveryAttempt) };
  }

  /** Sends a dead-lettered email or webhook call again (or a sent webhook call a platform lost), with a fresh set of attempts. */
  @Post(':notificationId/redelivery')
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @ApiCreatedResponse({ type: DeliveryDto.Output, description: 'Queued again' })
  @ApiOperation({ summary: 'Deliver again', description: 'Sends a dead-lettered email or webhook call again (or a sent webhook call a platform lost), with a fresh set of attempts; 409 for a deactivated subscription.' })
  async redeliver(@CurrentUser() user: AuthenticatedUser, @Param() params: NotificationIdParams, @Body() body: RedeliveryBody): Promise<Delivery> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const notification = await this.find(manager, user, params.notificationId, true);
      const allowed = notification.status === 'failed' || (notification.status === 'sent' && notification.channel === 'webhook');
      if (!allowed) {
        throw new ConflictException(
          notification.channel === 'in-app' ? 'In-app notifications are delivered when written; nothing to redeliver' : `Delivery is ${notification.status}; only failed deliveries (and sent webhook calls) can be redelivered`,
        );
      }
      if (notification.subscriptionId) {
        const [subscription]: Array<{ active: boolean }> = await manager.query(`SELECT active FROM webhook_subscriptions WHERE id = $1`, [notification.subscriptionId]);
        if (!subscription?.active) throw new ConflictException(`Webhook subscription ${notification.subscriptionId} is deactivated; create a new one and redeliver through it`);
      }
      await manager.query(
        `UPDATE notifications SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + $2, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now() WHERE id = $1`,
        [notification.id, this.config.DELIVERY_MAX_ATTEMPTS],
      );
      await recordAudit(manager, { actor: user, action: 'notifications.redelivered', entityType: 'notification', entityId: notification.id, before: { status: notification.status, attempts: notification.attempts, lastError: notification.lastError }, reason: body.reason });
      return manager.findOneByOrFail(NotificationEntity, { id: notification.id });
    });
    this.dispatcher.wakeSoon();
    return toDelivery(updated);
  }

  /**
   * Operations see everything. A platform sees its own webhook deliveries. Executives and
   * regional offices (their region) see deliveries to people, not the platforms' webhook calls
   * (their URLs and payloads belong to the platforms).
   */
  private scope(builder: ReturnType<EntityManager['createQueryBuilder']>, user: AuthenticatedUser): void {
    if (user.roles.includes(ROLES.operations)) return;
    const ownWebhooks = 'n.subscription_id IN (SELECT id FROM webhook_subscriptions WHERE created_by = :owner)';
    const people = user.roles.includes(ROLES.executive) || user.roles.includes(ROLES.regionalOffice);
    if (!people) {
      builder.andWhere(ownWebhooks, { owner: user.sub });
      return;
    }
    const region = regionOf(user);
    const peopleInScope = region ? "(n.channel <> 'webhook' AND n.region = :region)" : "n.channel <> 'webhook'";
    builder.andWhere(user.roles.includes(ROLES.backendPlatform) ? `(${peopleInScope} OR ${ownWebhooks})` : peopleInScope, { region, owner: user.sub });
  }

  private async find(manager: EntityManager, user: AuthenticatedUser, id: string, lock = false): Promise<NotificationEntity> {
    const builder = manager.createQueryBuilder(NotificationEntity, 'n').where('n.id = :id', { id });
    if (lock) builder.setLock('pessimistic_write');
    const notification = await builder.getOne();
    if (!notification) throw new NotFoundException(`Delivery ${id} not found`);
    const visible = manager.createQueryBuilder(NotificationEntity, 'n').where('n.id = :id', { id });
    this.scope(visible, user);
    if (!(await visible.getExists())) throw new NotFoundException(`Delivery ${id} not found`);
    return notification;
  }
}
