import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { intParam } from '@aeo/contracts';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, Roles } from '@aeo/auth';
import { NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import { InboxItem, InboxItemDto, UnreadCountDto, toInboxItem } from './inbox-item.response';
import { InboxService } from './inbox.service';

class InboxQuery extends createZodDto(
  z.strictObject({
    unread: z.enum(['true', 'false']).optional(),
    limit: intParam({ min: 1, max: 200 }).default(50),
  }),
) {}
class NotificationIdParams extends createZodDto(z.strictObject({ notificationId: z.uuid() })) {}

/**
 * Each user's in-app inbox, newest first, with what this user has read. Operator users share
 * their company's messages (while linked to the company), each with its own read state; staff get
 * what is routed to them.
 */
@ApiTags('inbox')
@Controller('inbox')
@Roles(...ALL_ROLES)
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Operation({
    summary: 'Read the inbox',
    description:
      'In-app messages of the caller’s mailbox (its company’s for operator users, its own for customs staff), newest first; `unread=true` leaves read ones out. An operator user reads its company’s only while linked to it (the applications service’s company users; 403 otherwise: an administrator of the company links its users).',
    answer: [InboxItemDto],
    answered: 'Newest first',
  })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: InboxQuery): Promise<InboxItem[]> {
    return (await this.inbox.list(user, query.unread === 'true', query.limit)).map(toInboxItem);
  }

  @Get('unread-count')
  @Operation({
    summary: 'Count unread messages',
    description:
      'How many messages of the caller’s mailbox it has not read yet (an operator user not linked to its token’s company: 403).',
    answer: UnreadCountDto,
  })
  async unreadCount(
    @CurrentUser() user: AuthenticatedUser,
    @Query(NoQuery) _query: NoQueryParams,
  ): Promise<{ unread: number }> {
    return { unread: await this.inbox.unreadCount(user) };
  }

  @Post(':notificationId/read')
  @Operation({
    summary: 'Mark a message read',
    description:
      'For the caller only (each reader has its own read state); repeating it changes nothing. A message not in the caller’s mailbox: 404; an operator user not linked to its token’s company: 403.',
    status: 204,
    answered: 'Marked read for this user (repeating it changes nothing)',
  })
  async markRead(@CurrentUser() user: AuthenticatedUser, @Param() params: NotificationIdParams): Promise<void> {
    await this.inbox.markRead(user, params.notificationId);
  }
}
