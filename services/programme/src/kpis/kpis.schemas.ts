import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, isoDate, regionCode, safeText, statusType, textMatching } from '@aeo/contracts';
import { PERIODS } from './periods';

export const kpiIdParamsSchema = z.strictObject({
  kpiId: textMatching(
    /^[a-z0-9-]{1,64}$/,
    'must be a KPI id such as certification-time-median (GET /v1/kpis lists them)',
  ),
});
export class KpiIdParams extends createZodDto(kpiIdParamsSchema) {}

const scope = {
  period: z.enum(PERIODS).default('month'),
  /** First day of the range (in PROGRAMME_TIME_ZONE); its period is reported whole. Default: eleven periods before the current one. */
  from: isoDate().optional(),
  /** Day after the range (exclusive, in PROGRAMME_TIME_ZONE). Default: the end of the current period. */
  to: isoDate().optional(),
  /** Only this region; a regional office's default (and only allowed) scope is its own region. */
  region: regionCode.optional(),
  statusType: statusType.optional(),
};
const fromBeforeTo = <T extends { from?: string; to?: string }>(query: T) =>
  query.from === undefined || query.to === undefined || query.from < query.to;
const TO_AFTER_FROM = { message: 'must be after from', path: ['to'] };

export const kpiValuesQuerySchema = z.strictObject(scope).refine(fromBeforeTo, TO_AFTER_FROM);
export type KpiValuesQuery = z.output<typeof kpiValuesQuerySchema>;
export class KpiValuesQueryDto extends createZodDto(kpiValuesQuerySchema) {}

export const kpiEventsQuerySchema = z
  .strictObject({
    ...scope,
    limit: intParam({ min: 1, max: 500 }).default(100),
    /** The `nextCursor` of the previous page. */
    after: safeText.min(1).max(200).optional(),
  })
  .refine(fromBeforeTo, TO_AFTER_FROM);
export type KpiEventsQuery = z.output<typeof kpiEventsQuerySchema>;
export class KpiEventsQueryDto extends createZodDto(kpiEventsQuerySchema) {}
