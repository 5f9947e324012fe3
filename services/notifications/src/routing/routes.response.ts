import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AUDIENCES } from './routes';

export const routingTableSchema = z.object({
  audiences: z.array(z.enum(AUDIENCES)),
  routes: z.array(
    z.object({
      eventType: z.string(),
      recipients: z.array(
        z.object({
          audience: z.enum(AUDIENCES),
          template: z.string().describe('<name>.v<version>'),
          conditional: z.boolean().describe('Only for some events of this type'),
        }),
      ),
    }),
  ),
  webhookEventTypes: z.array(z.string()).describe('What a webhook subscription can name'),
  companyWebhookEventTypes: z
    .array(z.string())
    .describe(
      'What a company’s own subscription can name (and its `*` stands for): the events about one company that the company itself is told of',
    ),
});
export type RoutingTable = z.infer<typeof routingTableSchema>;
export class RoutingTableDto extends createZodDto(routingTableSchema) {}
