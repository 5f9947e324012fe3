import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { pageQueryShape } from '@aeo/service-kit';
import { CASE_PURPOSES, CASE_STATUSES } from '../validation-cases/validation-case';

export const COMPANY_VALIDATION_SORTS = ['openedAt'] as const;

export const companyValidationsQuerySchema = z.strictObject({
  status: z.enum(CASE_STATUSES).optional().describe('open, reported or closed'),
  purpose: z.enum(CASE_PURPOSES).optional().describe('certification or revalidation'),
  ...pageQueryShape(COMPANY_VALIDATION_SORTS, {
    sort: 'openedAt',
    order: 'desc',
    sortDescription: 'openedAt (the only sort; newest first by default)',
  }),
});
export class CompanyValidationsQuery extends createZodDto(companyValidationsQuerySchema) {}
