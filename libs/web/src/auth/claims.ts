import { decodeJwt } from 'jose';

import { ROLES, type Role } from '@aeo/contracts/roles';

/** The roles of the platform, as the access token carries them (one list with the services'). */
export { ROLES, type Role };

/** Who is signed in, from the access token the services check (display only: the services decide). */
export interface Caller {
  sub: string;
  name: string;
  roles: Role[];
  region?: string;
  /** The company a trader's account acts for (its taxpayer id), when the account names one. */
  taxpayerId?: string;
}

export function callerOf(accessToken: string): Caller {
  const claims = decodeJwt(accessToken);
  const roles = Array.isArray(claims['roles'])
    ? (claims['roles'] as unknown[]).filter((r) => typeof r === 'string')
    : [];
  return {
    sub: String(claims.sub ?? ''),
    name: typeof claims['name'] === 'string' ? claims['name'] : String(claims.sub ?? ''),
    roles: roles as Role[],
    region: typeof claims['region'] === 'string' ? claims['region'] : undefined,
    taxpayerId: typeof claims['taxpayerId'] === 'string' ? claims['taxpayerId'] : undefined,
  };
}

export const hasAnyRole = (caller: Caller | undefined, roles: readonly Role[]) =>
  !!caller && caller.roles.some((role) => roles.includes(role));
