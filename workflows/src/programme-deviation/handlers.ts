import { ApplicationFailure, condition, log, setHandler } from '@temporalio/workflow';
import { FAILURE_TYPES, invalidInput } from '../shared/errors';
import { issuesOf, setValidatedSignalHandler } from '../shared/input';
import {
  type DeviationStep,
  deviationKpiValueSignal,
  deviationStepSchema,
  deviationStepUpdate,
  kpiPeriodValueSchema,
  programmeDeviationStateQuery,
} from './programme-deviation.contract';
import type { DeviationRun } from './run';
import { ignoredPeriod, refusalOf } from './stages/rules';
import { applyStep } from './stages/steps';

const BUSY = 'Another step is being recorded on this deviation case; try again';

/**
 * The state query; the KPI values of later periods as a signal (each period once, in order:
 * repeats and earlier periods are ignored); people's steps as one update whose validator refuses a
 * malformed step (422 naming the field) and one the phase does not allow (409 with the reason).
 */
export function handleQueriesUpdatesAndSignals(run: DeviationRun): void {
  setHandler(programmeDeviationStateQuery, () => run.state);
  setValidatedSignalHandler(deviationKpiValueSignal, kpiPeriodValueSchema, 'KPI period value', (value) => {
    // Ordered from when it arrives: a repeat during the first one's assessment is a repeat too.
    const ignored = ignoredPeriod(value.period, run.latestPeriod);
    if (ignored) return log.info('ignored KPI value', { period: value.period, reason: ignored });
    run.latestPeriod = value.period;
    run.pendingPeriods.push(value);
  });
  setHandler(
    deviationStepUpdate,
    async (raw) => {
      const step = deviationStepSchema.parse(raw);
      // A step arriving right after the start waits for the opening to be recorded (records are numbered in order).
      await condition(() => run.opened);
      // Validators do not run on replay, and the phase may have moved since: checked again here.
      refuseOutOfOrder(run, step);
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
        const result = deviationStepSchema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid step: ${issuesOf(result.error)}`);
        refuseOutOfOrder(run, result.data);
      },
    },
  );
}

/** Refuses a step while another is recorded, or one the phase does not allow, with the reason (the API answers 409). */
function refuseOutOfOrder(run: DeviationRun, step: DeviationStep): void {
  const refusal = run.busy ? BUSY : refusalOf(run.state, step);
  if (refusal)
    throw ApplicationFailure.create({ type: FAILURE_TYPES.illegalTransition, nonRetryable: true, message: refusal });
}
