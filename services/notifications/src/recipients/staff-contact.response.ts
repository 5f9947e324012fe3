import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The columns a staff contact is shown from. */
export const STAFF_CONTACT_COLUMNS = 'sub, name, email, language, roles, region, active, updated_by, updated_at';

export interface StaffContactRow {
  sub: string;
  name: string;
  email: string | null;
  language: 'mn' | 'en';
  roles: string[];
  region: string | null;
  active: boolean;
  updated_by: string;
  updated_at: Date;
}

export const staffContactSchema = z.object({
  sub: z.string().describe('Subject of the person in the identity provider'),
  name: z.string(),
  email: z.string().nullable().describe('Where emails go; null = in-app only'),
  language: z.enum(['mn', 'en']),
  roles: z.array(z.string()),
  region: z.string().nullable().describe('Region of regional staff; null = national'),
  active: z.boolean().describe('false once deleted: no more notifications'),
  updatedBy: z.string(),
  updatedAt: z.iso.datetime(),
});
export type StaffContact = z.infer<typeof staffContactSchema>;
export class StaffContactDto extends createZodDto(staffContactSchema) {}

export function toStaffContact(row: StaffContactRow): StaffContact {
  return {
    sub: row.sub,
    name: row.name,
    email: row.email,
    language: row.language,
    roles: row.roles,
    region: row.region,
    active: row.active,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
