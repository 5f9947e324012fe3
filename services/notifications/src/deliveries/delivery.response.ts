import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageSchemaOf } from '@aeo/service-kit';

const instant = z.iso.datetime();

export const deliverySchema = z.object({
  id: z.uuid().describe('The delivery (for webhooks, also the webhook-id header)'),
  sourceEventId: z.string(),
  sourceEventType: z.string(),
  channel: z.enum(['in-app', 'email', 'webhook']),
  recipient: z
    .string()
    .describe('operator:<taxpayer id> or staff:<sub> (in-app), email:<address>, webhook:<subscription id>'),
  audience: z.string().nullable().describe('Who the routing table meant (operator, contact-officers, ..., platform)'),
  target: z.string().nullable().describe('The email address or webhook URL'),
  subscriptionId: z.uuid().nullable(),
  taxpayerId: z.string().nullable(),
  region: z.string().nullable(),
  language: z.enum(['mn', 'en']),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  attempts: z.number().int().describe('Attempts made so far'),
  deadLetterAfter: z.number().int().describe('Dead-lettered (failed) when attempts reach this; a redelivery raises it'),
  lastError: z.string().nullable(),
  nextAttemptAt: instant.nullable(),
  createdAt: instant,
  deliveredAt: instant.nullable(),
  failedAt: instant.nullable(),
  updatedAt: instant,
});
export type Delivery = z.infer<typeof deliverySchema>;

export const deliveryAttemptSchema = z.object({
  attempt: z.number().int(),
  outcome: z.enum(['sent', 'failed', 'rate-limited']),
  error: z.string().nullable(),
  responseStatus: z.number().int().nullable().describe('HTTP status of the webhook call, or SMTP reply code'),
  durationMs: z.number().int(),
  attemptedAt: instant,
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export class DeliveryDto extends createZodDto(deliverySchema) {}
export class DeliveryDetailDto extends createZodDto(
  deliverySchema.extend({ attemptLog: z.array(deliveryAttemptSchema).describe('Every attempt, oldest first') }),
) {}
/** A page of the delivery log (GET /v1/delivery-log, a subscription's deliveries). */
export class DeliveryPageDto extends createZodDto(pageSchemaOf(deliverySchema)) {}
