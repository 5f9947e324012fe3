import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { decimalParam, intParam, regionCode } from '@aeo/contracts';

export const BENEFITS_TEST_DEFAULTS = { windowDays: 90, volumeBand: 2 } as const;

/** How the benefits test is measured (the window and the comparable traders' band) and for which region. */
export const benefitsTestQuerySchema = z.strictObject({
  /** The length of the windows before and after a company's certification, in days. */
  windowDays: intParam({ min: 7, max: 365 }).default(BENEFITS_TEST_DEFAULTS.windowDays),
  /** Comparable traders have from the company's volume divided by this to it multiplied by this. */
  volumeBand: decimalParam({ min: 1, max: 10 }).default(BENEFITS_TEST_DEFAULTS.volumeBand),
  /** Only the companies of this region (a regional office: its own, another is 403). */
  region: regionCode.optional(),
});
export type BenefitsTestQuery = z.output<typeof benefitsTestQuerySchema>;
export class BenefitsTestQueryDto extends createZodDto(benefitsTestQuerySchema) {}
