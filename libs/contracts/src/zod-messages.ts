import { z } from 'zod';

/**
 * The platform's wording of zod's default messages, for every schema of every process (a schema's
 * own message still wins): a field that is missing is said to be required, with what it takes
 * (`questionId: required (expected string)`), not "Invalid input: expected string, received
 * undefined", which reads as if something wrong had been sent; a date-time or a date in the wrong
 * form is shown one to follow, not only "Invalid ISO datetime". Loaded with @aeo/contracts.
 */
export function platformMessage(issue: {
  code?: string;
  input?: unknown;
  expected?: unknown;
  format?: string;
  pattern?: unknown;
}): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return typeof issue.expected === 'string' ? `required (expected ${issue.expected})` : 'required';
  if (issue.code === 'invalid_format' && issue.format === 'datetime')
    // Said with an example of what to send, as the date fields do; the offset when the schema allows one.
    return String(issue.pattern).includes('[+-]')
      ? 'must be a date and time with its offset, such as 2027-01-10T10:00:00Z or 2027-01-10T18:00:00+08:00'
      : 'must be a date and time in UTC, such as 2027-01-10T10:00:00Z';
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'must be a date such as 2026-11-01';
  return undefined;
}

try {
  z.config({ customError: platformMessage });
} catch (error) {
  // Temporal's workflow sandbox freezes zod's configuration object: workflow code keeps zod's own
  // wording (the same in every run, so replays see the same messages); the services' answers and
  // dead-letter reasons, outside the sandbox, use the platform's.
  if (!(error instanceof TypeError)) throw error;
}
