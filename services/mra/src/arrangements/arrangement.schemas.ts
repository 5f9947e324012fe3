import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';

export const arrangementIdParamsSchema = z.strictObject({ arrangementId: z.uuid() });
export class ArrangementIdParams extends createZodDto(arrangementIdParamsSchema) {}
