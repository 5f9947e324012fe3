import { z } from 'zod';
import { customsRegionsEnv, platformEnvSchema } from '@aeo/config';
import { taxpayerIdPatternEnv } from '@aeo/contracts';
import { DEFAULT_TIME_ZONE, isTimeZone } from './kpis/periods';

export const SERVICE_NAME = 'programme';

export const programmeEnvSchema = platformEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3008),
  /** The regions a `region` query parameter may name (400 for another). */
  CUSTOMS_REGIONS: customsRegionsEnv,
  /** The programme's taxpayer id format (shared with applications and risk-management): pilot routes' `taxpayerId` (400 for another). */
  TAXPAYER_ID_PATTERN: taxpayerIdPatternEnv,
  /**
   * The administration's time zone (IANA name) the KPI periods are days, weeks, months and
   * quarters of: a declaration lodged 2026-03-31T20:00Z counts in April in Asia/Ulaanbaatar. UTC
   * by default (the figures as before). Checked here against Node's time zone data, and at the
   * service's start against PostgreSQL's, which applies it (facts/benefit-rollup-time-zone.ts).
   */
  PROGRAMME_TIME_ZONE: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, 'must be an IANA time zone name, e.g. Asia/Ulaanbaatar or UTC'),
  /** When the quarterly report on the quarter just ended is made (cron, UTC; empty: no schedule). */
  PROGRAMME_REPORT_CRON: z.string().trim().default('0 1 1 1,4,7,10 *'),
  /**
   * On-demand reports (POST /v1/reports) one instance produces at once, each holding a pooled
   * connection while it renders; more answer 503 with Retry-After. Keep it well below DATABASE_POOL_SIZE.
   */
  REPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(50).default(2),
  /** Seconds between two runs of the deviation evaluator (KPI values against thresholds); 0: it does not run by itself. */
  DEVIATION_EVALUATION_INTERVAL_S: z.coerce.number().int().min(0).max(86_400).default(3600),
  /**
   * Seconds after the service's start before the evaluator's first run, so that the KPI consumers
   * catch up on what was published while it was down (a backlog KPI read before would open cases
   * by mistake); 0: at once.
   */
  DEVIATION_FIRST_EVALUATION_DELAY_S: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Completed periods the evaluator looks back over (late events can change a period's value). */
  DEVIATION_LOOKBACK_PERIODS: z.coerce.number().int().min(1).max(24).default(3),
  /**
   * How many days before today a new pilot's start date may lie: 0 (the default) refuses any start
   * before today (400 naming startsOn). Only for loading a past pilot (the local demo data, tests).
   */
  PILOT_START_BACKDATING_DAYS: z.coerce.number().int().min(0).max(3650).default(0),
  /**
   * Seconds between two sweeps that withdraw the candidates still chosen or invited of pilots
   * cancelled or over (a cancellation or end whose withdrawal did not finish); it also runs at the
   * service's start. 0: it does not run.
   */
  PILOT_SWEEP_INTERVAL_S: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Consecutive periods back within the threshold before a case closes, for the thresholds seeded from the KPI targets. */
  DEVIATION_PERIODS_TO_VERIFY: z.coerce.number().int().min(1).max(24).default(2),
});
export type ProgrammeConfig = z.infer<typeof programmeEnvSchema>;
