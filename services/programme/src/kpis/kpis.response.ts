import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';
import { KPI_DIMENSIONS, KPI_FAMILIES, KPI_UNITS } from './kpi-definitions';
import { PERIODS } from './periods';

const unit = z.enum(KPI_UNITS).describe('days (with fractions), share (0 to 1) or count');
const direction = z.enum(['higher', 'lower']).describe('Which side of the target is good');

export const kpiDefinitionSchema = z.object({
  id: z.string(),
  family: z.enum(KPI_FAMILIES),
  name: z.object({ mn: z.string(), en: z.string() }),
  definition: z.string(),
  unit,
  target: z.number().nullable().describe('Null for a volume watched without a target'),
  direction,
  dimensions: z.array(z.enum(KPI_DIMENSIONS)).describe('What the KPI can be broken down by'),
  sql: z.string().describe('The query computing it per period ($1 period, $2 from, $3 to, $4 region, $5 status type)'),
});
export class KpiDefinitionDto extends createZodDto(kpiDefinitionSchema) {}

export const kpiValueSchema = z.object({
  period: z.string().describe('2026-W49, 2026-12 or 2026-Q4'),
  start: responseInstant,
  end: responseInstant.describe('Exclusive'),
  value: z.number().nullable().describe('Null when no process fell in the period'),
  sample: z.number().int().describe('How many processes (or events, or declarations) the figure is computed from'),
  numerator: z
    .number()
    .nullable()
    .describe('For a share: how many of the sample met the condition; for a ratio: the numerator sum'),
  denominator: z.number().nullable().describe('For a ratio: the denominator sum (null for other measures)'),
  onTarget: z.boolean().nullable().describe('Whether the value is on the good side of the target (or on it)'),
});

export const kpiValuesSchema = z.object({
  kpiId: z.string(),
  unit,
  target: z.number().nullable(),
  direction,
  period: z.enum(PERIODS),
  from: responseInstant.describe('Start of the first period of the range (the asked from, widened to its period)'),
  to: responseInstant.describe(
    'End (exclusive) of the last period of the range: the asked to, widened to the end of the period holding its last day',
  ),
  region: z.string().nullable().describe('Null: all regions'),
  statusType: z.string().nullable().describe('Null: all status types'),
  values: z.array(kpiValueSchema).describe('Every period of the range, oldest first, including those without data'),
});
export class KpiValuesDto extends createZodDto(kpiValuesSchema) {}

export const kpiEventSchema = z.object({
  eventId: z.string(),
  type: z.string(),
  subject: z.string().describe('The event’s subject: an application id, an authorisation number, a case id…'),
  processId: z
    .string()
    .describe('The process the event counts for in the KPI’s family: application, revalidation cycle, case, event'),
  applicationId: z.uuid().nullable().describe('The application the event concerns, when there is one'),
  occurredAt: responseInstant.describe('The time the event states (or its publication time when it states none)'),
  region: z.string().nullable().describe('Null for events without a region (notification outcomes, dead letters)'),
  statusType: z.string().nullable(),
  detail: z
    .string()
    .nullable()
    .describe('What the event states in words where the KPI breaks down by it: grounds, reason, dead-letter cause'),
  category: z
    .string()
    .nullish()
    .describe(
      'Its short code: a suspension’s scope, a revocation’s reason, a reminder’s kind, a dead letter’s original topic',
    ),
  period: z.string().describe('The period of the figure the event feeds'),
});

export const kpiEventsSchema = z.object({
  kpiId: z.string(),
  items: z.array(kpiEventSchema).describe('Ordered by the period instant of their process, then the event id'),
  nextCursor: z.string().nullable().describe('Pass as `after` for the next page; null on the last page'),
});
export class KpiEventsDto extends createZodDto(kpiEventsSchema) {}
