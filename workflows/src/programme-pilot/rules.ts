import {
  type ApproveFinalReport,
  PILOT_LIMITS,
  type PilotStep,
  type ProgrammePilotState,
} from './programme-pilot.contract';

/** The role that extends a pilot and approves its final report (the API checks it first: 403). */
export const EXECUTIVE_ROLE = 'executive';

const ended = (state: ProgrammePilotState): string | undefined =>
  state.stage === 'closed' || state.stage === 'cancelled' ? `The pilot is ${state.stage}` : undefined;

/** Why the stage does not allow a person's step (409), if it does not. */
export function stepRefusalOf(state: ProgrammePilotState, step: PilotStep): string | undefined {
  const over = ended(state);
  if (over) return over;
  const beforeEnd = state.stage === 'scheduled' || state.stage === 'running';
  switch (step.step) {
    case 'complete-milestone': {
      const milestone = state.milestones.find((m) => m.milestoneId === step.milestoneId);
      if (!milestone) return `The pilot has no milestone ${step.milestoneId}`;
      if (milestone.status === 'done') return `Milestone "${milestone.title}" is done already`;
      if (state.stage !== 'running') return `Milestones are reported done while the pilot runs (it is ${state.stage})`;
      return undefined;
    }
    case 'plan-milestone': {
      if (!beforeEnd) return `Milestones are added before the pilot ends (it is ${state.stage})`;
      if (state.milestones.some((m) => m.milestoneId === step.milestone.milestoneId))
        return `The pilot has a milestone ${step.milestone.milestoneId} already`;
      if (state.milestones.length >= PILOT_LIMITS.milestones)
        return `A pilot has at most ${PILOT_LIMITS.milestones} milestones`;
      if (step.milestone.dueOn < state.startsOn || step.milestone.dueOn > state.endsOn)
        return `A milestone is due within the pilot (${state.startsOn} to ${state.endsOn}), not on ${step.milestone.dueOn}`;
      return undefined;
    }
    case 'extend':
      if (!step.byRoles.includes(EXECUTIVE_ROLE)) return 'Only an executive extends a pilot';
      if (!beforeEnd) return `A pilot is extended before it ends (it is ${state.stage})`;
      if (step.endsOn <= state.endsOn)
        return `The new end date must be after the current one (${state.endsOn}), not ${step.endsOn}`;
      return undefined;
    case 'cancel':
      return beforeEnd ? undefined : `A pilot is cancelled before it ends (it is ${state.stage})`;
  }
}

/** Why the final report cannot be approved now (409), if it cannot. */
export function approvalRefusalOf(state: ProgrammePilotState, approval: ApproveFinalReport): string | undefined {
  if (!approval.byRoles.includes(EXECUTIVE_ROLE)) return 'Only an executive approves the final report';
  if (state.stage !== 'awaiting-final-report')
    return `The final report is approved once the pilot has ended (it is ${state.stage})`;
  return undefined;
}
