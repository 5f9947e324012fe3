import { ConflictException } from '@nestjs/common';

/**
 * Application lifecycle. Only the transitions listed here are legal; anything else is a 409. A
 * `draft` collects the self-assessment and evidence; submitting it checks completeness.
 * `accepted` covers risk assessment, validation and the decision (the certification workflow's
 * stages); a refusal is always preceded by the right to be heard (`hearing`).
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'hearing',
  'granted',
  'refused',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['accepted', 'rejected', 'withdrawn'],
  accepted: ['hearing', 'granted', 'withdrawn'],
  hearing: ['granted', 'refused', 'withdrawn'],
  granted: [],
  refused: [],
  rejected: [],
  withdrawn: [],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  TRANSITIONS[from].includes(to);

export function assertTransition(applicationId: string, from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) {
    throw new ConflictException(`Application ${applicationId} is ${from}; it cannot become ${to}`);
  }
}

/**
 * Whether the application already stands as this person's acceptance decision would leave it
 * (`accepted`, not deemed; or `rejected` with the same grounds), as the certification workflow
 * records it: an earlier request for the same decision reached the workflow.
 */
export function sameDecisionRecorded(
  application: { status: ApplicationStatus; decidedBy: string | null; statusReason: string | null },
  target: 'accepted' | 'rejected',
  actor: string,
  reason: string | undefined,
): boolean {
  if (application.status !== target || application.decidedBy !== actor) return false;
  return target === 'accepted' ? application.statusReason === null : application.statusReason === (reason ?? null);
}
