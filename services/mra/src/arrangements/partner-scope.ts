import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';

/**
 * The partner country a caller is limited to: MRA officers and executives see every arrangement;
 * a partner customs administration only its own (from the token's partnerCountry claim).
 */
export function partnerCountryOf(user: AuthenticatedUser): string | undefined {
  if (hasRole(user, ROLES.mraOfficer, ROLES.executive)) return undefined;
  if (!user.partnerCountry)
    throw new ForbiddenException('A partner-customs token must name its administration’s country (partnerCountry)');
  return user.partnerCountry.toUpperCase();
}

/**
 * The arrangement found, when the caller may see it; 404 otherwise, as if it did not exist (a
 * partner administration learns nothing of other partners' arrangements).
 */
export function visibleArrangement<A>(
  user: AuthenticatedUser,
  arrangementId: string,
  found: A | undefined,
  partnerCountry: (arrangement: A) => string,
): A {
  const own = partnerCountryOf(user);
  if (!found || (own && partnerCountry(found) !== own))
    throw new NotFoundException(`Arrangement ${arrangementId} not found`);
  return found;
}
