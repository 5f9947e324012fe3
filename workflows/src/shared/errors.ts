import { ApplicationFailure } from '@temporalio/common';

/** Failure types carried by ApplicationFailure across workflows and activities. */
export const FAILURE_TYPES = {
  invalidInput: 'InvalidWorkflowInput',
  illegalTransition: 'IllegalTransition',
  notFound: 'NotFound',
  /**
   * A deterministic data error (PostgreSQL data exception or constraint violation, a schema
   * refusing the data): the same input fails every time, so no retry is made. Raised for every
   * activity by the services' activity worker (`@aeo/temporal`, `INVALID_DATA_FAILURE_TYPE`).
   */
  invalidData: 'InvalidData',
} as const;

/** Failure types no retry can fix: activities failing with them fail at once. */
export const NON_RETRYABLE_FAILURE_TYPES: readonly string[] = [
  FAILURE_TYPES.illegalTransition,
  FAILURE_TYPES.notFound,
  FAILURE_TYPES.invalidData,
  'InvalidEventDataError',
  'EntityNotFoundError',
  'ZodError',
];

/**
 * An update validator's refusal of a value (the message starts with the field: "days: ..."); the
 * services answer it 422 naming the field, where a refusal the stage makes stays 409.
 */
export function invalidInput(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: FAILURE_TYPES.invalidInput, nonRetryable: true, message });
}

/** What an activity works on does not exist: no retry makes it appear. */
export function notFound(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: FAILURE_TYPES.notFound, nonRetryable: true, message });
}

/** A step the state of what it acts on does not allow (no retry changes that). */
export function illegalTransition(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: FAILURE_TYPES.illegalTransition, nonRetryable: true, message });
}
