import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const contactOfficerAssignmentSchema = z.object({
  taxpayerId: z.string().describe('The operator'),
  officerSub: z.string().describe('Its contact officer (in the staff contact directory)'),
  officerName: z.string(),
  region: z.string().nullable().describe("The officer's region"),
  assignedBy: z.string(),
  assignedAt: z.iso.datetime(),
});
export type ContactOfficerAssignment = z.infer<typeof contactOfficerAssignmentSchema>;
export class ContactOfficerAssignmentDto extends createZodDto(contactOfficerAssignmentSchema) {}
