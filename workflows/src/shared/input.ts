import { ApplicationFailure, log, setHandler } from '@temporalio/workflow';
import type { SignalDefinition } from '@temporalio/workflow';
import type { z } from 'zod';
import { FAILURE_TYPES } from './errors';

/** A schema's refusal as one line, each issue naming its field: "policy.intervalMonths: ...; region: ...". */
export const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }): string =>
  error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');

/** The workflow's input as its schema reads it; input it refuses fails the workflow at once (no retry fixes it). */
export function parseWorkflowInput<S extends z.ZodType>(schema: S, raw: unknown, workflow: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw ApplicationFailure.create({
      type: FAILURE_TYPES.invalidInput,
      nonRetryable: true,
      message: `Invalid ${workflow} input: ${issuesOf(parsed.error)}`,
    });
  }
  return parsed.data;
}

/** Handles `signal` with what `schema` makes of its argument; an argument the schema refuses is logged (`ignored invalid <what>`) and changes nothing. */
export function setValidatedSignalHandler<I, S extends z.ZodType>(
  signal: SignalDefinition<[I]>,
  schema: S,
  what: string,
  handle: (value: z.output<S>) => void,
): void {
  setHandler(signal, (raw: I) => {
    const result = schema.safeParse(raw);
    if (!result.success) return log.warn(`ignored invalid ${what}`, { issues: issuesOf(result.error) });
    handle(result.data);
  });
}
