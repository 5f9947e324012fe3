// Test-only workflows: what the operations service lists and shows as a timeline.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import {
  ApplicationFailure,
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
} from '@temporalio/workflow';

export const proceedSignal = defineSignal('proceed');
export const noteUpdate = defineUpdate<string, [string]>('note');
const stageKey = defineSearchAttributeKey('AeoStage', SearchAttributeType.KEYWORD);

interface ProbeActivities {
  probeStep(): Promise<string>;
  probeFailure(): Promise<void>;
}

/**
 * Sets its stage, runs an activity, sleeps a second, waits for `proceed` and a `note` update,
 * moves to stage `review`, catches a failing activity and completes.
 */
export async function operationsProbeWorkflow(): Promise<string> {
  const { probeStep, probeFailure } = proxyActivities<ProbeActivities>({
    startToCloseTimeout: '10 seconds',
    retry: { maximumAttempts: 1 },
  });
  let proceeded = false;
  let noted = '';
  setHandler(proceedSignal, () => void (proceeded = true));
  setHandler(noteUpdate, (text) => (noted = text));
  upsertSearchAttributes([{ key: stageKey, value: 'intake' }]);
  await probeStep();
  await sleep('1 second');
  await condition(() => proceeded && noted !== '');
  upsertSearchAttributes([{ key: stageKey, value: 'review' }]);
  await probeFailure().catch(() => undefined);
  return noted;
}

/** Fails at once. */
export async function failingProbeWorkflow(): Promise<void> {
  throw ApplicationFailure.create({ type: 'ProbeFailure', message: 'the probe failed on purpose', nonRetryable: true });
}

/** Waits on an activity of a task queue no worker polls (a stuck run). */
export async function stalledProbeWorkflow(nobodysQueue: string): Promise<void> {
  const { probeStep } = proxyActivities<ProbeActivities>({ taskQueue: nobodysQueue, startToCloseTimeout: '1 minute' });
  await probeStep();
}

/** Waits for a signal that never comes (waiting, not stuck). */
export async function waitingProbeWorkflow(): Promise<void> {
  await condition(() => false);
}
