import { ROLES, type Role } from '@aeo/auth';

/**
 * An open application's pending step, each with its legal deadline (domain.md, "Lifecycle and time
 * limits"), as the work queue reads it from the application's record:
 * - `acceptance`: submitted; customs accepts or rejects by the acceptance deadline, moved on by the
 *   time answered information requests stopped the clock (the certification workflow's count);
 * - `information-reply`: submitted with an open information request; the operator replies by its
 *   due date (the acceptance clock stands still meanwhile);
 * - `hearing-response`: heard on an intended refusal; the operator comments by its respond-by date;
 * - `decision`: accepted (risk assessment and validation come first), or heard and answered, or
 *   past the respond-by date; the executive decides by the decision deadline (an extension moves it).
 */
export const DEADLINE_KINDS = ['acceptance', 'information-reply', 'hearing-response', 'decision'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The statuses of an application with a pending step. */
export const OPEN_STATUSES = ['submitted', 'accepted', 'hearing'] as const;

/** Who takes each step: the roles whose action ends it. */
export const ACTS_NEXT: Record<DeadlineKind, readonly Role[]> = {
  acceptance: [ROLES.contactOfficer, ROLES.regionalOffice],
  'information-reply': [ROLES.operatorUser],
  'hearing-response': [ROLES.operatorUser],
  decision: [ROLES.executive],
};

/** The queue's sorts: `dueAt` ascending is the default (overdue first, then fewest days left). */
export const QUEUE_SORTS = ['dueAt', 'submittedAt', 'operatorName'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** Who reads the queue: the staff who accept (their region) and the executives who decide (every region). */
export const QUEUE_READERS: readonly Role[] = [ROLES.contactOfficer, ROLES.regionalOffice, ROLES.executive];
