import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { FAILURE_TYPES, invalidInput } from '../shared/errors';
import { issuesOf } from '../shared/input';
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
  setHandler(
    arrangementStepUpdate,
    async (raw) => {
      const step = arrangementStepSchema.parse(raw);
      // Validators do not run on replay, and the phase may have moved since: checked again here.
      const refusal = run.busy ? BUSY : refusalOf(run.state, step);
      if (refusal)
        throw ApplicationFailure.create({
          type: FAILURE_TYPES.illegalTransition,
          nonRetryable: true,
          message: refusal,
        });
      run.busy = true;
      try {
        await applyStep(run, step);
      } finally {
        run.busy = false;
      }
      return run.state;
    },
    {
      validator: (raw) => {
        const result = arrangementStepSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid step: ${issuesOf(result.error)}`);
        if (run.busy) throw new Error(BUSY);
        const refusal = refusalOf(run.state, result.data);
        if (refusal) throw new Error(refusal);
      },
    },
  );
}
