import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

const riskFactorSchema = z.object({
  factor: z.enum(['baseline', 'compliance-history', 'limited-history', 'value-exposure', 'aeo-status']),
  contribution: z.number(),
  detail: z.string(),
});

/** An operator's risk profile (OperatorRiskProfile of risk-profiles.repository.ts). */
export const riskProfileSchema = z.object({
  taxpayerId: z.string(),
  operatorId: z.uuid().nullable().describe('null until the trader registers as an operator'),
  aeoStatus: z.string().nullable().describe('AEO status as risk management knows it; null = not an AEO'),
  statusType: z.string().nullable().describe('AEOC, AEOS or AEOF'),
  riskScore: z.number().nullable().describe('0 (no risk) to 100; null until first scored'),
  riskFactors: z.array(riskFactorSchema).nullable(),
  modelVersion: z.string().nullable(),
  scoredAt: responseInstant.nullable(),
  declarationsTotal: z.number().int(),
  firstDeclarationAt: responseInstant.nullable(),
  lastDeclarationAt: responseInstant.nullable(),
  updatedAt: responseInstant,
});
export class RiskProfileDto extends createZodDto(riskProfileSchema) {}

const declarationWindowSchema = z.object({
  declarations: z.number().int(),
  customsValue: z.number(),
  duties: z.number(),
});

/** A trader's score with its factors, rolling declaration windows and last score changes. */
export const taxpayerRiskProfileSchema = z.object({
  taxpayerId: z.string(),
  operatorId: z.uuid().nullable(),
  aeoStatus: z.string().nullable(),
  statusType: z.string().nullable(),
  riskScore: z.number().nullable(),
  factors: z.array(riskFactorSchema),
  modelVersion: z.string().nullable(),
  scoredAt: responseInstant.nullable(),
  declarationsTotal: z.number().int(),
  firstDeclarationAt: responseInstant.nullable(),
  lastDeclarationAt: responseInstant.nullable(),
  windows: z
    .object({ d30: declarationWindowSchema, d90: declarationWindowSchema, d365: declarationWindowSchema })
    .describe('Declarations of the last 30, 90 and 365 days (UTC)'),
  scoreHistory: z
    .array(
      z.object({
        score: z.number(),
        previousScore: z.number().nullable(),
        trigger: z.string(),
        sourceEventId: z.string().nullable(),
        modelVersion: z.string(),
        computedAt: responseInstant,
      }),
    )
    .describe('The last 20 score changes, newest first'),
});
export class TaxpayerRiskProfileDto extends createZodDto(taxpayerRiskProfileSchema) {}
