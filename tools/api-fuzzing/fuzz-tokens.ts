import { ALL_ROLES, AuthenticatedUser, REGION_SCOPED_ROLES, Role } from '@aeo/auth';
import { bearer } from '@aeo/testing';

export const FUZZ_REGION = 'DARKHAN';
export const FUZZ_COMPANY = { taxpayerId: '5034567', name: 'Darkhan Fuzz Works LLC' };

export interface FuzzTokens {
  users: Record<Role, AuthenticatedUser>;
  /** `Bearer <token>` per role. */
  bearer: Record<Role, string>;
}

/** One user per role, scoped to the seeded region and company, and a token for each. */
export function fuzzTokens(): FuzzTokens {
  const users = Object.fromEntries(
    ALL_ROLES.map((role): [Role, AuthenticatedUser] => [
      role,
      {
        sub: `fuzz-${role}`,
        name: `Fuzz ${role}`,
        roles: [role],
        ...(REGION_SCOPED_ROLES.includes(role) ? { region: FUZZ_REGION } : {}),
        ...(role === 'operator-user' ? { taxpayerId: FUZZ_COMPANY.taxpayerId } : {}),
        ...(role === 'partner-customs' ? { partnerCountry: 'KR' } : {}),
      },
    ]),
  ) as Record<Role, AuthenticatedUser>;
  const tokens = Object.fromEntries(ALL_ROLES.map((role) => [role, bearer(users[role])])) as Record<Role, string>;
  return { users, bearer: tokens };
}
