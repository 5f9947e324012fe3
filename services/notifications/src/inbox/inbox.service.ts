import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, companyOf } from '@aeo/auth';
import { findOperatorMembership } from '@aeo/messaging';
import { countUnreadMessages, InboxMessage, isInInbox, listInboxMessages, markMessageRead } from './inbox.repository';

/**
 * Each user's in-app inbox with what this user has read. Operator users share their company's
 * messages, each with its own read state; staff get what is routed to them.
 */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, unreadOnly: boolean, limit: number): Promise<InboxMessage[]> {
    return listInboxMessages(this.dataSource, await this.mailboxesOf(user), user.sub, unreadOnly, limit);
  }

  async unreadCount(user: AuthenticatedUser): Promise<number> {
    return countUnreadMessages(this.dataSource, await this.mailboxesOf(user), user.sub);
  }

  async markRead(user: AuthenticatedUser, notificationId: string): Promise<void> {
    if (!(await isInInbox(this.dataSource, notificationId, await this.mailboxesOf(user))))
      throw new NotFoundException(`Notification ${notificationId} not found in your inbox`);
    await markMessageRead(this.dataSource, notificationId, user.sub);
  }

  /**
   * The mailboxes a user reads: its company's (an operator user, while the applications service has
   * it linked to the company its token names: a trader's own sign-up may name any taxpayer id, and a
   * removed user's token still names its former company; both 403) or its own (customs staff).
   */
  private async mailboxesOf(user: AuthenticatedUser): Promise<string[]> {
    const taxpayerId = companyOf(user);
    if (taxpayerId === undefined) return [`staff:${user.sub}`];
    if (!(await findOperatorMembership(this.dataSource, user.sub, taxpayerId)))
      throw new ForbiddenException(
        `You (${user.sub}) are not a user of the company ${taxpayerId}; an administrator of the company links its users`,
      );
    return [`operator:${taxpayerId}`];
  }
}
