import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const weight = z.coerce.number().min(0).max(100).default(1);

export const pilotCandidatesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  windowDays: z.coerce.number().int().min(1).max(1095).default(365).describe('Declarations of the last N days count'),
  exclusionYears: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .describe('Serious infringements of the last N years exclude a trader'),
  weightVolume: weight.describe('Weight of the share of declarations'),
  weightValue: weight.describe('Weight of the share of customs value'),
  weightRevenue: weight.describe('Weight of the share of duties and taxes'),
});
export class PilotCandidatesQuery extends createZodDto(pilotCandidatesQuerySchema) {}
