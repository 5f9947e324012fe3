import { z } from 'zod';
import { ALL_ROLES, AuthenticatedUser, REGION_SCOPED_ROLES, ROLES, Role } from './roles';
import { regionCode, safeText, textMatching } from '@aeo/contracts';

/**
 * The longest `sub` a token may carry: what the workflows record as who acted (the `by` fields of
 * workflows/src/revalidation/revalidation.contract.ts, `text(200)`); the tables store it as text.
 * Refused once here (401 "sub: too long") rather than half-way through an action.
 */
export const MAX_SUB_LENGTH = 200;

/**
 * A user's `sub` named in a request (linking an account to a company): what OpenID Connect allows a
 * sub to be, printable ASCII (RFC 20) without spaces, at most MAX_SUB_LENGTH. Nothing hidden can then
 * make one account's sub read as another's. Tokens' own subs are checked as safe text (claimsShape).
 */
export const USER_SUB_MESSAGE = `must be 1 to ${MAX_SUB_LENGTH} printable ASCII characters without spaces (the sub of the user's token)`;
export const userSub = textMatching(new RegExp(`^[\\x21-\\x7E]{1,${MAX_SUB_LENGTH}}$`), USER_SUB_MESSAGE, {
  trim: true,
});

const claimsShape = {
  sub: safeText.min(1).max(MAX_SUB_LENGTH, 'too long'),
  name: safeText.optional(),
  roles: z.array(z.enum(ALL_ROLES as [Role, ...Role[]])).min(1),
  region: regionCode.optional(),
  taxpayerId: safeText.min(1).optional(),
  partnerCountry: safeText.length(2).optional(),
  scopes: z
    .array(textMatching(/^[\x21\x23-\x5B\x5D-\x7E]{1,200}$/, 'must be OAuth scope tokens'))
    .max(100)
    .optional(),
  clientId: safeText.min(1).max(200).optional(),
};

/**
 * Roles whose token names the one scope it acts in and holds no other role: an operator user acts
 * for its company only, and a foreign administration is never also our staff (its token would lose
 * its country's scope).
 */
const SOLE_ROLES = [
  {
    role: ROLES.operatorUser,
    scope: 'taxpayerId',
    unscoped: 'an operator-user token must name its company (taxpayerId)',
    combined: 'operator-user cannot be combined with customs roles',
  },
  {
    role: ROLES.partnerCustoms,
    scope: 'partnerCountry',
    unscoped: 'a partner-customs token must name its country (partnerCountry)',
    combined: 'partner-customs cannot be combined with other roles',
  },
] as const;

/** Scoping must never fail open: the rules a set of claims has to satisfy. */
function checkScopeClaims(
  claims: { roles: Role[]; region?: string; taxpayerId?: string; partnerCountry?: string },
  ctx: z.RefinementCtx,
): void {
  for (const { role, scope, unscoped, combined } of SOLE_ROLES) {
    if (!claims.roles.includes(role)) continue;
    if (!claims[scope]) ctx.addIssue({ code: 'custom', path: [scope], message: unscoped });
    if (claims.roles.length > 1) ctx.addIssue({ code: 'custom', path: ['roles'], message: combined });
  }
  const regionalOnly = claims.roles.every((role) => REGION_SCOPED_ROLES.includes(role));
  if (regionalOnly && !claims.region) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: `a token whose roles are all regional (${claims.roles.join(', ')}) must name its region`,
    });
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
