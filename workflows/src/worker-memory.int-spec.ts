// The worker's memory per cached workflow (issue 21): a parked revalidation workflow cached by the
// worker must cost under 1 MB. It cost 2.6 MB of heap (and 3-5 MB of RSS in the worker thread)
// when every workflow evaluated the whole bundle, zod and all ten workflows' contracts, in the
// reusable V8 context; now zod is shared (shared/preload.ts) and each workflow evaluates its own
// workflow's modules only (workflows.ts).
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { testEnv, waitFor } from '@aeo/testing';
import { bundleWorkflows } from './bundle';
import { revalidationWorkflow } from './revalidation/revalidation.workflow';
import type { RevalidationInput } from './revalidation/revalidation.contract';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const WORKFLOWS = 40;
const MB = 2 ** 20;

const input = (n: number): RevalidationInput => {
  const id = String(n).padStart(6, '0');
  return {
    authorisationNumber: `MN-AEO-MEM-${id}`,
    applicationId: `00000000-0000-4000-8000-000000${id}`,
    operatorId: `00000000-0000-4000-9000-000000${id}`,
    taxpayerId: `9${id}`,
    region: 'ULAANBAATAR',
    statusType: 'AEOF',
    nextDueAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
  };
};

describe('the orchestrating worker, revalidation workflows parked in its cache', () => {
  let env: TestWorkflowEnvironment;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnv.temporalTestServerPath } },
    });
    bundle = await bundleWorkflows();
  }, 120_000);
  afterAll(() => env?.teardown());

  it('holds each under 1 MB of heap', async () => {
    const taskQueue = 'worker-memory';
    // The workflows in this thread (debugMode), in the reusable V8 context as in production, so
    // that this process's heap is theirs.
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      debugMode: true,
      maxCachedWorkflows: WORKFLOWS + 10,
    });
    const park = async (from: number, count: number) => {
      const handles = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          env.client.workflow.start(revalidationWorkflow, {
            taskQueue,
            workflowId: `worker-memory-${from + i}`,
            args: [input(from + i)],
          }),
        ),
      );
      // Parked: the first task done (its timer set), the workflow in the worker's cache.
      await waitFor(
        `${from + count} workflows cached`,
        async () => (worker.getStatus().numCachedWorkflows >= from + count ? true : undefined),
        60_000,
        100,
      );
      for (const handle of handles) {
        await waitFor(
          `${handle.workflowId} on its timer`,
          async () => ((await handle.describe()).historyLength >= 4 ? true : undefined),
          30_000,
          100,
        );
      }
    };

    const perWorkflowMb = await worker.runUntil(async () => {
      // The first workflow pays for the context once; the rest is per workflow.
      await park(0, 1);
      const before = heapAfterGc();
      await park(1, WORKFLOWS);
      const after = heapAfterGc();
      return (after - before) / MB / WORKFLOWS;
    });
    console.log(`heap per cached revalidation workflow: ${perWorkflowMb.toFixed(2)} MB`);
    expect(perWorkflowMb).toBeLessThan(1);
  }, 180_000);
});
