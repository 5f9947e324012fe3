import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { AuthenticatedUser, REGION_SCOPED_ROLES, ROLES, Role } from './roles';

export const hasRole = (user: AuthenticatedUser, ...roles: Role[]): boolean =>
  roles.some((role) => user.roles.includes(role));

/** The region a user is confined to: set when all its roles are regional (the token then must name one). */
export function regionOf(user: AuthenticatedUser): string | undefined {
  const nationalRole = user.roles.some((role) => !REGION_SCOPED_ROLES.includes(role) && role !== ROLES.operatorUser);
  return nationalRole ? undefined : user.region;
}

/** The company an operator user is confined to (operator-user tokens carry no other role). */
export function companyOf(user: AuthenticatedUser): string | undefined {
  return user.roles.includes(ROLES.operatorUser) ? user.taxpayerId : undefined;
}

/**
 * Throws unless the user may see this record. An operator user of another company gets 404
 * "<what> not found", the answer to an unknown id (foundOr404's), so that a stranger cannot tell
 * another company's records from ones that do not exist; staff outside their region get 403 (they
 * know the records exist, and are told why).
 */
export function assertScope(
  user: AuthenticatedUser,
  target: { region: string; taxpayerId: string },
  what = 'Record',
): void {
  if (isOperatorUser(user)) {
    if (companyOf(user) !== target.taxpayerId) throw new NotFoundException(`${what} not found`);
    return;
  }
  assertRegion(user, target.region);
}

/**
 * Throws 403 unless the user may act for the company and region a request names (a body's
 * taxpayerId, not a stored record's: the caller named it, so refusing it tells nothing).
 */
export function assertMayActFor(user: AuthenticatedUser, target: { region: string; taxpayerId: string }): void {
  if (isOperatorUser(user)) {
    if (companyOf(user) !== target.taxpayerId)
      throw new ForbiddenException(
        `Operator users may only act for their own company (${user.taxpayerId}); taxpayerId ${target.taxpayerId} is another company`,
      );
    return;
  }
  assertRegion(user, target.region);
}

const isOperatorUser = (user: AuthenticatedUser): boolean => user.roles.includes(ROLES.operatorUser);

function assertRegion(user: AuthenticatedUser, recordRegion: string): void {
  const region = regionOf(user);
  if (region && region !== recordRegion) {
    throw new ForbiddenException(`Region ${recordRegion} is outside your scope (${region})`);
  }
}

/**
 * The region a list is narrowed to: the one asked for, else the user's own when it is confined to one.
 * A user confined to a region asking for another is refused (403) rather than answered its own region's records.
 */
export function regionFilterOf(user: AuthenticatedUser, requested: string | undefined): string | undefined {
  const own = regionOf(user);
  if (own !== undefined && requested !== undefined && requested !== own)
    throw new ForbiddenException(`Region ${requested} is outside your scope (${own})`);
  return requested ?? own;
}
