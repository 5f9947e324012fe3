/**
 * The roles of the AEO programme (see shared/design/domain.md), as the access token carries them.
 * One list for the services (libs/auth) and the web apps (libs/web), which import this file alone
 * (`@aeo/contracts/roles`: no dependency, safe in a browser bundle).
 */
export const ROLES = {
  operatorUser: 'operator-user',
  contactOfficer: 'contact-officer',
  validator: 'validator',
  regionalOffice: 'regional-office',
  executive: 'executive',
  policyUnit: 'policy-unit',
  mraOfficer: 'mra-officer',
  partnerCustoms: 'partner-customs',
  operations: 'operations',
  backendPlatform: 'backend-platform',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];
