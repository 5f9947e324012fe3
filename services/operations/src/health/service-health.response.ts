import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

const dependencyHealthSchema = z.object({
  name: z.string().describe('database, kafka, temporal, identity-provider; temporal-worker for the worker'),
  status: z.enum(['up', 'down']),
  detail: z.string(),
});

export class ServiceHealthDto extends createZodDto(
  z.object({
    service: z.string(),
    url: z.string().describe('The readiness endpoint checked'),
    status: z.enum(['up', 'down']),
    detail: z
      .string()
      .describe('ready, or why not: the HTTP status and the dependencies down, no answer in time, unreachable'),
    checkedAt: responseInstant,
    latencyMs: z.number().int(),
    dependencies: z.array(dependencyHealthSchema).describe('As the service reports them'),
  }),
) {}
