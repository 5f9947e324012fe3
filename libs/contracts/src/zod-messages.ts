import { z } from 'zod';

/**
 * The platform's wording of zod's default messages, for every schema of every process (a schema's
 * own message still wins): a field that is missing is said to be required, with what it takes
 * (`questionId: required (expected string)`), not "Invalid input: expected string, received
 * undefined", which reads as if something wrong had been sent. Loaded with @aeo/contracts.
 */
export function missingFieldMessage(issue: { code?: string; input?: unknown; expected?: unknown }): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return typeof issue.expected === 'string' ? `required (expected ${issue.expected})` : 'required';
  return undefined;
}

z.config({ customError: missingFieldMessage });
