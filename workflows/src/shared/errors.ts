/** Failure types carried by ApplicationFailure across workflows and activities. */
export const FAILURE_TYPES = {
  invalidInput: 'InvalidWorkflowInput',
  illegalTransition: 'IllegalTransition',
  notFound: 'NotFound',
} as const;
