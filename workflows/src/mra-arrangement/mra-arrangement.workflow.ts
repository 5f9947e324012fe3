import { allHandlersFinished, condition, continueAsNew } from '@temporalio/workflow';
import { parseWorkflowInput } from '../shared/input';
import { handleQueriesAndUpdates } from './handlers';
import {
  type MraArrangementInput,
  type MraArrangementResult,
  mraArrangementInputSchema,
} from './mra-arrangement.contract';
import { ArrangementRun } from './run';
import { watchReviews } from './stages/review';

/**
 * The life of one mutual recognition arrangement (`mra-arrangement-<id>`), its process owner:
 * preparation → programme comparison → joint validation → negotiation → signed → implementation
 * → operational, with periodic reviews, suspension (from signed on; resumption returns to the
 * phase it was in) and termination (from any phase). People's steps arrive as one update whose
 * validator refuses what the phase does not allow (`handlers`, `stages/rules`); each step is
 * recorded by the mra service (row, record, event, audit) before the state changes
 * (`stages/steps`). The workflow's own clock sends the review reminders (`stages/review`). A
 * completed review continues as new; a termination ends the workflow.
 */
export async function mraArrangementWorkflow(rawInput: MraArrangementInput): Promise<MraArrangementResult> {
  const input = parseWorkflowInput(mraArrangementInputSchema, rawInput, 'MRA arrangement');
  const run = new ArrangementRun(input);
  handleQueriesAndUpdates(run);
  await watchReviews(run);
  await condition(allHandlersFinished);
  if (run.terminated) return { phase: 'terminated', terminatedBy: run.terminated.by, reason: run.terminated.reason };
  return continueAsNew<typeof mraArrangementWorkflow>(run.carried());
}
