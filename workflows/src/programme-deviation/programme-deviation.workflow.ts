import { allHandlersFinished, condition } from '@temporalio/workflow';
import { parseWorkflowInput } from '../shared/input';
import { handleQueriesUpdatesAndSignals } from './handlers';
import {
  DEVIATION_SYSTEM_ACTOR,
  type ProgrammeDeviationInput,
  type ProgrammeDeviationResult,
  programmeDeviationInputSchema,
} from './programme-deviation.contract';
import { DeviationRun } from './run';
import { followCase } from './stages/follow';

/**
 * One deviation case of the programme's quality monitoring
 * (`programme-deviation-<kpiId>-<scope>[-<statusType>]-<period>`, never started twice): opened →
 * analysis (root cause, owner) → improvement plan (actions with owners and due dates) →
 * implementation (actions reported done) → verification (the KPI back within its threshold for
 * the threshold version's number of consecutive periods, signalled by the programme service; a
 * period outside resets the count) → closed. An open action's due date passing escalates the
 * case to executives, who re-plan (back to implementation) or close it with a decision. People's
 * steps arrive as one update whose validator refuses what the phase does not allow
 * (`handlers`, `stages/rules`); every step, the workflow's own included, is recorded by the
 * programme service (row, audit, event) before the state changes (`stages/steps`, `stages/follow`).
 */
export async function programmeDeviationWorkflow(rawInput: ProgrammeDeviationInput): Promise<ProgrammeDeviationResult> {
  const input = parseWorkflowInput(programmeDeviationInputSchema, rawInput, 'programme deviation');
  const run = new DeviationRun(input);
  handleQueriesUpdatesAndSignals(run);
  const { bound, limit, version } = input.threshold;
  const summary = `${input.kpiId} ${input.value} in ${input.period} crossed its threshold (${bound === 'upper' ? '≤' : '≥'} ${limit}, version ${version})`;
  // Opening is recorded before anything else; a case the service cannot record fails at once.
  await run.record({
    step: 'open',
    by: DEVIATION_SYSTEM_ACTOR,
    byRoles: [],
    to: 'opened',
    summary,
    details: { value: input.value },
  });
  run.opened = true;
  run.note(summary);
  await followCase(run);
  await condition(allHandlersFinished);
  return run.state.closure!;
}
