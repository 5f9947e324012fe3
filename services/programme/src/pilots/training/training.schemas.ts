import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { userSub } from '@aeo/auth';
import { isoDateTime, PILOT_TRAINING_AUDIENCES, safeText, trimmedVisibleText, uuid } from '@aeo/contracts';
import { taxpayerIdSchema } from '../selection/selection.schemas';

const text = (max: number) => safeText.trim().min(1).max(max);
/** One-line text people read (titles, names): nothing hidden in it, unlike free text. */
const visible = (max: number) => trimmedVisibleText.min(1).max(max);
const webLink = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

export const sessionParamsSchema = z.strictObject({ pilotId: uuid, sessionId: uuid });
export class SessionParams extends createZodDto(sessionParamsSchema) {}

/** A training session: at a place, online (link), or both; it ends after it starts. */
export const newSessionSchema = z
  .strictObject({
    topic: visible(200),
    /** A required topic counts towards a company's training milestone (company-staff sessions only). */
    required: z.boolean().default(true),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    place: text(500).optional(),
    link: webLink.optional(),
    audience: z.enum(PILOT_TRAINING_AUDIENCES),
    capacity: z.number().int().min(1).max(1000),
  })
  .superRefine((session, context) => {
    if (!session.place && !session.link)
      context.addIssue({ code: 'custom', path: ['place'], message: 'a place or a link (or both) is required' });
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt))
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
  });
export type NewSession = z.output<typeof newSessionSchema>;
export class NewSessionDto extends createZodDto(newSessionSchema) {}

/**
 * A person registered for a session: a pilot company's staff member (taxpayerId; an operator user
 * registers its own company's staff and may leave it out) or a customs staff member (staffSub).
 */
export const registrationSchema = z.strictObject({
  taxpayerId: taxpayerIdSchema.optional(),
  /** A sub as OpenID Connect allows it (the staff member's token subject). */
  staffSub: userSub.optional(),
  personName: visible(300),
  personRole: visible(200),
});
export type RegistrationRequest = z.output<typeof registrationSchema>;
export class RegistrationDto extends createZodDto(registrationSchema) {}

/** Who attended the session and who did not, by registration. */
export const attendanceSchema = z.strictObject({
  attendance: z
    .array(z.strictObject({ registrationId: uuid, attended: z.boolean() }))
    .min(1)
    .max(1000)
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        if (seen.has(entry.registrationId))
          context.addIssue({ code: 'custom', path: [index, 'registrationId'], message: 'is listed twice' });
        seen.add(entry.registrationId);
      });
    }),
});
export type AttendanceRequest = z.output<typeof attendanceSchema>;
export class AttendanceDto extends createZodDto(attendanceSchema) {}

/** A material of the session: a link or a reference to a document (one of them). */
export const materialSchema = z
  .strictObject({ title: visible(300), link: webLink.optional(), documentRef: text(300).optional() })
  .superRefine((material, context) => {
    if ((material.link === undefined) === (material.documentRef === undefined))
      context.addIssue({ code: 'custom', path: ['link'], message: 'give either a link or a documentRef' });
  });
export type MaterialRequest = z.output<typeof materialSchema>;
export class MaterialDto extends createZodDto(materialSchema) {}
