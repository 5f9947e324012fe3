import { ApplicationFailure } from '@temporalio/workflow';
import type { z } from 'zod';
import { FAILURE_TYPES } from './errors';

/** A schema's refusal as one line, each issue naming its field: "policy.intervalMonths: ...; region: ...". */
export const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');

/** The workflow's input as its schema reads it; input it refuses fails the workflow at once (no retry fixes it). */
export function parseWorkflowInput<S extends z.ZodType>(schema: S, raw: unknown, workflow: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw ApplicationFailure.create({ type: FAILURE_TYPES.invalidInput, nonRetryable: true, message: `Invalid ${workflow} input: ${issuesOf(parsed.error)}` });
  }
  return parsed.data;
}
