/**
 * Cleanup of the workflows a benchmark started on the shared Temporal server: none may be left
 * running, whether the benchmark succeeded, failed or was interrupted.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import { sleep } from './bench-kit';

export interface TerminateOptions {
  /** Why, in the terminations and the batch operation. */
  reason: string;
  /** Terminations in flight at once. */
  concurrency: number;
  /** The whole cleanup's bound: past it, what still runs is reported (the batch operation goes on). */
  timeoutMs: number;
  /** A progress line at most this often. */
  progressEveryMs?: number;
  /**
   * How many workflows the caller started on the queue: visibility lags the starts, so the cleanup
   * first waits (within its bound) until it lists that many, lest the last ones escape it.
   */
  started?: number;
}

/**
 * Terminates every running workflow of `taskQueue` and waits, bounded, until visibility counts
 * none running there, with a progress line every few seconds.
 *
 * A server batch operation goes first: it finishes the job on the server even if this process
 * dies during the cleanup. It alone is too slow here (the dev server's batcher terminated about 5
 * workflows a second under load, so 2,000 took minutes and the former 30 s bound left them
 * running), so the benchmark also terminates them itself, `concurrency` at a time, listing the
 * running ones again until visibility has none (it lags the terminations by a moment).
 * Resolves with the number of workflows it found running; rejects if some still run at the bound.
 */
export async function terminateRunningOnQueue(
  client: Client,
  taskQueue: string,
  options: TerminateOptions,
): Promise<number> {
  const { reason, concurrency, timeoutMs, progressEveryMs = 5000 } = options;
  const query = `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`;
  const count = async () => (await client.workflow.count(query)).count;
  const started = performance.now();
  const deadline = started + timeoutMs;
  const visible = async () => (await client.workflow.count(`TaskQueue = '${taskQueue}'`)).count;
  while (options.started && (await visible()) < options.started && performance.now() < deadline) await sleep(500);
  const found = await count();
  if (found === 0) return 0;

  const { namespace, identity } = client.options;
  let jobId: string | undefined = `bench-cleanup-${taskQueue}-${randomBytes(3).toString('hex')}`;
  try {
    await client.workflowService.startBatchOperation({
      namespace,
      jobId,
      reason,
      visibilityQuery: query,
      terminationOperation: { identity },
    });
  } catch (error) {
    // The dev server runs one batch operation per namespace at a time: another one's may hold it.
    console.warn(`[bench] no batch operation (${(error as Error).message}): terminating them here only`);
    jobId = undefined;
  }
  console.log(
    `[bench] terminating ${found} running workflows of ${taskQueue}` +
      (jobId ? ` (batch operation ${jobId} as a backstop)` : ''),
  );

  let terminated = 0;
  let running = found;
  let lastReport = started;
  const report = (force = false) => {
    if (!force && performance.now() - lastReport < progressEveryMs) return;
    lastReport = performance.now();
    const seconds = ((lastReport - started) / 1000).toFixed(0);
    console.log(
      `[bench]   ${taskQueue}: ${terminated} of ${found} terminated here, ${running} running at the last count (${seconds} s)`,
    );
  };
  const terminate = async (workflowId: string) => {
    try {
      await client.workflow.getHandle(workflowId).terminate(reason);
      terminated++;
    } catch (error) {
      // Terminated meanwhile (by the batch operation, or visibility had not caught up yet).
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  };

  const terminateAll = async (ids: string[]) => {
    let next = 0;
    const lane = async () => {
      while (next < ids.length && performance.now() < deadline) {
        await terminate(ids[next++]);
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, lane));
  };

  while (running > 0 && performance.now() < deadline) {
    // A listing of thousands is slow on the dev server: terminate each page's worth as it comes.
    let page: string[] = [];
    for await (const execution of client.workflow.list({ query, pageSize: 200 })) {
      page.push(execution.workflowId);
      if (page.length === 200) {
        await terminateAll(page);
        page = [];
      }
      if (performance.now() >= deadline) break;
    }
    await terminateAll(page);
    // Visibility follows the terminations by a moment: wait for it before listing again.
    for (let i = 0; i < 20 && performance.now() < deadline; i++) {
      running = await count();
      report();
      if (running === 0) break;
      await sleep(500);
    }
  }
  report(true);
  if (running > 0) {
    throw new Error(
      `${running} of ${found} workflows of ${taskQueue} still running after ${timeoutMs} ms` +
        (jobId ? `; batch operation ${jobId} goes on (temporal batch describe --job-id ${jobId})` : '') +
        `; temporal workflow count --query "${query}"`,
    );
  }
  // Nothing left for it: free the namespace's batch slot for others.
  if (jobId) {
    await client.workflowService
      .stopBatchOperation({ namespace, jobId, reason: 'nothing left to terminate', identity })
      .catch(() => undefined);
  }
  return found;
}
