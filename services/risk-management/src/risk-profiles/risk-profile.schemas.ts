import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { taxpayerId } from '@aeo/contracts';

export const riskProfileParamsSchema = z.strictObject({ operatorId: z.uuid() });
export class RiskProfileParams extends createZodDto(riskProfileParamsSchema) {}

export const taxpayerProfileParamsSchema = z.strictObject({ taxpayerId });
export class TaxpayerProfileParams extends createZodDto(taxpayerProfileParamsSchema) {}
