// The workflow specs' time-skipping testbed (never part of the workflow bundle).
import { useWorkflowSpecTestbed, waitFor } from '@aeo/testing';
import { bundleWorkflows } from '../../bundle';
import { TASK_QUEUES } from '../task-queues';
import { activitiesByQueue, type RecordingFakes } from './fakes';

export const DAY_MS = 86_400_000;

/**
 * The time-skipping test server of the workflow specs in `specDirectory`, with the workflow bundle
 * on the orchestrating task queue. Call it in the spec's `describe`.
 */
export function useWorkflowTestbed(specDirectory: string) {
  const testbed = useWorkflowSpecTestbed(bundleWorkflows, TASK_QUEUES.certification, specDirectory);
  return Object.assign(testbed, {
    /** Runs `fn` while the workflows and the services' fakes (`recordingFakes`, as they are now) run. */
    withWorkers: <T>(fake: RecordingFakes, fn: () => Promise<T>): Promise<T> =>
      testbed.withActivities(activitiesByQueue(fake), fn),
  });
}

/**
 * Reads the workflow's state (a query) every 50 ms until `reached` accepts it, and returns it; a
 * query that finds no worker task (between two runs of a continue-as-new) is tried again.
 */
export const untilState = <S>(
  read: () => Promise<S>,
  reached: (state: S) => boolean,
  what: string,
  // A bound, not a measure: a loaded machine (two cores, parallel suites) took over 5 s to run a first workflow task.
  timeoutMs = 30_000,
) =>
  waitFor(
    what,
    async () => {
      const state = await read();
      return reached(state) ? state : undefined;
    },
    timeoutMs,
    50,
  );
