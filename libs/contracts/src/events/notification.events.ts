import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { eventsOn } from './define-event';
import { int4, isoDateTime, language, safeText, uuid } from './common';

const notificationEvent = eventsOn(TOPIC_NAMES.notificationEvents, 'notification');

export const NotificationDelivered = notificationEvent({
  type: 'aeo.notification.delivered.v1',
  summary:
    'A notification was delivered to a recipient on one channel (in-app, email accepted by the SMTP server, webhook answered 2xx).',
  schema: z.object({
    notificationId: uuid,
    sourceEventId: safeText.min(1),
    sourceEventType: safeText.min(1),
    channel: z.enum(['in-app', 'email', 'webhook']),
    recipient: safeText.min(1),
    language,
    deliveredAt: isoDateTime,
  }),
});

export const NotificationFailed = notificationEvent({
  type: 'aeo.notification.failed.v1',
  summary:
    'A notification could not be delivered after its attempts (or was refused for good) and is dead-lettered; operations may redeliver it.',
  schema: z.object({
    notificationId: uuid,
    sourceEventId: safeText.min(1),
    sourceEventType: safeText.min(1),
    channel: z.enum(['email', 'webhook']),
    recipient: safeText.min(1),
    attempts: int4({ min: 1 }),
    reason: safeText.min(1),
    failedAt: isoDateTime,
  }),
});

export const NOTIFICATION_EVENTS = [NotificationDelivered, NotificationFailed] as const;
