import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles, regionOf } from '@aeo/auth';
import { NotificationEntity } from './notification.entity';

class InboxQuery extends createZodDto(z.strictObject({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })) {}
class NotificationIdParams extends createZodDto(z.strictObject({ notificationId: z.uuid() })) {}
class DeliveryLogQuery extends createZodDto(
  z.strictObject({ sourceEventId: z.string().min(1).optional(), status: z.enum(['queued', 'delivered', 'failed']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
) {}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The operator user's in-app inbox (its company's notifications), newest first. */
  @Get('inbox')
  @Roles(ROLES.operatorUser)
  inbox(@CurrentUser() user: AuthenticatedUser, @Query() query: InboxQuery) {
    const builder = this.dataSource.manager
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.channel = :channel AND n.taxpayer_id = :tin', { channel: 'in-app', tin: user.taxpayerId })
      .orderBy('n.created_at', 'DESC')
      .limit(query.limit);
    if (query.unread === 'true') builder.andWhere('n.read_at IS NULL');
    return builder.getMany();
  }

  @Post('inbox/:notificationId/read')
  @HttpCode(204)
  @Roles(ROLES.operatorUser)
  async markRead(@CurrentUser() user: AuthenticatedUser, @Param() params: NotificationIdParams): Promise<void> {
    const result = await this.dataSource.manager.update(NotificationEntity, { id: params.notificationId, taxpayerId: user.taxpayerId, channel: 'in-app' }, { readAt: new Date() });
    if (!result.affected) throw new NotFoundException(`Notification ${params.notificationId} not found in your inbox`);
  }

  /** Delivery log for operations and regional offices (their region only). */
  @Get('deliveries')
  @Roles(ROLES.operations, ROLES.regionalOffice, ROLES.executive)
  deliveries(@CurrentUser() user: AuthenticatedUser, @Query() query: DeliveryLogQuery) {
    const builder = this.dataSource.manager.createQueryBuilder(NotificationEntity, 'n').orderBy('n.created_at', 'DESC').limit(query.limit);
    const region = regionOf(user);
    if (region) builder.andWhere('n.region = :region', { region });
    if (query.sourceEventId) builder.andWhere('n.source_event_id = :sourceEventId', { sourceEventId: query.sourceEventId });
    if (query.status) builder.andWhere('n.status = :status', { status: query.status });
    return builder.getMany();
  }
}
