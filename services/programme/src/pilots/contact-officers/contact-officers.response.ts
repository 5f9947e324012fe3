import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

export const officerAssignmentResponseSchema = z.object({
  pilotId: z.uuid(),
  taxpayerId: z.string(),
  sequence: z
    .number()
    .int()
    .describe('1 for the first assignment of the company in the pilot; each reassignment adds one'),
  operatorId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  region: z.string().describe('The company’s region (the officer works there)'),
  officerSub: z.string(),
  officerName: z.string().nullable(),
  assignedBy: z.string().describe('Token subject of the policy unit member who assigned'),
  assignedAt: responseInstant,
  reason: z.string(),
});
export class OfficerAssignmentResponseDto extends createZodDto(officerAssignmentResponseSchema) {}

export const companyOfficerSchema = officerAssignmentResponseSchema.extend({
  history: z
    .array(officerAssignmentResponseSchema)
    .describe('Every assignment of the company’s contact officer, newest (the officer in charge) first'),
});
export class CompanyOfficerDto extends createZodDto(companyOfficerSchema) {}
