import { ForbiddenException } from '@nestjs/common';
import { AuthenticatedUser, REGION_SCOPED_ROLES, ROLES, Role } from './roles';

export const hasRole = (user: AuthenticatedUser, ...roles: Role[]): boolean => roles.some((role) => user.roles.includes(role));

/** True when the user sees only one region (a regional office, contact officer or validator with a region claim). */
export function regionOf(user: AuthenticatedUser): string | undefined {
  const nationalRole = user.roles.some((role) => !REGION_SCOPED_ROLES.includes(role) && role !== ROLES.operatorUser);
  return nationalRole ? undefined : user.region;
}

/** Throws 403 unless the user may act on records of this region and this company. */
export function assertScope(user: AuthenticatedUser, target: { region: string; taxpayerId: string }): void {
  if (user.roles.every((role) => role === ROLES.operatorUser)) {
    if (user.taxpayerId !== target.taxpayerId) {
      throw new ForbiddenException(`Operator users may only act for their own company (${user.taxpayerId}); this record belongs to another company`);
    }
    return;
  }
  const region = regionOf(user);
  if (region && region !== target.region) {
    throw new ForbiddenException(`Region ${target.region} is outside your scope (${region})`);
  }
}
