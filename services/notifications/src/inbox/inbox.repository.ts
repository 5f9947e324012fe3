import { language, type Language } from '@aeo/contracts';
import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import { countUnread, findInInbox, listInbox, markRead } from './inbox.queries';

/** An in-app message with one reader's own read state. */
export interface InboxMessage {
  id: string;
  sourceEventType: string;
  template: string;
  language: Language;
  subject: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The in-app messages of the mailboxes, newest first, with what `reader` has read; `unreadOnly` leaves read ones out. */
export async function listInboxMessages(
  runner: SqlRunner,
  mailboxes: readonly string[],
  reader: string,
  unreadOnly: boolean,
  limit: number,
): Promise<InboxMessage[]> {
  const rows = await runSql(listInbox, { mailboxes: [...mailboxes], reader, unreadOnly, limit }, runner);
  return rows.map((row) => ({ ...camelRow(row), language: language.parse(row.language) }));
}

/** How many messages of the mailboxes `reader` has not read. */
export async function countUnreadMessages(
  runner: SqlRunner,
  mailboxes: readonly string[],
  reader: string,
): Promise<number> {
  const row = await runSqlOne(countUnread, { mailboxes: [...mailboxes], reader }, runner);
  return row?.unread ?? 0;
}

/** Whether the in-app message is in one of the mailboxes. */
export async function isInInbox(runner: SqlRunner, id: string, mailboxes: readonly string[]): Promise<boolean> {
  return (await runSqlOne(findInInbox, { id, mailboxes: [...mailboxes] }, runner)) !== undefined;
}

/** Records that `reader` read the message (once; repeating it changes nothing). */
export async function markMessageRead(runner: SqlRunner, id: string, reader: string): Promise<void> {
  await runSql(markRead, { id, reader }, runner);
}
