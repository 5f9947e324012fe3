import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';

export const riskProfileParamsSchema = z.strictObject({ operatorId: z.uuid() });
export class RiskProfileParams extends createZodDto(riskProfileParamsSchema) {}
