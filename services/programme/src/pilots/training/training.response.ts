import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PILOT_TRAINING_AUDIENCES } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';

export const sessionSchema = z.object({
  id: z.uuid(),
  pilotId: z.uuid(),
  topic: z.string(),
  required: z.boolean().describe('A required topic counts towards a company’s training milestone'),
  startsAt: responseInstant,
  endsAt: responseInstant,
  place: z.string().nullable(),
  link: z.string().nullable(),
  audience: z.enum(PILOT_TRAINING_AUDIENCES),
  capacity: z.number().int(),
  registered: z.number().int().describe('People registered (all companies)'),
  createdBy: z.string(),
  createdAt: responseInstant,
  attendanceRecordedAt: responseInstant.nullable().describe('When attendance was last recorded; null before'),
});
export class SessionDto extends createZodDto(sessionSchema) {}

export const registrationResponseSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  taxpayerId: z.string().nullable().describe('The company, for a company’s staff member'),
  region: z.string().nullable().describe('The company’s region'),
  staffSub: z.string().nullable().describe('The customs staff member, for a customs-staff session'),
  personName: z.string(),
  personRole: z.string(),
  registeredBy: z.string(),
  registeredAt: responseInstant,
  attended: z.boolean().nullable().describe('Null until attendance is recorded'),
  attendanceBy: z.string().nullable(),
  attendanceAt: responseInstant.nullable(),
});
export class RegistrationResponseDto extends createZodDto(registrationResponseSchema) {}

export const materialResponseSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  title: z.string(),
  link: z.string().nullable(),
  documentRef: z.string().nullable(),
  addedBy: z.string(),
  addedAt: responseInstant,
});
export class MaterialResponseDto extends createZodDto(materialResponseSchema) {}

export const sessionDetailSchema = sessionSchema.extend({
  registrations: z
    .array(registrationResponseSchema)
    .describe(
      'The registrations the caller may see: all for national staff, its region’s companies for regional staff, its own for an operator user',
    ),
  materials: z.array(materialResponseSchema),
});
export class SessionDetailDto extends createZodDto(sessionDetailSchema) {}

export const trainingStatusSchema = z.object({
  pilotId: z.uuid(),
  taxpayerId: z.string(),
  region: z.string(),
  requiredTopics: z.array(z.string()).describe('The required topics of the pilot’s company-staff sessions'),
  attendedTopics: z.array(z.string()).describe('Topics of sessions the company’s staff attended'),
  missingTopics: z.array(z.string()),
  completed: z.boolean().describe('Every required topic attended (the training milestone), once reached it stays'),
  completedAt: responseInstant.nullable(),
});
export class TrainingStatusDto extends createZodDto(trainingStatusSchema) {}
