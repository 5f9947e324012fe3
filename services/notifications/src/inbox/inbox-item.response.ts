import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** An in-app message with the reader's own read state. */
export interface InboxRow {
  id: string;
  source_event_type: string;
  template: string;
  language: 'mn' | 'en';
  subject: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
}

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

export function toInboxItem(row: InboxRow): InboxItem {
  return {
    id: row.id,
    sourceEventType: row.source_event_type,
    template: row.template,
    language: row.language,
    subject: row.subject,
    body: row.body,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
