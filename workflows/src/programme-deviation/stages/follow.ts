import { ApplicationFailure, condition, log } from '@temporalio/workflow';
import { DAY_MS } from '../../revalidation/run';
import {
  DEVIATION_SYSTEM_ACTOR,
  type ImprovementAction,
  type KpiPeriodValue,
  withinThreshold,
} from '../programme-deviation.contract';
import type { DeviationRun, StepRecord } from '../run';

const system = { by: DEVIATION_SYSTEM_ACTOR, byRoles: [] };

/** When an action is overdue: the day after its due date begins (UTC). */
const overdueAtMs = (action: ImprovementAction) => Date.parse(`${action.dueDate}T00:00:00Z`) + DAY_MS;

/** The open action whose due date passes first while the plan is being carried out, or undefined. */
export function nextOverdue(run: DeviationRun): ImprovementAction | undefined {
  const { phase, actions } = run.state;
  if (phase !== 'improvement-plan' && phase !== 'implementation') return undefined;
  return actions
    .filter((action) => action.status === 'open' && !run.overdueHandled.has(action.actionId))
    .sort((a, b) => overdueAtMs(a) - overdueAtMs(b))[0];
}

/**
 * The case's own clock and its KPI feed, until it closes: a timer on the next due date of an
 * open action (re-armed whenever a step changes the plan or the phase; its passing escalates the
 * case), and each period value signalled, assessed one at a time between people's steps.
 */
export async function followCase(run: DeviationRun): Promise<void> {
  const closed = () => run.state.phase === 'closed';
  const periodWaiting = () => !run.busy && run.pendingPeriods.length > 0;
  while (!closed()) {
    run.changed = false;
    const wake = () => closed() || run.changed || periodWaiting();
    const overdue = nextOverdue(run);
    let timedOut = false;
    if (overdue) timedOut = !(await condition(wake, Math.max(1, overdueAtMs(overdue) - Date.now())));
    else await condition(wake);
    // A step in progress (the action reported done, say) decides first whether the escalation still applies.
    if (run.busy) await condition(() => !run.busy);
    if (timedOut && overdue && nextOverdue(run) === overdue) await systemStep(run, () => escalate(run, overdue));
    else if (periodWaiting()) await systemStep(run, () => assessPeriod(run, run.pendingPeriods.shift()!));
  }
}

/** Runs one of the workflow's own steps as a step in progress; one the service cannot record for good is logged and skipped. */
async function systemStep(run: DeviationRun, step: () => Promise<void>): Promise<void> {
  run.busy = true;
  try {
    await step();
  } catch (error) {
    // `record` throws a non-retryable ApplicationFailure only for a failure no retry can fix.
    if (!(error instanceof ApplicationFailure && error.nonRetryable)) throw error;
    log.error('deviation step skipped', { error: error.message });
    run.note(`skipped: ${error.message}`);
  } finally {
    run.busy = false;
  }
}

async function record(run: DeviationRun, step: Omit<StepRecord, 'by' | 'byRoles'>): Promise<void> {
  await run.record({ ...step, ...system });
}

/** An action's due date passed while open: executives take the case over (the service's event notifies them). */
async function escalate(run: DeviationRun, action: ImprovementAction): Promise<void> {
  run.overdueHandled.add(action.actionId);
  const summary = `escalated to executives: action ${action.actionId} (${action.owner}) was due ${action.dueDate}`;
  await record(run, { step: 'escalate', to: 'escalated', summary, details: { action } });
  run.state.escalation = { actionId: action.actionId, dueDate: action.dueDate, at: new Date().toISOString() };
  run.enter('escalated', summary);
}

/**
 * A later period's KPI value: while in verification it counts (within the threshold) or resets
 * the count (outside it), and the case closes once enough consecutive periods are within; in
 * other phases it is only kept.
 */
async function assessPeriod(run: DeviationRun, { period, value }: KpiPeriodValue): Promise<void> {
  const { state } = run;
  const within = withinThreshold(state.threshold, value);
  if (state.phase !== 'verification') {
    state.periods.push({ period, value, within, counted: false });
    return;
  }
  const periodsWithin = within ? state.periodsWithin + 1 : 0;
  const required = state.threshold.periodsToVerify;
  const recovered = periodsWithin >= required;
  const { bound, limit } = state.threshold;
  const summary = `${period}: ${value} ${within ? 'within' : 'outside'} the threshold (${bound === 'upper' ? '≤' : '≥'} ${limit}); ${periodsWithin} of ${required} periods${recovered ? ', recovered: closed' : ''}`;
  const details = { period, value, within, periodsWithin, periodsRequired: required };
  await record(run, { step: 'assess-period', to: recovered ? 'closed' : 'verification', summary, details });
  state.periods.push({ period, value, within, counted: true });
  state.periodsWithin = periodsWithin;
  if (!recovered) return run.note(summary);
  state.closure = { phase: 'closed', outcome: 'recovered', closedBy: DEVIATION_SYSTEM_ACTOR };
  run.enter('closed', summary);
}
