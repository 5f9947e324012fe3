import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { InboxItem, InboxItemDto, InboxRow, UnreadCountDto, toInboxItem } from './inbox-item.response';

class InboxQuery extends createZodDto(
  z.strictObject({
    unread: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
) {}
class NotificationIdParams extends createZodDto(z.strictObject({ notificationId: z.uuid() })) {}

/** The mailboxes a user reads: its company's (operator users) or its own (customs staff). */
function mailboxesOf(user: AuthenticatedUser): string[] {
  return user.roles.includes(ROLES.operatorUser) && user.taxpayerId ? [`operator:${user.taxpayerId}`] : [`staff:${user.sub}`];
}

/**
 * Each user's in-app inbox, newest first, with what this user has read. Operator users share
 * their company's messages, each with its own read state; staff get what is routed to them.
 */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [InboxItemDto.Output], description: 'Newest first' })
  @ApiOperation({ summary: 'Read the inbox', description: 'In-app messages of the caller’s mailbox (its company’s for operator users, its own for customs staff), newest first; `unread=true` leaves read ones out.' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: InboxQuery): Promise<InboxItem[]> {
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT n.id, n.source_event_type, n.template, n.language, n.subject, n.body, n.created_at, r.read_at
         FROM notifications n LEFT JOIN inbox_reads r ON r.notification_id = n.id AND r.reader = $2
        WHERE n.channel = 'in-app' AND n.recipient = ANY ($1::text[]) AND ($3::boolean IS NOT TRUE OR r.read_at IS NULL)
        ORDER BY n.created_at DESC, n.id LIMIT $4`,
      [mailboxesOf(user), user.sub, query.unread === 'true', query.limit],
    );
    return rows.map(toInboxItem);
  }

  @Get('unread-count')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: UnreadCountDto.Output })
  @ApiOperation({ summary: 'Count unread messages', description: 'How many messages of the caller’s mailbox it has not read yet.' })
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<{ unread: number }> {
    const [row]: Array<{ unread: string }> = await this.dataSource.query(
      `SELECT count(*) AS unread FROM notifications n
        WHERE n.channel = 'in-app' AND n.recipient = ANY ($1::text[]) AND NOT EXISTS (SELECT 1 FROM inbox_reads r WHERE r.notification_id = n.id AND r.reader = $2)`,
      [mailboxesOf(user), user.sub],
    );
    return { unread: Number(row.unread) };
  }

  @Post(':notificationId/read')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @ApiNoContentResponse({ description: 'Marked read for this user (repeating it changes nothing)' })
  @ApiOperation({ summary: 'Mark a message read', description: 'For the caller only (each reader has its own read state); repeating it changes nothing.' })
  async markRead(@CurrentUser() user: AuthenticatedUser, @Param() params: NotificationIdParams): Promise<void> {
    const [found]: unknown[] = await this.dataSource.query(`SELECT 1 FROM notifications WHERE id = $1 AND channel = 'in-app' AND recipient = ANY ($2::text[])`, [params.notificationId, mailboxesOf(user)]);
    if (!found) throw new NotFoundException(`Notification ${params.notificationId} not found in your inbox`);
    await this.dataSource.query(`INSERT INTO inbox_reads (notification_id, reader) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [params.notificationId, user.sub]);
  }
}
