import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { InboxMessage } from './inbox.repository';

export const inboxItemSchema = z.object({
  id: z.uuid(),
  sourceEventType: z.string(),
  template: z.string(),
  language: z.enum(['mn', 'en']),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  read: z.boolean().describe('Read by this user (each user of a company has its own read state)'),
  readAt: z.iso.datetime().nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export class InboxItemDto extends createZodDto(inboxItemSchema) {}
export class UnreadCountDto extends createZodDto(z.object({ unread: z.number().int() })) {}

export function toInboxItem(message: InboxMessage): InboxItem {
  return {
    id: message.id,
    sourceEventType: message.sourceEventType,
    template: message.template,
    language: message.language,
    subject: message.subject,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    read: message.readAt !== null,
    readAt: message.readAt ? message.readAt.toISOString() : null,
  };
}
