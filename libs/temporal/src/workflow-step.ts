import {
  ConflictException,
  HttpException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { INVALID_DATA_FAILURE_TYPE } from './activity-failures';

/** A person's step as an API receives it: the workflow's step without the person (`by`, `byRoles` come from the token). */
export type StepFromCaller<Step> = Step extends unknown ? Omit<Step, 'by' | 'byRoles'> : never;

/** The update validator's failure type for a malformed value (`FAILURE_TYPES.invalidInput` of `@aeo/workflows`). */
const INVALID_INPUT_FAILURE_TYPE = 'InvalidWorkflowInput';

/**
 * The HTTP answer to a person's step that a workflow's update did not take: 422 when a value was
 * refused or its data could not be recorded, 409 with the workflow's reason when its phase does
 * not allow the step, 409 `ended` when the workflow is no longer running, 503 when Temporal did
 * not answer.
 */
export function workflowStepRefusal(step: string, error: unknown, ended: string): HttpException {
  if (error instanceof WorkflowUpdateFailedError) {
    const reason = error.cause?.message ?? error.message;
    const type = error.cause instanceof ApplicationFailure ? error.cause.type : undefined;
    if (type === INVALID_INPUT_FAILURE_TYPE || type === INVALID_DATA_FAILURE_TYPE)
      return new UnprocessableEntityException(`Step "${step}" refused: ${reason}`);
    return new ConflictException(`Step "${step}" refused: ${reason}`);
  }
  const message = (error as Error).message ?? String(error);
  if (error instanceof WorkflowNotFoundError || /already completed/i.test(message)) return new ConflictException(ended);
  return new ServiceUnavailableException(`Workflow service unavailable (${message}); try again`);
}
