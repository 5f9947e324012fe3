import type { Client, QueryDefinition } from '@temporalio/client';
import { waitFor } from '@aeo/testing';
import {
  type CertificationState,
  certificationStateQuery,
  certificationWorkflowId,
  type RevalidationState,
  revalidationStateQuery,
  revalidationWorkflowId,
} from '@aeo/workflows';

const STAGE_WAIT_MS = 60_000;

/** A workflow's state, or undefined while the workflow does not answer (not started yet). */
function stateOf<S>(temporal: Client, workflowId: string, query: QueryDefinition<S>): Promise<S | undefined> {
  return temporal.workflow
    .getHandle(workflowId)
    .query(query)
    .catch(() => undefined);
}

/** Waits until the workflow's state is at `stage` (and `extra` holds of it); that state. */
function waitForStage<S extends { stage: string }>(
  temporal: Client,
  workflowId: string,
  query: QueryDefinition<S>,
  stage: string,
  extra: (state: S) => boolean = () => true,
): Promise<S> {
  return waitFor(
    `${workflowId} at ${stage}`,
    async () => {
      const state = await stateOf(temporal, workflowId, query);
      return state && state.stage === stage && extra(state) ? state : undefined;
    },
    STAGE_WAIT_MS,
    250,
  );
}

/** The application's certification workflow state, or undefined while it does not answer. */
export const certificationStateOf = (temporal: Client, applicationId: string) =>
  stateOf(temporal, certificationWorkflowId(applicationId), certificationStateQuery);

/** Waits until the application's certification workflow is at `stage`. */
export const waitForCertificationStage = (
  temporal: Client,
  applicationId: string,
  stage: CertificationState['stage'],
) => waitForStage(temporal, certificationWorkflowId(applicationId), certificationStateQuery, stage);

/** Waits until the authorisation's revalidation workflow is at `stage`. */
export const waitForRevalidationStage = (
  temporal: Client,
  authorisationNumber: string,
  stage: RevalidationState['stage'],
  extra?: (state: RevalidationState) => boolean,
) => waitForStage(temporal, revalidationWorkflowId(authorisationNumber), revalidationStateQuery, stage, extra);
