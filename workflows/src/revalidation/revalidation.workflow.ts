import { allHandlersFinished, condition, continueAsNew } from '@temporalio/workflow';
import { parseWorkflowInput } from '../shared/input';
import { handleQueriesSignalsAndUpdates } from './handlers';
import {
  RevalidationInput,
  RevalidationResult,
  RevalidationTrigger,
  revalidationInputSchema,
} from './revalidation.contract';
import { RevalidationRun, iso, mergedTrigger } from './run';
import { monitoring } from './stages/monitoring';

export { addMonths } from './run';

/**
 * The life of one authorisation after its grant, for years. Each stage is a module of `stages/`,
 * a function of the run's state (`RevalidationRun`):
 *
 * - monitoring: sleeps until the revalidation due date, with reminders ahead of it (90 and 30
 *   days by default); an early trigger (regional office, risk alert, reported change) starts a
 *   cycle at once, a repeated trigger changes nothing;
 * - a revalidation cycle (`cycle`): the operator updates its self-assessment (with a deadline),
 *   risk re-assessment, validation by the validation service (desk review; a site visit when
 *   risk, a missing update or the trigger calls for one), and the executive's decision: confirm
 *   (with conditions), suspend, or intend a revocation;
 * - `suspension` (by customs, or at the holder's request; wholly or only the security part): the
 *   holder's remediation plan and period, reminders, then reinstatement or revocation;
 * - `revocation`: grounds, the right to be heard, a decision with an effective date;
 * - `surrender` at the holder's request.
 *
 * Each completed cycle (and each reinstatement) continues as new, so no history grows without
 * bound. People act through one update, `lifecycleAction`, whose validator refuses what does not
 * fit the stage (`handlers`). An action whose activity fails for good (data no retry can fix) is
 * refused with the reason and operations are alerted; the workflow stays at its stage and takes
 * the next one.
 */
export async function revalidationWorkflow(rawInput: RevalidationInput): Promise<RevalidationResult> {
  const input = parseWorkflowInput(revalidationInputSchema, rawInput, 'revalidation');
  const run = new RevalidationRun(input);
  handleQueriesSignalsAndUpdates(run);
  const outcome = await monitoring(run);
  run.refuseLeftovers();
  await condition(allHandlersFinished);
  if (outcome.kind === 'end') return outcome.result;
  return continueAsNew<typeof revalidationWorkflow>({
    authorisationNumber: input.authorisationNumber,
    applicationId: input.applicationId,
    operatorId: input.operatorId,
    taxpayerId: input.taxpayerId,
    region: input.region,
    statusType: input.statusType,
    programmeVersion: input.programmeVersion,
    cycle: outcome.cycle,
    nextDueAt: iso(outcome.nextDueMs),
    conditions: outcome.conditions,
    policy: input.policy,
    pendingTriggers: carriedTriggers(run.state.pendingTriggers),
    // The most recent ids are enough to recognise a redelivered trigger.
    seenTriggerIds: [...run.seen].slice(-500),
  });
}

/** At most 50 triggers cross continue-as-new; any beyond are merged into the last, so none is lost. */
function carriedTriggers(triggers: RevalidationTrigger[]): RevalidationTrigger[] {
  if (triggers.length <= 50) return triggers;
  return [...triggers.slice(0, 49), mergedTrigger(triggers.slice(49))];
}
