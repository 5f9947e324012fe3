import { z } from 'zod';

export const DELIVERY_STATUSES = ['failed', 'queued', 'sent'] as const;
export const DELIVERY_CHANNELS = ['email', 'webhook', 'in-app'] as const;

/** The delivery log's filters, sort and page in the URL: the failed deliveries by default. */
export const deliverySearchSchema = z.object({
  status: z
    .enum([...DELIVERY_STATUSES, 'all'])
    .default('failed')
    .catch('failed'),
  channel: z.enum(DELIVERY_CHANNELS).optional().catch(undefined),
  recipient: z.string().trim().min(1).max(400).optional().catch(undefined),
  sort: z.enum(['createdAt', 'updatedAt', 'attempts']).default('createdAt').catch('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc').catch('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
export type DeliverySearch = z.infer<typeof deliverySearchSchema>;
