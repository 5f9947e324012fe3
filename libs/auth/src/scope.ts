import { ForbiddenException } from '@nestjs/common';
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

/** Throws 403 unless the user may act on records of this region and this company. */
export function assertScope(user: AuthenticatedUser, target: { region: string; taxpayerId: string }): void {
  const company = companyOf(user);
  if (company !== undefined || user.roles.includes(ROLES.operatorUser)) {
    if (company !== target.taxpayerId) {
      throw new ForbiddenException(
        `Operator users may only act for their own company (${user.taxpayerId}); this record belongs to another company`,
      );
    }
    return;
  }
  const region = regionOf(user);
  if (region && region !== target.region) {
    throw new ForbiddenException(`Region ${target.region} is outside your scope (${region})`);
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
