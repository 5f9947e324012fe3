import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import { Client, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { certificationWorkflowId } from '@aeo/workflows';

/** What a failed call to a certification workflow tells the caller besides the failure itself. */
export interface WorkflowCallNotes {
  /** After "is not running", e.g. "; nothing to decide". */
  notRunning?: string;
  /** What became of the request when Temporal could not be reached, e.g. "nothing was recorded". */
  unavailable: string;
}

/** 409 when the application's certification workflow is not running, otherwise 503 (Temporal unreachable). */
export function certificationWorkflowError(applicationId: string, error: unknown, notes: WorkflowCallNotes): Error {
  if (error instanceof WorkflowNotFoundError)
    return new ConflictException(
      `The certification workflow of application ${applicationId} is not running${notes.notRunning ?? ''}`,
    );
  return new ServiceUnavailableException(
    `Workflow service unavailable (${(error as Error).message}); ${notes.unavailable}: repeat the request`,
  );
}

/** Sends to the application's certification workflow (a signal or an update), its failures as 409/503. */
export async function tellCertificationWorkflow(
  temporal: Client,
  applicationId: string,
  send: (handle: WorkflowHandle) => Promise<void>,
  notes: WorkflowCallNotes,
): Promise<void> {
  try {
    await send(temporal.workflow.getHandle(certificationWorkflowId(applicationId)));
  } catch (error) {
    throw certificationWorkflowError(applicationId, error, notes);
  }
}
