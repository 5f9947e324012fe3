import { ROLES, type Role } from '@aeo/contracts/roles';

export { ROLES, type Role };
export const ALL_ROLES = Object.values(ROLES) as Role[];

/** Customs staff whose view is limited to their region when their token carries one. */
export const REGION_SCOPED_ROLES: readonly Role[] = [ROLES.contactOfficer, ROLES.validator, ROLES.regionalOffice];

/** The authenticated caller, taken from the verified token. */
export interface AuthenticatedUser {
  /** Stable subject id from the identity provider. */
  readonly sub: string;
  readonly name?: string;
  readonly roles: readonly Role[];
  /** Region of a regional office, contact officer or validator; absent = national scope. */
  readonly region?: string;
  /** Taxpayer identifier of the company an operator user belongs to. */
  readonly taxpayerId?: string;
  /** ISO country of a partner customs administration. */
  readonly partnerCountry?: string;
  /** OAuth scopes the token was granted (`scope`, space separated): what a backend platform may call. */
  readonly scopes?: readonly string[];
  /** The OAuth client the token was issued to (`client_id`, else `azp`). */
  readonly clientId?: string;
}

/** Who may read operators and applications (each further limited to its company or region). */
export const CASE_READERS: readonly Role[] = [
  ROLES.operatorUser,
  ROLES.contactOfficer,
  ROLES.validator,
  ROLES.regionalOffice,
  ROLES.executive,
  ROLES.policyUnit,
  ROLES.operations,
];
