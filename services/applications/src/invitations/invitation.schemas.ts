import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { email, language, safeText, textMatching, trimmedVisibleText } from '@aeo/contracts';

const role = z.enum(['administrator', 'member']);
/** The code of an invitation link (43 URL-safe characters). */
const code = textMatching(/^[A-Za-z0-9_-]{43}$/, 'must be the code of an invitation link (43 characters)');

export const createInvitationSchema = z.strictObject({
  email,
  name: trimmedVisibleText.min(1).max(200),
  role: role.default('member'),
  language: language.describe('The language of the invitation email and of the invitation page'),
});
export class CreateInvitationDto extends createZodDto(createInvitationSchema) {}

export const invitationParamsSchema = z.strictObject({ operatorId: z.uuid(), invitationId: z.uuid() });
export class InvitationParams extends createZodDto(invitationParamsSchema) {}

export const invitationLookupSchema = z.strictObject({ code });
export class InvitationLookupDto extends createZodDto(invitationLookupSchema) {}

export const invitationRedemptionSchema = z.strictObject({
  code,
  sub: safeText.trim().min(1).max(200).describe('The account that accepts (the `sub` of its tokens)'),
  name: safeText.trim().min(1).max(200),
  email,
  language,
  taxpayerId: safeText.trim().min(1).max(32).describe('The account’s company: must be the inviting company’s'),
});
export class InvitationRedemptionDto extends createZodDto(invitationRedemptionSchema) {}
