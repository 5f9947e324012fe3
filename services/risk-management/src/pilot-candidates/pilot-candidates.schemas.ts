import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { decimalParam, intParam } from '@aeo/contracts';

const weight = decimalParam({ min: 0, max: 100 }).default(1);

export const pilotCandidatesQuerySchema = z.strictObject({
  limit: intParam({ min: 1, max: 100 }).default(10),
  windowDays: intParam({ min: 1, max: 1095 })
    .default(365)
    .describe('Declarations of the last N days count (1 to 1095)'),
  exclusionYears: intParam({ min: 1, max: 10 })
    .default(3)
    .describe('Serious infringements of the last N years exclude a trader (1 to 10)'),
  weightVolume: weight.describe('Weight of the share of declarations (0 to 100)'),
  weightValue: weight.describe('Weight of the share of customs value (0 to 100)'),
  weightRevenue: weight.describe('Weight of the share of duties and taxes (0 to 100)'),
});
export class PilotCandidatesQuery extends createZodDto(pilotCandidatesQuerySchema) {}
