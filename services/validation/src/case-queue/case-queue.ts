import { ROLES, type Role } from '@aeo/auth';

/**
 * The case queue: a validator's open cases (the regional office's: its region's, an executive's:
 * every region's), each with the date its report is due (the certification or revalidation
 * workflow sets it when it opens the case, and reminds and escalates around it).
 */
export const CASE_DEADLINE_KINDS = ['report'] as const;

/** The queue's sorts: `dueAt` ascending is the default (overdue first, then fewest days left). */
export const CASE_QUEUE_SORTS = ['dueAt', 'openedAt', 'taxpayerId'] as const;
export type CaseQueueSort = (typeof CASE_QUEUE_SORTS)[number];

/** Who reads the queue: validators (their assigned cases), regional offices (their region's), executives (all). */
export const CASE_QUEUE_READERS: readonly Role[] = [ROLES.validator, ROLES.regionalOffice, ROLES.executive];

/** A caller who is a validator and nothing that oversees cases sees only the cases assigned to them. */
export const seesOnlyOwnCases = (roles: readonly Role[]): boolean =>
  roles.includes(ROLES.validator) && !roles.some((role) => role === ROLES.regionalOffice || role === ROLES.executive);
