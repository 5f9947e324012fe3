import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, ROLES, RequireScopes, Roles } from '@aeo/auth';
import { Operation, withIsoDates, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { intParam, trimmedVisibleMultilineText } from '@aeo/contracts';
import { DeliveriesService } from './deliveries.service';
import { Delivery, DeliveryDetailDto, DeliveryDto } from './delivery.response';
import { deliveryFilterShape, LOG_READERS } from './delivery-log.schemas';

class DeliveryLogQuery extends createZodDto(
  z.strictObject({
    ...deliveryFilterShape,
    limit: intParam({ min: 1, max: 500 }).default(100),
  }),
) {}
class NotificationIdParams extends createZodDto(z.strictObject({ notificationId: z.uuid() })) {}
class RedeliveryBody extends createZodDto(z.strictObject({ reason: trimmedVisibleMultilineText.min(1).max(2000) })) {}

/**
 * The delivery log: every notification with its state (queued, sent, failed with the reason)
 * and attempts, and redelivery of a dead-lettered one. Regional offices see their region;
 * platforms see their own webhook deliveries.
 */
@ApiTags('deliveries')
@Controller('deliveries')
@Roles(...LOG_READERS)
@RequireScopes('aeo.events.subscribe')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @Operation({
    summary: 'Delivery log',
    description:
      'Emails, webhook calls and in-app messages with their status and attempts so far, newest first; regional offices see their region’s.',
    answer: [DeliveryDto],
    answered: 'Newest first',
  })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: DeliveryLogQuery): Promise<Delivery[]> {
    return (await this.deliveries.list(user, query)).map(withIsoDates);
  }

  /** One delivery with each of its attempts (outcome, error, HTTP or SMTP status, duration). */
  @Get(':notificationId')
  @Operation({
    summary: 'One delivery with its attempts',
    description: 'Each attempt’s outcome, error, HTTP or SMTP status and duration.',
    answer: DeliveryDetailDto,
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: NotificationIdParams,
    @Query(NoQuery) _query: NoQueryParams,
  ): Promise<DeliveryDetailDto> {
    const { delivery, attempts } = await this.deliveries.get(user, params.notificationId);
    return { ...withIsoDates(delivery), attemptLog: attempts.map(withIsoDates) };
  }

  /** Sends a dead-lettered email or webhook call again (or a sent webhook call a platform lost), with a fresh set of attempts. */
  @Post(':notificationId/redelivery')
  @Operation({
    roles: [ROLES.operations, ROLES.backendPlatform],
    summary: 'Deliver again',
    description:
      'Sends a dead-lettered email or webhook call again (or a sent webhook call a platform lost), with a fresh set of attempts; 409 for a deactivated subscription.',
    status: 201,
    answer: DeliveryDto,
    answered: 'Queued again',
  })
  async redeliver(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: NotificationIdParams,
    @Body() body: RedeliveryBody,
  ): Promise<Delivery> {
    return withIsoDates(await this.deliveries.redeliver(user, params.notificationId, body.reason));
  }
}
