import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, ROLES } from '@aeo/auth';
import { countUnreadMessages, InboxMessage, isInInbox, listInboxMessages, markMessageRead } from './inbox.repository';

/** The mailboxes a user reads: its company's (operator users) or its own (customs staff). */
function mailboxesOf(user: AuthenticatedUser): string[] {
  return user.roles.includes(ROLES.operatorUser) && user.taxpayerId
    ? [`operator:${user.taxpayerId}`]
    : [`staff:${user.sub}`];
}

/**
 * Each user's in-app inbox with what this user has read. Operator users share their company's
 * messages, each with its own read state; staff get what is routed to them.
 */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(user: AuthenticatedUser, unreadOnly: boolean, limit: number): Promise<InboxMessage[]> {
    return listInboxMessages(this.dataSource, mailboxesOf(user), user.sub, unreadOnly, limit);
  }

  unreadCount(user: AuthenticatedUser): Promise<number> {
    return countUnreadMessages(this.dataSource, mailboxesOf(user), user.sub);
  }

  async markRead(user: AuthenticatedUser, notificationId: string): Promise<void> {
    if (!(await isInInbox(this.dataSource, notificationId, mailboxesOf(user))))
      throw new NotFoundException(`Notification ${notificationId} not found in your inbox`);
    await markMessageRead(this.dataSource, notificationId, user.sub);
  }
}
