import { z } from 'zod';
import { ALL_ROLES, AuthenticatedUser, REGION_SCOPED_ROLES, ROLES, Role } from './roles';
import { regionCode, safeText } from '@aeo/contracts';

/**
 * The longest `sub` a token may carry: what the workflows record as who acted (the `by` fields of
 * workflows/src/revalidation/revalidation.contract.ts, `text(200)`); the tables store it as text.
 * Refused once here (401 "sub: too long") rather than half-way through an action.
 */
export const MAX_SUB_LENGTH = 200;

const claimsShape = {
  sub: safeText.min(1).max(MAX_SUB_LENGTH, 'too long'),
  name: safeText.optional(),
  roles: z.array(z.enum(ALL_ROLES as [Role, ...Role[]])).min(1),
  region: regionCode.optional(),
  taxpayerId: safeText.min(1).optional(),
  partnerCountry: safeText.length(2).optional(),
};

/** Scoping must never fail open: the rules a set of claims has to satisfy. */
function checkScopeClaims(
  claims: { roles: Role[]; region?: string; taxpayerId?: string; partnerCountry?: string },
  ctx: z.RefinementCtx,
): void {
  if (claims.roles.includes(ROLES.operatorUser)) {
    if (!claims.taxpayerId)
      ctx.addIssue({
        code: 'custom',
        path: ['taxpayerId'],
        message: 'an operator-user token must name its company (taxpayerId)',
      });
    if (claims.roles.length > 1)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'operator-user cannot be combined with customs roles' });
  }
  const regionalOnly = claims.roles.every((role) => REGION_SCOPED_ROLES.includes(role));
  if (regionalOnly && !claims.region) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: `a token whose roles are all regional (${claims.roles.join(', ')}) must name its region`,
    });
  }
  if (claims.roles.includes(ROLES.partnerCustoms)) {
    if (!claims.partnerCountry)
      ctx.addIssue({
        code: 'custom',
        path: ['partnerCountry'],
        message: 'a partner-customs token must name its country (partnerCountry)',
      });
    // A foreign administration is never also our staff: its token would lose its country's scope.
    if (claims.roles.length > 1)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'partner-customs cannot be combined with other roles' });
  }
}

/** Claims of a user (what a development token is issued with). */
export const userClaimsSchema = z.object(claimsShape).superRefine(checkScopeClaims);

/** The claims a presented token must carry, expiry included; anything else in it is ignored. */
export const tokenClaimsSchema = z
  .object({ ...claimsShape, exp: z.number().int().positive() })
  .superRefine(checkScopeClaims);

export function toAuthenticatedUser(payload: unknown): AuthenticatedUser {
  const { exp: _exp, ...user } = tokenClaimsSchema.parse(payload);
  return user;
}
