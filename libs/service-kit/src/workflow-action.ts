import { ApiExtension } from '@nestjs/swagger';

/** Marks an operation that hands a person's action to a workflow (a Temporal update), so its OpenAPI operation documents the 422 of data the workflow could not record. */
export const WORKFLOW_ACTION_EXTENSION = 'x-workflow-action';
export const WorkflowAction = () => ApiExtension(WORKFLOW_ACTION_EXTENSION, true);
export const WORKFLOW_ACTION_UNPROCESSABLE =
  'The workflow could not record the action’s data (a data error no retry can fix; the message gives the reason): nothing changed, operations are alerted, and the next action is taken. Also: the Idempotency-Key was used for a different request';
