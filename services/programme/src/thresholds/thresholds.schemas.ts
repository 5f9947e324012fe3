import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { trimmedVisibleMultilineText } from '@aeo/contracts';
import { PERIODS } from '../kpis/periods';

/**
 * A new version of a KPI's threshold. The bound follows from the KPI's direction (a KPI where
 * lower is better has an upper bound), so only the limit, the verification periods, the period
 * length and the reason are given.
 */
export const newThresholdSchema = z.strictObject({
  /** In the KPI's unit: a share between 0 and 1, days between 0 and 3650, a count a whole number up to 1000000 (checked where the KPI is known). */
  limit: z.number().finite(),
  /** Consecutive periods back within the threshold before a deviation case closes. */
  periodsToVerify: z.number().int().min(1).max(24),
  /** The period length the KPI is evaluated by. */
  period: z.enum(PERIODS).default('month'),
  /** Why the threshold changes (kept with the version and in the audit trail). */
  reason: trimmedVisibleMultilineText.min(1).max(2000),
});
export type NewThreshold = z.output<typeof newThresholdSchema>;
export class NewThresholdDto extends createZodDto(newThresholdSchema) {}

/** Why a KPI's threshold is withdrawn (kept with the withdrawing version and in the audit trail). */
export const thresholdWithdrawalSchema = z.strictObject({ reason: newThresholdSchema.shape.reason });
export type ThresholdWithdrawal = z.output<typeof thresholdWithdrawalSchema>;
export class ThresholdWithdrawalDto extends createZodDto(thresholdWithdrawalSchema) {}
