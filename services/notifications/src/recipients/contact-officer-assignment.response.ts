import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** An assignment with its officer's name and region, as read for the API. */
export const CONTACT_OFFICER_ASSIGNMENT_SELECT = `SELECT a.taxpayer_id, a.officer_sub, s.name AS officer_name, s.region, a.assigned_by, a.assigned_at
  FROM operator_contact_officers a JOIN staff_contacts s ON s.sub = a.officer_sub`;

export interface ContactOfficerAssignmentRow {
  taxpayer_id: string;
  officer_sub: string;
  officer_name: string;
  region: string | null;
  assigned_by: string;
  assigned_at: Date;
}

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

export function toContactOfficerAssignment(row: ContactOfficerAssignmentRow): ContactOfficerAssignment {
  return {
    taxpayerId: row.taxpayer_id,
    officerSub: row.officer_sub,
    officerName: row.officer_name,
    region: row.region,
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at.toISOString(),
  };
}
