import { BadRequestException, Body, ConflictException, Controller, Delete, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { isoDateTime, isSafeText, SAFE_TEXT_MESSAGE, safeText, textMatching } from '@aeo/contracts';
import { recordAudit } from '@aeo/persistence';
import { AnswerShownOnce } from '@aeo/service-kit';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { NotificationsConfig, privateWebhookTargetsAllowed } from '../config';
import { INTERNAL_EVENT_TYPES, SUBSCRIBABLE_EVENT_TYPES } from '../deliveries/delivery-planner';
import { DeliveryDispatcher } from '../deliveries/delivery-dispatcher';
import { SecretBox } from './secret-box';
import { generateWebhookSecret } from './webhook-signature';
import {
  CreatedWebhookSubscriptionDto,
  RedeliveriesResultDto,
  WEBHOOK_SUBSCRIPTION_COLUMNS,
  WebhookSubscription,
  WebhookSubscriptionDetailDto,
  WebhookSubscriptionDto,
  WebhookSubscriptionRow,
  toWebhookSubscription,
} from './webhook-subscription.response';
import { assertTargetAllowed, blockedReason, BlockedTargetError } from './webhook-target-guard';

const secretSchema = textMatching(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must be whsec_ followed by base64')
  .refine((value) => Buffer.from(value.slice(6), 'base64').length >= 24, 'must hold at least 24 random bytes');

export class SubscriptionBody extends createZodDto(
  z.strictObject({
    /** The consuming platform, e.g. single-window. */
    platform: textMatching(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a lowercase name such as single-window', { trim: true }),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      // zod runs refinements on values that failed .url() too: an unparsable one is reported by .url() alone, not thrown (a 500).
      .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), 'must not carry credentials (use the signature to authenticate the sender)')
      .refine(isSafeText, SAFE_TEXT_MESSAGE),
    /** Event types to receive, or ["*"] for every one the notifications service carries. */
    eventTypes: z
      .array(safeText.min(1))
      .min(1)
      .max(100)
      .describe('Event types to receive (GET /v1/routes lists them), or ["*"] for every one; internal event types (operations alerts) are refused and never delivered'),
    /** Optional own secret (Standard Webhooks format); one is generated otherwise. */
    secret: secretSchema.optional(),
  }),
) {}
class SubscriptionListQuery extends createZodDto(
  z.strictObject({
    /** Deleted (deactivated) subscriptions are left out unless this is true. */
    includeInactive: z.enum(['true', 'false']).default('false'),
  }),
) {}
class SubscriptionIdParams extends createZodDto(z.strictObject({ subscriptionId: z.uuid() })) {}
class RedeliveriesBody extends createZodDto(
  z.strictObject({
    /** Which deliveries of this subscription to send again: dead-lettered ones (default) or also those already sent. */
    status: z.enum(['failed', 'sent']).default('failed'),
    /** Only deliveries created at or after this instant. */
    since: isoDateTime.optional(),
  }),
) {}

/**
 * Webhook subscriptions of backend platforms (single window, declaration processing, risk
 * engines): which events to POST where, signed with the subscription's secret. Operations
 * manage every subscription; a platform (backend-platform role) manages its own. DELETE
 * deactivates: the subscription leaves the list (unless `includeInactive=true`), still answers
 * by id with `active: false` (its deliveries refer to it), gets no new deliveries, and its
 * queued ones are dead-lettered at once.
 */
@ApiTags('webhooks')
@Controller('webhook-subscriptions')
export class WebhookSubscriptionsController {
  private readonly secrets: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: DeliveryDispatcher,
    @Inject(APP_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.secrets = new SecretBox(config.WEBHOOK_SECRETS_KEY);
  }

  /** Creates a subscription; the answer carries its secret, which is never shown again. */
  @Post()
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @AnswerShownOnce()
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionDto.Output, description: 'Created; the only answer that shows the secret (a retry with the same Idempotency-Key gets 409 naming the subscription, without the secret)' })
  @ApiOperation({ summary: 'Subscribe a platform to events', description: 'Which events to POST where, signed with the subscription’s secret (Standard Webhooks); the answer is the only one that shows the secret. The URL is checked against the webhook target policy (README). Internal event types (the operations alert aeo.workflow.action-failed.v1) are never delivered by webhook, not even to `*`: naming one is refused (400 naming eventTypes).' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: SubscriptionBody): Promise<CreatedWebhookSubscriptionDto> {
    const internal = body.eventTypes.filter((type) => INTERNAL_EVENT_TYPES.includes(type));
    if (internal.length) throw new BadRequestException(`eventTypes: internal to the administration, never delivered by webhook: ${internal.join(', ')}`);
    const unknown = body.eventTypes.filter((type) => type !== '*' && !SUBSCRIBABLE_EVENT_TYPES.includes(type));
    if (unknown.length) throw new BadRequestException(`eventTypes: unknown or not deliverable by webhook: ${unknown.join(', ')} (see GET /v1/routes for the list)`);
    if (new URL(body.url).protocol === 'http:' && this.config.NODE_ENV === 'production' && !this.config.WEBHOOK_ALLOW_HTTP) {
      throw new BadRequestException('url: must use https (set WEBHOOK_ALLOW_HTTP=true to allow http)');
    }
    if (!privateWebhookTargetsAllowed(this.config)) await this.assertPublicTarget(body.url);
    const secret = body.secret ?? generateWebhookSecret();
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const [row]: WebhookSubscriptionRow[] = await manager.query(
        `INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${WEBHOOK_SUBSCRIPTION_COLUMNS}`,
        [id, body.platform, new URL(body.url).href, [...new Set(body.eventTypes)], this.secrets.seal(secret, id), user.sub],
      );
      await recordAudit(manager, { actor: user, action: 'notifications.webhook-subscribed', entityType: 'webhook-subscription', entityId: row.id, after: row });
      return { ...toWebhookSubscription(row), secret };
    });
  }

  @Get()
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @ApiOkResponse({ type: [WebhookSubscriptionDto.Output], description: 'Active subscriptions, oldest first (deleted ones too with includeInactive=true)' })
  @ApiOperation({ summary: 'List webhook subscriptions', description: 'Active subscriptions (`includeInactive=true` adds deactivated ones); a backend platform sees those it created.' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: SubscriptionListQuery): Promise<WebhookSubscription[]> {
    const rows: WebhookSubscriptionRow[] = await this.dataSource.query(
      `SELECT ${WEBHOOK_SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE ($1::text IS NULL OR created_by = $1) AND (active OR $2) ORDER BY created_at`,
      [this.ownerFilter(user), query.includeInactive === 'true'],
    );
    return rows.map(toWebhookSubscription);
  }

  @Get(':subscriptionId')
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @ApiOkResponse({ type: WebhookSubscriptionDetailDto.Output, description: 'Also a deleted one (active: false)' })
  @ApiOperation({ summary: 'Read a webhook subscription', description: 'Without its secret; a backend platform reads only its own (403 for another platform’s).' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: SubscriptionIdParams): Promise<WebhookSubscriptionDetailDto> {
    const row = await this.find(this.dataSource.manager, user, params.subscriptionId);
    const counts: Array<{ status: 'queued' | 'sent' | 'failed'; count: string }> = await this.dataSource.query(`SELECT status, count(*) FROM notifications WHERE subscription_id = $1 GROUP BY status`, [row.id]);
    const deliveries = { queued: 0, sent: 0, failed: 0 };
    for (const entry of counts) deliveries[entry.status] = Number(entry.count);
    return { ...toWebhookSubscription(row), deliveries };
  }

  /**
   * Deactivates the subscription: no new deliveries, its queued ones dead-lettered now, gone
   * from the list; repeating it changes nothing.
   */
  @Delete(':subscriptionId')
  @HttpCode(204)
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @ApiNoContentResponse({ description: 'Deactivated (or already inactive)' })
  @ApiOperation({ summary: 'Deactivate a webhook subscription', description: 'No new deliveries, its queued ones dead-lettered now, gone from the list; repeating it changes nothing.' })
  async deactivate(@CurrentUser() user: AuthenticatedUser, @Param() params: SubscriptionIdParams): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, user, params.subscriptionId, true);
      if (!row.active) return;
      await manager.query(`UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE id = $1`, [row.id]);
      const deadLettered = await this.dispatcher.deadLetterQueuedOf(manager, row.id);
      await recordAudit(manager, { actor: user, action: 'notifications.webhook-unsubscribed', entityType: 'webhook-subscription', entityId: row.id, before: row, after: { active: false, deadLettered } });
    });
  }

  /** Queues this subscription's dead-lettered (or already sent) deliveries again, with a fresh set of attempts. */
  @Post(':subscriptionId/redeliveries')
  @Roles(ROLES.operations, ROLES.backendPlatform)
  @ApiCreatedResponse({ type: RedeliveriesResultDto.Output })
  @ApiOperation({ summary: 'Redeliver a subscription’s calls', description: 'Queues this subscription’s dead-lettered (or already sent) deliveries again, with a fresh set of attempts.' })
  async redeliver(@CurrentUser() user: AuthenticatedUser, @Param() params: SubscriptionIdParams, @Body() body: RedeliveriesBody): Promise<RedeliveriesResultDto> {
    const requeued = await this.dataSource.transaction(async (manager) => {
      const row = await this.find(manager, user, params.subscriptionId);
      if (!row.active) throw new ConflictException(`Webhook subscription ${row.id} is deactivated; create a new one`);
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE notifications SET status = 'queued', next_attempt_at = now(), dead_letter_after = attempts + $3, failed_at = NULL, locked_until = NULL, claim_token = NULL, updated_at = now()
          WHERE subscription_id = $1 AND status = $2 AND ($4::timestamptz IS NULL OR created_at >= $4::timestamptz)`,
        [row.id, body.status, this.config.DELIVERY_MAX_ATTEMPTS, body.since ?? null],
      );
      await recordAudit(manager, { actor: user, action: 'notifications.webhook-redelivered', entityType: 'webhook-subscription', entityId: row.id, after: { status: body.status, since: body.since, requeued: count } });
      return count;
    });
    if (requeued) this.dispatcher.wakeSoon();
    return { requeued };
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
      if (error instanceof BlockedTargetError) throw new BadRequestException(`url: ${error.message}; only public addresses may be called`);
      throw new BadRequestException(`url: ${new URL(url).hostname} cannot be resolved (${(error as Error).message})`);
    }
  }

  private ownerFilter(user: AuthenticatedUser): string | null {
    return user.roles.includes(ROLES.operations) ? null : user.sub;
  }

  private async find(manager: EntityManager, user: AuthenticatedUser, id: string, lock = false): Promise<WebhookSubscriptionRow> {
    const [row]: WebhookSubscriptionRow[] = await manager.query(`SELECT ${WEBHOOK_SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw new NotFoundException(`Webhook subscription ${id} not found`);
    const owner = this.ownerFilter(user);
    if (owner && row.created_by !== owner) throw new ForbiddenException(`Webhook subscription ${id} belongs to another platform`);
    return row;
  }
}
