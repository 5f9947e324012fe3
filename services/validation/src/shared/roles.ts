import { ROLES } from '@aeo/auth';

/** The customs staff who read validation cases and their examination (regional ones within their region). */
export const CASE_STAFF = [ROLES.validator, ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive] as const;
