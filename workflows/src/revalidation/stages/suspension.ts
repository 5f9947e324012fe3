import { register } from '../../shared/activities';
import { ACTIONS_BY_STAGE, RevalidationState } from '../revalidation.contract';
import { DAY_MS, RevalidationRun, Ticket, Transition, addMonths, iso } from '../run';
import { revocation } from './revocation';
import { surrender } from './surrender';

type Plan = NonNullable<NonNullable<RevalidationState['suspension']>['plan']>;

/**
 * Suspension, by customs or at the holder's request (wholly or only the security part): the
 * holder's remediation plan and period, reminders when either is overdue, then reinstatement
 * (the next run) or a revocation; a surrender meanwhile. Undefined when the suspension could not
 * be recorded (nothing changed).
 */
export async function suspension(
  run: RevalidationRun,
  ticket: Ticket,
  fromCycle: boolean,
  afterApplied?: () => Promise<void>,
): Promise<Transition | undefined> {
  const { state, policy, ref } = run;
  const action = ticket.action;
  if (action.action !== 'suspend' && action.action !== 'request-suspension') throw new Error('unreachable');
  const byHolder = action.action === 'request-suspension';
  const grounds = byHolder ? [`at the holder's request: ${action.reason}`] : action.grounds;
  const scope = byHolder ? 'whole' : action.scope;
  const planDueMs = Date.now() + policy.remediationPlanDays * DAY_MS;
  if (
    !(await run.applies(ticket, () =>
      register.recordSuspension({
        ...ref,
        scope,
        grounds,
        decidedBy: action.by,
        requestedByHolder: byHolder,
        planDue: iso(planDueMs),
      }),
    ))
  )
    return undefined;
  await afterApplied?.();
  state.suspension = {
    scope,
    grounds,
    by: action.by,
    since: new Date().toISOString(),
    requestedByHolder: byHolder,
    planDue: iso(planDueMs),
  };
  run.enter(
    'suspended',
    `${scope === 'whole' ? 'suspended' : 'security part suspended'} by ${action.by}: ${grounds.join('; ')}`,
  );
  let planOverdueSent = false;
  let periodEndSent = false;
  const planOf = (by: string, measures: string[], periodDays: number): Plan => ({
    measures,
    periodDays,
    by,
    remediationDue: iso(Date.now() + periodDays * DAY_MS),
  });
  const recordPlan = (plan: Plan) =>
    register.recordSuspensionProgress({
      ...ref,
      kind: 'remediation-plan-submitted',
      by: plan.by,
      dueAt: plan.remediationDue,
      measures: plan.measures,
    });
  /** The workflow's own notice that a due date of the suspension passed. */
  const notice = (step: string, kind: 'remediation-plan-overdue' | 'remediation-period-ended', dueAt: string) =>
    run.step(step, () => register.recordSuspensionProgress({ ...ref, kind, by: 'system:revalidation', dueAt }));
  const planAccepted = (plan: Plan) => {
    state.suspension!.plan = plan;
    run.note(
      `remediation plan from ${plan.by}: ${plan.measures.length} measure(s), remediation due ${plan.remediationDue}`,
    );
  };
  if (byHolder) {
    // The suspension stands even when its plan cannot be recorded: the holder is asked for the plan as after any suspension.
    const plan = planOf(action.by, action.measures, action.periodDays);
    if (await run.step('remediation plan of the suspension request', () => recordPlan(plan), action.by))
      planAccepted(plan);
  }
  run.done(ticket);
  for (;;) {
    const plan = state.suspension!.plan;
    const wakeAt = !plan
      ? planOverdueSent
        ? undefined
        : planDueMs
      : periodEndSent
        ? undefined
        : Date.parse(plan.remediationDue);
    const next = await run.nextAction(ACTIONS_BY_STAGE.suspended, wakeAt);
    if (!next) {
      if (!plan) {
        planOverdueSent = true;
        await notice('remediation plan overdue notice', 'remediation-plan-overdue', iso(planDueMs));
        run.note('no remediation plan by its due date; customs is reminded');
      } else {
        periodEndSent = true;
        await notice('remediation period end notice', 'remediation-period-ended', plan.remediationDue);
        run.note('the remediation period ended; customs decides on reinstatement or revocation');
      }
      continue;
    }
    const current = next.action;
    if (current.action === 'remediation-plan') {
      const submitted = planOf(current.by, current.measures, current.periodDays);
      if (!(await run.applies(next, () => recordPlan(submitted)))) continue;
      planAccepted(submitted);
      periodEndSent = false;
      run.done(next);
      continue;
    }
    if (current.action === 'reinstate') {
      // A suspension that interrupted a revalidation ends it: the reinstatement confirms the authorisation afresh.
      const nextDue = fromCycle ? addMonths(Date.now(), policy.intervalMonths) : run.nextDueMs;
      if (
        !(await run.applies(next, () =>
          register.recordReinstatement({
            ...ref,
            decidedBy: current.by,
            reasons: current.reasons,
            nextRevalidationDue: iso(nextDue),
          }),
        ))
      )
        continue;
      if (fromCycle) {
        await run.step(
          'revalidation completion after the reinstatement',
          () =>
            register.completeRevalidation({
              ...ref,
              cycle: state.cycle,
              outcome: 'reinstated',
              decidedBy: current.by,
              reasons: current.reasons,
              conditions: state.conditions,
              nextRevalidationDue: iso(nextDue),
            }),
          current.by,
        );
      }
      run.setDue(nextDue);
      state.suspension = undefined;
      run.enter('monitoring', `reinstated by ${current.by}; revalidation due ${state.nextDueAt}`);
      run.done(next);
      return {
        kind: 'next-run',
        cycle: fromCycle ? state.cycle + 1 : state.cycle,
        nextDueMs: nextDue,
        conditions: state.conditions,
      };
    }
    // The stage's other actions: an intended revocation or a surrender.
    const outcome = current.action === 'intend-revocation' ? await revocation(run, next) : await surrender(run, next);
    if (outcome) return outcome;
    if (!next.failed) run.enter('suspended', 'the intended revocation was dropped; the suspension continues');
  }
}
