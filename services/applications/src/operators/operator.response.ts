import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import { responseInstant } from '@aeo/service-kit';

/** An operator as the API answers it (Operator in operators.repository.ts). */
export const operatorSchema = z.object({
  id: z.uuid(),
  taxpayerId: z.string(),
  name: z.string(),
  legalForm: z.string(),
  region: z.string().describe('Customs region the operator is registered in'),
  customsOffice: z.string(),
  supplyChainRoles: z.array(z.string()),
  address: z.object({ street: z.string(), city: z.string(), postalCode: z.string().optional(), country: z.string() }),
  contact: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string().optional(),
    language: z.enum(['mn', 'en']),
  }),
  createdAt: responseInstant,
  updatedAt: responseInstant,
});
export class OperatorDto extends createZodDto(operatorSchema) {}

/** A person linked to an operator's company. */
export const operatorUserSchema = z.object({
  sub: z.string(),
  name: z.string(),
  email: z.string(),
  language: z.enum(['mn', 'en']),
  role: z.enum(['administrator', 'member']).describe('Administrators link further users'),
  addedBy: z
    .string()
    .nullable()
    .describe(
      'Who linked the user: for an operator user only a current user of the company (itself or an administrator), else null (customs staff linked or invited it)',
    ),
  addedAt: responseInstant,
});
export type OperatorUser = z.infer<typeof operatorUserSchema>;
export class OperatorUserDto extends createZodDto(operatorUserSchema) {}

/**
 * The company's users as the caller may read them: its own users do not learn which customs officer
 * linked or invited one of them (as an application's `decidedBy` is null for them); a link made by
 * one of the company's users still says who.
 */
export function operatorUsersAsSeenBy<T extends { sub: string; addedBy: string | null }>(
  user: AuthenticatedUser,
  users: T[],
): T[] {
  if (!hasRole(user, ROLES.operatorUser)) return users;
  const company = new Set(users.map((linked) => linked.sub));
  return users.map((linked) =>
    linked.addedBy !== null && company.has(linked.addedBy) ? linked : { ...linked, addedBy: null },
  );
}

/** How many current links were announced again (POST /v1/operators/user-links/announcements). */
export const userLinkAnnouncementsSchema = z.object({
  announced: z.number().int().describe('The aeo.operator.user-linked.v1 events appended to the outbox'),
});
export class UserLinkAnnouncementsDto extends createZodDto(userLinkAnnouncementsSchema) {}
