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
