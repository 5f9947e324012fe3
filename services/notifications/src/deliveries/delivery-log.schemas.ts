import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ROLES } from '@aeo/auth';
import { safeText } from '@aeo/contracts';
import { pageQueryShape } from '@aeo/service-kit';
import { channel, DELIVERY_SORTS, deliveryStatus } from './deliveries.repository';

/** Who reads the delivery log (each within the scope DeliveriesService gives them). */
export const LOG_READERS = [ROLES.operations, ROLES.regionalOffice, ROLES.executive, ROLES.backendPlatform] as const;

/** The delivery log's filters, in both its forms (`GET /v1/deliveries` and `GET /v1/delivery-log`). */
export const deliveryFilterShape = {
  sourceEventId: safeText.min(1).max(200).optional(),
  status: deliveryStatus.optional(),
  channel: channel.optional(),
  recipient: safeText.min(1).max(400).optional(),
  subscriptionId: z.uuid().optional(),
};

/** How a page of deliveries is asked for (the delivery log, a subscription's deliveries). */
export const deliveryPagingShape = pageQueryShape(DELIVERY_SORTS, {
  sort: 'createdAt',
  order: 'desc',
  sortDescription: 'createdAt (the default: newest first), updatedAt (the latest change or attempt) or attempts',
});

export class DeliveryPageQuery extends createZodDto(
  z.strictObject({
    ...deliveryFilterShape,
    recipient: safeText
      .min(1)
      .max(400)
      .optional()
      .describe('The start of the recipient (email:<address>, webhook:<subscription id>, operator:…, staff:…)'),
    ...deliveryPagingShape,
  }),
) {}
