import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, ROLES, RequireScopes, Roles } from '@aeo/auth';
import { isoDateTime, isSafeText, SAFE_TEXT_MESSAGE, safeText, textMatching } from '@aeo/contracts';
import {
  AnswerShownOnce,
  ApiErrorAnswers,
  Operation,
  type Page,
  withIsoDates,
  NoQuery,
  NoQueryParams,
} from '@aeo/service-kit';
import { deliveryFilterShape, deliveryPagingShape } from '../deliveries/delivery-log.schemas';
import { type Delivery, DeliveryDetailDto, DeliveryPageDto } from '../deliveries/delivery.response';
import {
  CreatedWebhookSubscriptionDto,
  RedeliveriesResultDto,
  WebhookSubscription,
  WebhookSubscriptionDetailDto,
  WebhookSubscriptionDto,
} from './webhook-subscription.response';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

const secretSchema = textMatching(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must be whsec_ followed by base64').refine(
  (value) => Buffer.from(value.slice(6), 'base64').length >= 24,
  'must hold at least 24 random bytes',
);

export class SubscriptionBody extends createZodDto(
  z.strictObject({
    /** The consuming platform, e.g. single-window (a company's own system, e.g. erp). */
    platform: textMatching(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'must be 2–63 lowercase letters, digits or hyphens, starting with a letter or digit, e.g. single-window',
      {
        trim: true,
      },
    ),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      // zod runs refinements on values that failed .url() too: an unparsable one is reported by .url() alone, not thrown (a 500).
      .refine(
        (value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password),
        'must not carry credentials (use the signature to authenticate the sender)',
      )
      .refine(isSafeText, SAFE_TEXT_MESSAGE),
    /** Event types to receive, or ["*"] for every one the notifications service carries. */
    eventTypes: z
      .array(safeText.min(1))
      .min(1)
      .max(100)
      .describe(
        'Event types to receive (GET /v1/routes lists them: webhookEventTypes, and companyWebhookEventTypes for a company’s subscription), or ["*"] for every one; internal event types (operations alerts) are refused and never delivered',
      ),
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
class SubscriptionDeliveryParams extends createZodDto(
  z.strictObject({ subscriptionId: z.uuid(), notificationId: z.uuid() }),
) {}
class SubscriptionDeliveriesQuery extends createZodDto(
  z.strictObject({
    status: deliveryFilterShape.status,
    sourceEventId: deliveryFilterShape.sourceEventId,
    ...deliveryPagingShape,
  }),
) {}
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
 * engines) and of companies' own systems: which events to POST where, signed with the
 * subscription's secret. Operations manage every subscription; a platform (backend-platform
 * role) manages its own; an administrator of a company (operator-user) manages its company's,
 * which receive only events about that company (another company's subscription answers 404). DELETE
 * deactivates: the subscription leaves the list (unless `includeInactive=true`), still answers
 * by id with `active: false` (its deliveries refer to it), gets no new deliveries, and its
 * queued ones are dead-lettered at once.
 */
@ApiTags('webhooks')
@Controller('webhook-subscriptions')
@Roles(ROLES.operations, ROLES.backendPlatform, ROLES.operatorUser)
@RequireScopes('aeo.events.subscribe')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  /** Creates a subscription; the answer carries its secret, which is never shown again. */
  @Post()
  @Operation({
    summary: 'Subscribe a platform to events',
    description:
      'Which events to POST where, signed with the subscription’s secret (Standard Webhooks); the answer is the only one that shows the secret. A backend platform subscribes as itself: `platform` must be the platform its token names (its OAuth client, `client_id`, else `sub`), another is 403; operations subscribe any platform. The URL is checked against the webhook target policy (README). Internal event types (the operations alert aeo.workflow.action-failed.v1) are never delivered by webhook, not even to `*`: naming one is refused (400 naming eventTypes). An administrator of a company (operator-user) creates its company’s subscription: it receives only events about that company, of the types GET /v1/routes lists as companyWebhookEventTypes (`*` stands for those); naming another type is refused (400 naming eventTypes and the types); its calls carry the company’s view of the event (its data without customs’ risk assessment and the staff who acted: riskScore, riskRecommendation, a revalidation’s trigger, assignedValidator, validator, decidedBy, requestedBy, scheduledBy, closedBy, withdrawnBy, by); an operator user who is not an administrator of its company: 403.',
    status: 201,
    answer: CreatedWebhookSubscriptionDto,
    answered:
      'Created; the only answer that shows the secret (a retry with the same Idempotency-Key gets 409 naming the subscription, without the secret)',
  })
  @AnswerShownOnce()
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: SubscriptionBody,
  ): Promise<CreatedWebhookSubscriptionDto> {
    return withIsoDates(await this.subscriptions.create(user, body));
  }

  @Get()
  @Operation({
    summary: 'List webhook subscriptions',
    description:
      'Active subscriptions (`includeInactive=true` adds deactivated ones); a backend platform sees those it created, a company’s administrator its company’s, operations every one.',
    answer: [WebhookSubscriptionDto],
    answered: 'Active subscriptions, oldest first (deleted ones too with includeInactive=true)',
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: SubscriptionListQuery,
  ): Promise<WebhookSubscription[]> {
    return (await this.subscriptions.list(user, query.includeInactive === 'true')).map(withIsoDates);
  }

  @Get(':subscriptionId')
  @Operation({
    summary: 'Read a webhook subscription',
    description:
      'Without its secret; a backend platform reads only its own (403 for another platform’s), a company’s administrator its company’s (404 for any other).',
    answer: WebhookSubscriptionDetailDto,
    answered: 'Also a deleted one (active: false)',
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SubscriptionIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ): Promise<WebhookSubscriptionDetailDto> {
    const { subscription, deliveries } = await this.subscriptions.get(user, params.subscriptionId);
    return { ...withIsoDates(subscription), deliveries };
  }

  /**
   * Deactivates the subscription: no new deliveries, its queued ones dead-lettered now, gone
   * from the list; repeating it changes nothing.
   */
  @Delete(':subscriptionId')
  @Operation({
    summary: 'Deactivate a webhook subscription',
    description:
      'No new deliveries, its queued ones dead-lettered now, gone from the list; repeating it changes nothing. A company’s administrator deactivates its company’s (404 for any other).',
    status: 204,
    answered: 'Deactivated (or already inactive)',
  })
  async deactivate(@CurrentUser() user: AuthenticatedUser, @Param() params: SubscriptionIdParams): Promise<void> {
    await this.subscriptions.deactivate(user, params.subscriptionId);
  }

  /** Queues this subscription's dead-lettered (or already sent) deliveries again, with a fresh set of attempts. */
  @Post(':subscriptionId/redeliveries')
  @Operation({
    summary: 'Redeliver a subscription’s calls',
    description:
      'Queues this subscription’s dead-lettered (or already sent) deliveries again, with a fresh set of attempts; 409 for a deactivated subscription. A company’s administrator redelivers its company’s (404 for any other).',
    status: 201,
    answer: RedeliveriesResultDto,
  })
  async redeliver(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SubscriptionIdParams,
    @Body() body: RedeliveriesBody,
  ): Promise<RedeliveriesResultDto> {
    return { requeued: await this.subscriptions.redeliver(user, params.subscriptionId, body.status, body.since) };
  }

  /** The subscription's delivery log: its webhook calls with their status, attempts and last error, a page at a time. */
  @Get(':subscriptionId/deliveries')
  @Operation({
    summary: 'A subscription’s delivery log',
    description:
      'This subscription’s webhook calls (deactivated or not) with their status, attempts so far and last error, a page at a time (page, pageSize, total), filtered by status and sourceEventId, sorted by createdAt (newest first by default), updatedAt or attempts. The same visibility as reading the subscription: a company’s administrator its company’s (404 for any other), a backend platform its own.',
    answer: DeliveryPageDto,
    answered: 'A page of the subscription’s deliveries with how many match',
  })
  @ApiErrorAnswers({ 400: 'Invalid filter, page, page size, sort or order; the message names the parameter' })
  async deliveries(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SubscriptionIdParams,
    @Query() query: SubscriptionDeliveriesQuery,
  ): Promise<Page<Delivery>> {
    const page = await this.subscriptions.deliveries(user, params.subscriptionId, query);
    return { ...page, items: page.items.map(withIsoDates) };
  }

  @Get(':subscriptionId/deliveries/:notificationId')
  @Operation({
    summary: 'One of a subscription’s deliveries with its attempts',
    description:
      'Each attempt’s outcome, error, HTTP status and duration; 404 for a delivery of another subscription, or a subscription the caller may not read.',
    answer: DeliveryDetailDto,
  })
  async delivery(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: SubscriptionDeliveryParams,
    @Query(NoQuery) _query: NoQueryParams,
  ): Promise<DeliveryDetailDto> {
    const { delivery, attempts } = await this.subscriptions.delivery(
      user,
      params.subscriptionId,
      params.notificationId,
    );
    return { ...withIsoDates(delivery), attemptLog: attempts.map(withIsoDates) };
  }
}
