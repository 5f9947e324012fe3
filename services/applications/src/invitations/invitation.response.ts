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
  invitedBy: z
    .string()
    .nullable()
    .describe(
      'Who invited: not shown to operator users (null) unless a current user of the company (an administrator) did; customs staff read it as stored',
    ),
  invitedAt: responseInstant,
  expiresAt: responseInstant,
  acceptedAt: responseInstant.optional(),
  acceptedSub: z.string().optional().describe('The account that accepted it'),
  revokedAt: responseInstant.optional(),
  revokedBy: z
    .string()
    .nullable()
    .optional()
    .describe(
      'Who revoked it (present once revoked): not shown to operator users (null) unless a current user of the company did',
    ),
});
export type Invitation = z.infer<typeof invitationSchema>;
/** An invitation as stored: who invited and who revoked, never withheld. */
export type StoredInvitation = Invitation & { invitedBy: string; revokedBy?: string };
export class InvitationDto extends createZodDto(invitationSchema) {}

/**
 * An invitation as an operator user may read it: the company's users do not learn which customs
 * officer invited or revoked (as `addedBy` in the company's users); one of their own still says who.
 * `companySubs` are the company's current users.
 */
export function invitationAsSeenByCompany(invitation: Invitation, companySubs: ReadonlySet<string>): Invitation {
  const shown = (sub: string | null | undefined) => (sub && companySubs.has(sub) ? sub : null);
  return {
    ...invitation,
    invitedBy: shown(invitation.invitedBy),
    ...(invitation.revokedBy === undefined ? {} : { revokedBy: shown(invitation.revokedBy) }),
  };
}

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
