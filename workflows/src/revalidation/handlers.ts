import { ApplicationFailure, condition, log, setHandler } from '@temporalio/workflow';
import { validationReportSchema, validationReportSignal } from '../certification/validation-report.contract';
import { workflowCorrelationId } from '../shared/correlation';
import { FAILURE_TYPES, invalidInput } from '../shared/errors';
import { issuesOf, setValidatedSignalHandler } from '../shared/input';
import {
  ACTIONS_BY_STAGE,
  lifecycleActionSchema,
  lifecycleActionUpdate,
  revalidationStateQuery,
  revalidationTriggerSchema,
  revalidationTriggerSignal,
  suspensionScopeProblem,
} from './revalidation.contract';
import { DAY_MS, RevalidationRun, Ticket, inCycle, isFinal } from './run';

/**
 * What reaches a running revalidation: the state query, early triggers, the validation report,
 * and people's actions (one update; its validator refuses what does not fit the stage).
 */
export function handleQueriesSignalsAndUpdates(run: RevalidationRun): void {
  const { state, input, policy } = run;
  setHandler(revalidationStateQuery, () => state);
  setValidatedSignalHandler(revalidationTriggerSignal, revalidationTriggerSchema, 'revalidation trigger', (trigger) => {
    if (run.seen.has(trigger.triggerId))
      return log.info('ignored repeated revalidation trigger', { triggerId: trigger.triggerId });
    run.seen.add(trigger.triggerId);
    if (isFinal(state.stage) || state.stage === 'revoking' || state.stage === 'surrendering')
      return run.note(`${trigger.source} trigger ignored (${trigger.reason}): the authorisation is ending`);
    // Covered by the running cycle: at its stages, and while its first activity runs (the stage still says monitoring).
    if (inCycle(state.stage) || (run.cycleRunning && state.stage === 'monitoring')) {
      // A site visit asked for once the validation has opened without one is left for a follow-up cycle.
      if (trigger.siteVisit && state.validation && !state.validation.siteVisitRequired) {
        state.pendingTriggers.push(trigger);
        return run.note(
          `${trigger.source} trigger noted (${trigger.reason}); it calls for a site visit, so a follow-up revalidation comes after this cycle`,
        );
      }
      run.siteVisitCalledFor ||= trigger.siteVisit;
      return run.note(
        `${trigger.source} trigger noted during cycle ${state.cycle} (${trigger.reason}); this cycle covers it`,
      );
    }
    state.pendingTriggers.push(trigger);
    if (state.stage !== 'monitoring')
      run.note(
        `${trigger.source} trigger noted (${trigger.reason}); a revalidation follows when the authorisation is back in force`,
      );
  });
  setValidatedSignalHandler(validationReportSignal, validationReportSchema, 'validation report', (report) => {
    if (state.validation?.caseId === report.caseId && !run.report) run.report = report;
  });
  setHandler(
    lifecycleActionUpdate,
    async (raw) => {
      const ticket: Ticket = {
        action: lifecycleActionSchema.parse(raw),
        done: false,
        correlationId: workflowCorrelationId(),
      };
      run.queue.push(ticket);
      run.active.add(ticket);
      await condition(() => ticket.done);
      run.active.delete(ticket);
      if (ticket.refusal)
        throw ApplicationFailure.create({
          type: ticket.failureType ?? FAILURE_TYPES.illegalTransition,
          nonRetryable: true,
          message: ticket.refusal,
        });
      return state;
    },
    {
      validator: (raw) => {
        const result = lifecycleActionSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid action: ${issuesOf(result.error)}`);
        const action = result.data;
        if (run.active.size > 0) throw new Error('Another action is being applied; try again');
        const allowed = ACTIONS_BY_STAGE[state.stage];
        if (!allowed.includes(action.action)) {
          throw new Error(
            `"${action.action}" is not possible while the authorisation is at stage ${state.stage}${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}`,
          );
        }
        // Validators do not run on replay, so this refusal changes no recorded history.
        const scopeProblem =
          action.action === 'suspend' ? suspensionScopeProblem(input.statusType, action.scope) : undefined;
        if (scopeProblem) throw invalidInput(scopeProblem);
        if (
          (action.action === 'remediation-plan' || action.action === 'request-suspension') &&
          action.periodDays > policy.maxRemediationDays
        ) {
          throw invalidInput(`periodDays: a remediation period is at most ${policy.maxRemediationDays} days`);
        }
        if ((action.action === 'revoke' || action.action === 'surrender') && action.effectiveFrom) {
          const at = Date.parse(action.effectiveFrom);
          if (at < Date.now() - DAY_MS) throw invalidInput('effectiveFrom: cannot lie in the past');
          if (at > Date.now() + policy.maxEffectDays * DAY_MS)
            throw invalidInput(`effectiveFrom: at most ${policy.maxEffectDays} days ahead`);
        }
      },
    },
  );
}
