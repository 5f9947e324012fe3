import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

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
