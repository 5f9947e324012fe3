import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { responseInstant } from '@aeo/service-kit';

const role = z.enum(['administrator', 'member']);

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An invitation as its company's administrators see it (never its code). */
export const invitationSchema = z.object({
  id: z.uuid(),
  operatorId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role,
  language: z.enum(['mn', 'en']),
  status: z.enum(INVITATION_STATUSES).describe('pending until accepted, revoked or past expiresAt'),
  invitedBy: z.string(),
  invitedAt: responseInstant,
  expiresAt: responseInstant,
  acceptedAt: responseInstant.optional(),
  acceptedSub: z.string().optional().describe('The account that accepted it'),
  revokedAt: responseInstant.optional(),
  revokedBy: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export class InvitationDto extends createZodDto(invitationSchema) {}

/** What the identity provider shows on the invitation page. */
export const invitationLookupAnswerSchema = invitationSchema
  .pick({ id: true, email: true, name: true, role: true, language: true, status: true, expiresAt: true })
  .extend({ operatorName: z.string(), taxpayerId: z.string() });
export type InvitationLookupAnswer = z.infer<typeof invitationLookupAnswerSchema>;
export class InvitationLookupAnswerDto extends createZodDto(invitationLookupAnswerSchema) {}

export const invitationRedeemedSchema = z.object({
  invitationId: z.uuid(),
  operatorId: z.uuid(),
  operatorName: z.string(),
  taxpayerId: z.string(),
  sub: z.string(),
  role,
});
export class InvitationRedeemedDto extends createZodDto(invitationRedeemedSchema) {}
