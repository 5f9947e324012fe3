import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';

export const validationCaseIdParamsSchema = z.strictObject({ caseId: z.uuid() });
export class ValidationCaseIdParams extends createZodDto(validationCaseIdParamsSchema) {}

export const listValidationCasesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export class ListValidationCasesQuery extends createZodDto(listValidationCasesQuerySchema) {}
