import { setHandler } from '@temporalio/workflow';
import { handleStepUpdate } from '../shared/step-update';
import { arrangementStepSchema, arrangementStepUpdate, mraArrangementStateQuery } from './mra-arrangement.contract';
import type { ArrangementRun } from './run';
import { refusalOf } from './stages/rules';
import { applyStep } from './stages/steps';

const BUSY = 'Another step is being recorded on this arrangement; try again';

/**
 * The state query, and people's steps as one update: its validator refuses a malformed step
 * (422 naming the field) and one the phase does not allow (409 with the reason); one step at a time.
 */
export function handleQueriesAndUpdates(run: ArrangementRun): void {
  setHandler(mraArrangementStateQuery, () => run.state);
  handleStepUpdate({
    update: arrangementStepUpdate,
    schema: arrangementStepSchema,
    run,
    busy: BUSY,
    refusalOf,
    apply: (step) => applyStep(run, step),
  });
}
