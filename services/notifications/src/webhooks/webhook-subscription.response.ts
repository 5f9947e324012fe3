import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const webhookSubscriptionSchema = z.object({
  id: z.uuid(),
  platform: z.string().describe('The consuming platform, e.g. single-window'),
  url: z.string().describe('Where the signed calls are POSTed'),
  eventTypes: z.array(z.string()).describe('Event types delivered, or ["*"] for every one'),
  operatorId: z
    .uuid()
    .nullable()
    .describe(
      'The company whose events alone it receives (a company administrator’s subscription); null: customs-wide',
    ),
  taxpayerId: z.string().nullable().describe('That company’s taxpayer id; null for a customs-wide subscription'),
  active: z
    .boolean()
    .describe('false once deleted (DELETE deactivates): no more calls, its queued deliveries are dead-lettered'),
  createdBy: z
    .string()
    .describe('Subject of the token that created it (its owner; for a company’s, the administrator who created it)'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().describe('Last change (the deactivation, for an inactive subscription)'),
});
export type WebhookSubscription = z.infer<typeof webhookSubscriptionSchema>;

const createdWebhookSubscriptionSchema = webhookSubscriptionSchema.extend({
  secret: z.string().describe('whsec_… signing secret: shown in this answer only, never again'),
});

const webhookSubscriptionDetailSchema = webhookSubscriptionSchema.extend({
  deliveries: z
    .object({ queued: z.number().int(), sent: z.number().int(), failed: z.number().int() })
    .describe("How many of this subscription's deliveries are in each state"),
});

export class WebhookSubscriptionDto extends createZodDto(webhookSubscriptionSchema) {}
export class CreatedWebhookSubscriptionDto extends createZodDto(createdWebhookSubscriptionSchema) {}
export class WebhookSubscriptionDetailDto extends createZodDto(webhookSubscriptionDetailSchema) {}
export class RedeliveriesResultDto extends createZodDto(
  z.object({ requeued: z.number().int().describe('Deliveries queued again') }),
) {}
