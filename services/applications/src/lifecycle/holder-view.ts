import { type AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';
import type { RevalidationState } from '@aeo/workflows';
import { dueUnlessEnded } from './revalidation-due';

/** The revalidation workflow's state without what stays with customs (see holderViewOf). */
export type HolderRevalidationState = Omit<
  RevalidationState,
  'trigger' | 'pendingTriggers' | 'risk' | 'validation' | 'suspension' | 'revocation' | 'history'
> & {
  suspension?: Omit<NonNullable<RevalidationState['suspension']>, 'by'>;
  revocation?: Omit<NonNullable<RevalidationState['revocation']>, 'by'>;
  history: Omit<RevalidationState['history'][number], 'note'>[];
};

/**
 * The revalidation workflow's state as the holder's own users read it: its stage, cycle, due
 * dates and conditions, the grounds it must answer (a suspension's, an intended revocation's) and
 * its own steps. Customs' risk assessment stays with customs: the running and pending triggers
 * (their source, reason and requester tell a risk alert, a regional office's suspicion or the
 * watchdog), the risk outcome, the validation case and the validator's report; so do the customs
 * staff who acted (who suspended, who intended the revocation) and the workflow's notes, which name
 * both. The same line notifications draws for a company's webhooks (COMPANY_WITHHELD_FIELDS).
 * Copied by name: a field added to the workflow's state stays with customs until it is added here
 * (the holder's own parts, its self-assessment, plan, reply and surrender, are copied whole).
 */
export function holderViewOf(state: RevalidationState): HolderRevalidationState {
  const {
    authorisationNumber,
    stage,
    cycle,
    nextDueAt,
    conditions,
    selfAssessment,
    suspension,
    revocation,
    surrender,
  } = state;
  return {
    authorisationNumber,
    stage,
    cycle,
    nextDueAt,
    conditions,
    ...(selfAssessment && { selfAssessment }),
    ...(suspension && {
      suspension: {
        scope: suspension.scope,
        grounds: suspension.grounds,
        since: suspension.since,
        requestedByHolder: suspension.requestedByHolder,
        planDue: suspension.planDue,
        ...(suspension.plan && { plan: suspension.plan }),
      },
    }),
    ...(revocation && {
      revocation: {
        grounds: revocation.grounds,
        respondBy: revocation.respondBy,
        ...(revocation.response && { response: revocation.response }),
        ...(revocation.expired !== undefined && { expired: revocation.expired }),
        ...(revocation.effectiveFrom && { effectiveFrom: revocation.effectiveFrom }),
      },
    }),
    ...(surrender && { surrender }),
    history: state.history.map((entry) => ({ at: entry.at, stage: entry.stage })),
  };
}

/** A state as answered: no next due date once the workflow has ended (revoked, surrendered). */
export type AnsweredRevalidationState<S extends { nextDueAt: string }> = Omit<S, 'nextDueAt'> & {
  nextDueAt: string | null;
};

/** The state as `user` may read it: the holder's view for an operator user, the whole of it for customs staff. */
export function revalidationStateFor(
  user: AuthenticatedUser,
  state: RevalidationState,
): AnsweredRevalidationState<RevalidationState> | AnsweredRevalidationState<HolderRevalidationState> {
  const view = hasRole(user, ROLES.operatorUser) ? holderViewOf(state) : state;
  return { ...view, nextDueAt: dueUnlessEnded(state.stage, state.nextDueAt) };
}
