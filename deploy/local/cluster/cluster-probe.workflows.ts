// Test-only workflow of cluster.int-spec.ts: waits across a restart of the Temporal server.
import { condition, defineSignal, setHandler, sleep } from '@temporalio/workflow';

export const proceedSignal = defineSignal('proceed');

/** Sleeps a second (a timer), then waits for `proceed` and returns what it was started with. */
export async function clusterProbeWorkflow(label: string): Promise<string> {
  let proceeded = false;
  setHandler(proceedSignal, () => void (proceeded = true));
  await sleep('1 second');
  await condition(() => proceeded);
  return `resumed ${label}`;
}
