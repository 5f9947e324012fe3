import type { DeviationStep, ProgrammeDeviationState } from '../programme-deviation.contract';
import {
  DEVIATION_STEPS_BY_PHASE,
  DEVIATION_STEP_LIMITS,
  latestDueDate,
  periodKind,
} from '../programme-deviation.contract';

/** Today's date (UTC) by the workflow's clock. */
const today = (): string => new Date(Date.now()).toISOString().slice(0, 10);

/**
 * Why `step` cannot be taken at the case's phase, or undefined when it can. The update's
 * validator refuses with it (the caller gets 409 and the reason); the handler checks again.
 */
export function refusalOf(state: ProgrammeDeviationState, step: DeviationStep): string | undefined {
  const { phase, actions } = state;
  const allowed = DEVIATION_STEPS_BY_PHASE[phase];
  if (!allowed.includes(step.step))
    return `"${step.step}" is not possible while the deviation case is in phase ${phase}${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}`;
  if (step.step === 'record-plan' || step.step === 'replan') {
    const date = today();
    const late = step.actions.findIndex((action) => action.dueDate < date);
    if (late >= 0)
      return `action ${late + 1}'s due date ${step.actions[late].dueDate} has already passed (today is ${date})`;
  }
  if (step.step === 'report-action-done') {
    const action = actions.find((candidate) => candidate.actionId === step.actionId);
    const open = actions.filter((candidate) => candidate.status === 'open').map((candidate) => candidate.actionId);
    if (!action) return `the plan has no action ${step.actionId} (open actions: ${open.join(', ')})`;
    if (action.status === 'done') return `action ${step.actionId} was reported done on ${action.doneAt!.slice(0, 10)}`;
    if (action.status === 'superseded') return `action ${step.actionId} was superseded by a new plan`;
  }
  return undefined;
}

/**
 * Why a new step is refused by limits set after cases were running: checked only by the update's
 * validator (it does not run on replay), so a step a running case accepted before still replays.
 * A case takes at most `DEVIATION_STEP_LIMITS.plannedActions` actions in all; a due date at most
 * `DEVIATION_STEP_LIMITS.dueYearsAhead` years ahead.
 */
export function arrivalRefusalOf(state: ProgrammeDeviationState, step: DeviationStep): string | undefined {
  if (step.step !== 'record-plan' && step.step !== 'replan') return undefined;
  const { actions } = state;
  const most = DEVIATION_STEP_LIMITS.plannedActions;
  if (actions.length + step.actions.length > most)
    return `the case has had ${actions.length} actions planned and takes at most ${most} in all (superseded ones count): this plan of ${step.actions.length} is too many`;
  const latest = latestDueDate(today());
  const far = step.actions.findIndex((action) => action.dueDate > latest);
  if (far >= 0)
    return `action ${far + 1}'s due date ${step.actions[far].dueDate} is more than ${DEVIATION_STEP_LIMITS.dueYearsAhead} years ahead (at most ${latest})`;
  return undefined;
}

/** Why a KPI value signalled for `period` is ignored (`latest`: the case's period or the latest signalled), or undefined. */
export function ignoredPeriod(period: string, latest: string): string | undefined {
  const kind = periodKind(period);
  if (kind !== periodKind(latest)) return `a ${kind}, where the case measures by ${periodKind(latest)}`;
  if (period <= latest) return `not after ${latest}`;
  return undefined;
}
