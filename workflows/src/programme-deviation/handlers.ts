import { condition, log, setHandler } from '@temporalio/workflow';
import { setValidatedSignalHandler } from '../shared/input';
import { handleStepUpdate } from '../shared/step-update';
import {
  acceptedDeviationStepSchema,
  deviationKpiValueSignal,
  deviationStepSchema,
  deviationStepUpdate,
  kpiPeriodValueSchema,
  programmeDeviationStateQuery,
} from './programme-deviation.contract';
import type { DeviationRun } from './run';
import { arrivalRefusalOf, ignoredPeriod, refusalOf } from './stages/rules';
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
  handleStepUpdate({
    update: deviationStepUpdate,
    // New steps within the current limits; the handler (re-run on replay) takes what was accepted before them.
    schema: deviationStepSchema,
    handlerSchema: acceptedDeviationStepSchema,
    arrivalRefusalOf,
    run,
    busy: BUSY,
    refusalOf,
    apply: (step) => applyStep(run, step),
    // A step arriving right after the start waits for the opening to be recorded (records are numbered in order).
    before: () => condition(() => run.opened),
  });
}
