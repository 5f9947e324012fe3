import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, RequireScopes, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, type Page, withIsoDates } from '@aeo/service-kit';
import { DeliveriesService } from './deliveries.service';
import { DeliveryPageQuery, LOG_READERS } from './delivery-log.schemas';
import { type Delivery, DeliveryPageDto } from './delivery.response';

/**
 * The delivery log a page at a time (the console's failed deliveries): the same deliveries, scope
 * and filters as `GET /v1/deliveries`, which keeps answering a plain list for its callers.
 */
@ApiTags('deliveries')
@Controller('delivery-log')
@Roles(...LOG_READERS)
@RequireScopes('aeo.events.subscribe')
export class DeliveryLogController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @Operation({
    summary: 'Delivery log, paged',
    description:
      'The deliveries of GET /v1/deliveries (the same scope: regional offices their region’s deliveries to people, platforms their own webhook calls) with their status, attempts and last error, a page at a time (page, pageSize, total), filtered by status, channel, recipient (its start), sourceEventId and subscriptionId, sorted by createdAt (newest first by default), updatedAt or attempts.',
    answer: DeliveryPageDto,
    answered: 'A page of the log with how many deliveries match',
  })
  @ApiErrorAnswers({ 400: 'Invalid filter, page, page size, sort or order; the message names the parameter' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: DeliveryPageQuery): Promise<Page<Delivery>> {
    const page = await this.deliveries.page(user, query);
    return { ...page, items: page.items.map(withIsoDates) };
  }
}
