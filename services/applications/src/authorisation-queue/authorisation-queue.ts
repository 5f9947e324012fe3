import { ROLES, type Role } from '@aeo/auth';

/**
 * The step an authorisation in force waits for, as its register history tells it (the revalidation
 * workflow records each of its steps there):
 * - `hearing-response`: a revocation is intended; the holder may comment until the respond-by date;
 * - `revocation-decision`: the holder commented, or the hearing period ended: the executive revokes
 *   or drops the intended revocation;
 * - `remediation`: suspended; the holder's remediation plan, then its remediation period, is awaited;
 * - `suspension-review`: suspended and the remediation plan is overdue or the remediation period
 *   ended: the executive reinstates or intends a revocation;
 * - `revalidation`: a revalidation cycle is under way (its stage is the workflow's: the record's lifecycle).
 */
export const PENDING_KINDS = [
  'hearing-response',
  'revocation-decision',
  'remediation',
  'suspension-review',
  'revalidation',
] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

/** The pending steps that wait for an executive's decision. */
export const EXECUTIVE_DECISIONS: readonly PendingKind[] = ['revocation-decision', 'suspension-review'];

export const REGISTER_STATUSES = ['granted', 'suspended', 'revoked', 'surrendered'] as const;

/** The list's sorts: `revalidationDue` ascending is the default (the soonest due first). */
export const AUTHORISATION_QUEUE_SORTS = ['revalidationDue', 'decidedAt', 'name', 'authorisationNumber'] as const;
export type AuthorisationQueueSort = (typeof AUTHORISATION_QUEUE_SORTS)[number];

/** Who reads the list: the region's contact officers and regional offices, executives every region. */
export const AUTHORISATION_QUEUE_READERS: readonly Role[] = [
  ROLES.contactOfficer,
  ROLES.regionalOffice,
  ROLES.executive,
];
