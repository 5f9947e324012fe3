import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import type { z } from 'zod';
import { FAILURE_TYPES, invalidInput } from './errors';
import { issuesOf } from './input';

/** A workflow run that takes people's steps one at a time and answers each with its state. */
export interface StepTakingRun<State> {
  readonly state: State;
  busy: boolean;
}

/**
 * People's steps as one update: its validator refuses a malformed step (`InvalidWorkflowInput`
 * naming the field, the API answers 422) and, while another step is being recorded or when the
 * phase does not allow it, refuses it with the reason (the API answers 409). Validators do not run
 * on replay and the phase may have moved since, so the handler checks again before `apply`; one
 * step at a time. `before` runs first in the handler (e.g. wait until the opening is recorded).
 * Bounds tightened later go only in the validator: `handlerSchema` (default `schema`) is what the
 * handler parses, looser so a step accepted earlier replays; `arrivalRefusalOf` is checked only by
 * the validator (a new step), never on replay.
 */
export function handleStepUpdate<State, Step, StepInput>(options: {
  update: UpdateDefinition<State, [StepInput]>;
  schema: z.ZodType<Step, StepInput>;
  handlerSchema?: z.ZodType<Step, StepInput>;
  arrivalRefusalOf?: (state: State, step: Step) => string | undefined;
  run: StepTakingRun<State>;
  busy: string;
  refusalOf: (state: State, step: Step) => string | undefined;
  apply: (step: Step) => Promise<void>;
  before?: () => Promise<void>;
}): void {
  const { update, schema, run, busy, refusalOf, apply, before, arrivalRefusalOf } = options;
  const handlerSchema = options.handlerSchema ?? schema;
  const refuseOutOfOrder = (step: Step, arriving = false) => {
    const refused =
      (run.busy ? busy : refusalOf(run.state, step)) ?? (arriving ? arrivalRefusalOf?.(run.state, step) : undefined);
    if (refused)
      throw ApplicationFailure.create({ type: FAILURE_TYPES.illegalTransition, nonRetryable: true, message: refused });
  };
  setHandler(
    update,
    async (raw) => {
      const step = handlerSchema.parse(raw);
      await before?.();
      refuseOutOfOrder(step);
      run.busy = true;
      try {
        await apply(step);
      } finally {
        run.busy = false;
      }
      return run.state;
    },
    {
      validator: (raw) => {
        const result = schema.safeParse(raw);
        if (!result.success) throw invalidInput(`Invalid step: ${issuesOf(result.error)}`);
        refuseOutOfOrder(result.data, true);
      },
    },
  );
}
