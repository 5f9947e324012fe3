import { patched, sleep } from '@temporalio/workflow';
import { register } from '../../shared/activities';
import { ACTION_FAILURES_PATCH } from '../../shared/failures';
import { RevalidationRun, Ticket, Transition, iso } from '../run';

/**
 * Surrender at the holder's request, effective at once or on its date; undefined when it could
 * not be recorded (the authorisation stays as it was). `afterApplied` runs once it is accepted.
 */
export async function surrender(
  run: RevalidationRun,
  ticket: Ticket,
  afterApplied?: () => Promise<void>,
): Promise<Transition | undefined> {
  const { state, ref } = run;
  const action = ticket.action;
  if (action.action !== 'surrender') throw new Error('unreachable');
  const effectiveMs = action.effectiveFrom ? Math.max(Date.now(), Date.parse(action.effectiveFrom)) : Date.now();
  const effectiveFrom = iso(effectiveMs);
  const record = () =>
    register.recordSurrender({ ...ref, requestedBy: action.by, reason: action.reason, effectiveFrom });
  const requested = () => {
    state.surrender = { by: action.by, reason: action.reason, effectiveFrom };
    run.enter('surrendering', `surrender requested by ${action.by}, effective ${effectiveFrom}: ${action.reason}`);
  };
  if (effectiveMs <= Date.now() && patched(ACTION_FAILURES_PATCH)) {
    // Effective at once: recorded before the holder is answered, so a failure refuses the surrender.
    if (!(await run.applies(ticket, record))) return undefined;
    requested();
    await afterApplied?.();
    run.done(ticket);
  } else {
    const resumeStage = state.stage;
    requested();
    await afterApplied?.();
    run.done(ticket);
    if (effectiveMs > Date.now()) await sleep(effectiveMs - Date.now());
    if (!(await run.step('surrender on its effective date', record, action.by))) {
      state.surrender = undefined;
      ticket.failed = true;
      run.enter(resumeStage, 'the surrender could not be recorded; the authorisation stays as it was');
      return undefined;
    }
  }
  run.enter('surrendered', `surrendered with effect from ${effectiveFrom}`);
  return { kind: 'end', result: { outcome: 'surrendered', effectiveFrom, cycle: state.cycle } };
}
