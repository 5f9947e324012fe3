import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

export const thresholdVersionSchema = z.object({
  kpiId: z.string(),
  version: z.number().int().describe('1 for the default seeded from the KPI’s target; each change adds one'),
  bound: z.enum(['upper', 'lower']).describe('upper: the KPI must stay at or below the limit; lower: at or above it'),
  limit: z.number(),
  periodsToVerify: z.number().int().describe('Consecutive periods within the threshold before a deviation case closes'),
  period: z.enum(['week', 'month', 'quarter']).describe('The period length the KPI is evaluated by'),
  changedBy: z.string().describe('Token subject, or system for the seeded default'),
  changedAt: responseInstant,
  reason: z.string(),
  withdrawn: z
    .boolean()
    .describe(
      'This version withdraws the threshold (its figures are the previous version’s): no deviation case opens on the KPI',
    ),
});
export class ThresholdVersionDto extends createZodDto(thresholdVersionSchema) {}

/** A record with its `history` (each entry of `entry`'s shape, in the order `description` says). */
export const withHistory = <Shape extends z.ZodRawShape, E extends z.ZodType>(
  schema: z.ZodObject<Shape>,
  entry: E,
  description: string,
) => schema.extend({ history: z.array(entry).describe(description) });

export const thresholdWithHistorySchema = withHistory(
  thresholdVersionSchema,
  thresholdVersionSchema,
  'Every version, newest first (the first is the one in force)',
);
export class ThresholdWithHistoryDto extends createZodDto(thresholdWithHistorySchema) {}
