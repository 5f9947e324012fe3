import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent } from './define-event';
import { isoDateTime, language, uuid } from './common';

export const NotificationDelivered = defineEvent({
  type: 'aeo.notification.delivered.v1',
  topic: TOPIC_NAMES.notificationEvents,
  aggregateType: 'notification',
  summary: 'A notification was delivered to a recipient on one channel.',
  schema: z.object({
    notificationId: uuid,
    sourceEventId: z.string().min(1),
    sourceEventType: z.string().min(1),
    channel: z.enum(['in-app', 'email', 'webhook']),
    recipient: z.string().min(1),
    language,
    deliveredAt: isoDateTime,
  }),
});

export const NOTIFICATION_EVENTS = [NotificationDelivered] as const;
