import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthenticatedUser } from '@aeo/auth';
import { PILOT_TRAINING_AUDIENCES } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { companyViewOf, readsAsCompany } from '../company-view';
import type { TrainingMaterial, TrainingRegistration, TrainingSession } from './training.repository';

const notShown = 'not shown to operator users (null for them)';

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
  createdBy: z.string().nullable().describe(`The policy unit member who scheduled it; ${notShown}`),
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
  registeredBy: z
    .string()
    .nullable()
    .describe(`Who registered the person (a user of the company, or the policy unit); ${notShown}`),
  registeredAt: responseInstant,
  attended: z.boolean().nullable().describe('Null until attendance is recorded'),
  attendanceBy: z
    .string()
    .nullable()
    .describe(`Who recorded the attendance (the policy unit or a contact officer); null before; ${notShown}`),
  attendanceAt: responseInstant.nullable(),
});
export class RegistrationResponseDto extends createZodDto(registrationResponseSchema) {}

export const materialResponseSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  title: z.string(),
  link: z.string().nullable(),
  documentRef: z.string().nullable(),
  addedBy: z.string().nullable().describe(`The policy unit member who added it; ${notShown}`),
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

/*
 * A pilot's training as an operator user reads it: its sessions, its own staff's registrations and
 * attendance, the materials; not the customs staff who scheduled, registered, recorded or added
 * them (null). Customs staff read them whole.
 */
const SESSION_SHOWN = [
  'id',
  'pilotId',
  'topic',
  'required',
  'startsAt',
  'endsAt',
  'place',
  'link',
  'audience',
  'capacity',
  'registered',
  'createdAt',
  'attendanceRecordedAt',
] as const;
const REGISTRATION_SHOWN = [
  'id',
  'sessionId',
  'taxpayerId',
  'region',
  'staffSub',
  'personName',
  'personRole',
  'registeredAt',
  'attended',
  'attendanceAt',
] as const;
const MATERIAL_SHOWN = ['id', 'sessionId', 'title', 'link', 'documentRef', 'addedAt'] as const;

export function sessionAsSeenBy(user: AuthenticatedUser, session: TrainingSession) {
  return readsAsCompany(user) ? companyViewOf(session, SESSION_SHOWN, ['createdBy']) : session;
}

export function registrationAsSeenBy(user: AuthenticatedUser, registration: TrainingRegistration) {
  return readsAsCompany(user)
    ? companyViewOf(registration, REGISTRATION_SHOWN, ['registeredBy', 'attendanceBy'])
    : registration;
}

export function materialAsSeenBy(user: AuthenticatedUser, material: TrainingMaterial) {
  return readsAsCompany(user) ? companyViewOf(material, MATERIAL_SHOWN, ['addedBy']) : material;
}

/** A session with its registrations and materials as the caller may read them. */
export function sessionDetailAsSeenBy(
  user: AuthenticatedUser,
  detail: TrainingSession & { registrations: TrainingRegistration[]; materials: TrainingMaterial[] },
) {
  return {
    ...sessionAsSeenBy(user, detail),
    registrations: detail.registrations.map((registration) => registrationAsSeenBy(user, registration)),
    materials: detail.materials.map((material) => materialAsSeenBy(user, material)),
  };
}
