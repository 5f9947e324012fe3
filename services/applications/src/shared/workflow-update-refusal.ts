import { ConflictException, HttpException, UnprocessableEntityException } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import type { WorkflowUpdateFailedError } from '@temporalio/client';
import { FAILURE_TYPES } from '@aeo/workflows';

/**
 * The HTTP answer to a person's action the workflow did not apply: 422 when its data could not be
 * recorded (a deterministic data error; nothing changed, operations are alerted, the next action
 * is taken) or when the workflow's validator refused a value (its message names the field, e.g.
 * "days: an extension is at most 60 days"), 409 when the stage does not allow it.
 */
export function updateRefusal(what: string, error: WorkflowUpdateFailedError): HttpException {
  const cause = error.cause;
  const reason = cause?.message ?? error.message;
  if (cause instanceof ApplicationFailure && cause.type === FAILURE_TYPES.invalidData)
    return new UnprocessableEntityException(`${what} failed: ${reason}`);
  if (cause instanceof ApplicationFailure && cause.type === FAILURE_TYPES.invalidInput)
    return new UnprocessableEntityException(`${what} refused: ${reason}`);
  return new ConflictException(`${what} refused: ${reason}`);
}
