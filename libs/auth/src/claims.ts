import { z } from 'zod';
import { ALL_ROLES, AuthenticatedUser, ROLES, Role } from './roles';

/** The claims a token must carry; anything else in the token is ignored. */
export const tokenClaimsSchema = z
  .object({
    sub: z.string().min(1),
    name: z.string().optional(),
    roles: z.array(z.enum(ALL_ROLES as [Role, ...Role[]])).min(1),
    region: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/).optional(),
    taxpayerId: z.string().min(1).optional(),
    partnerCountry: z.string().length(2).optional(),
  })
  .superRefine((claims, ctx) => {
    if (claims.roles.includes(ROLES.operatorUser) && !claims.taxpayerId) {
      ctx.addIssue({ code: 'custom', path: ['taxpayerId'], message: 'an operator-user token must name its company (taxpayerId)' });
    }
  });

export function toAuthenticatedUser(payload: unknown): AuthenticatedUser {
  return tokenClaimsSchema.parse(payload);
}
