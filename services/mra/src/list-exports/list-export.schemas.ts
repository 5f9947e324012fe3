import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const deltaQuerySchema = z.strictObject({
  since: z.coerce
    .number()
    .int()
    .min(1)
    .describe('The version the partner holds; the answer is the delta to the latest'),
});
export class DeltaQuery extends createZodDto(deltaQuerySchema) {}
