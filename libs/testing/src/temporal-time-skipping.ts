import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { ActivityInterceptorsFactory, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { testEnv } from './env';

/** The workers of one test: the workflow bundle on its task queue, and each service's activities (fakes) on theirs. */
export interface TestWorkers {
  /** The task queue the workflow bundle runs on. */
  workflows: string;
  /** The activities hosted on each task queue, by task queue. */
  activities: Record<string, object>;
  /** Interceptors of every activity worker (to see the headers activities receive, say). */
  activityInterceptors?: ActivityInterceptorsFactory[];
}

export interface TimeSkippingTestbed {
  /** The spec file's own time-skipping test server (from its beforeAll on). */
  readonly env: TestWorkflowEnvironment;
  /** Runs `fn` while the workers run, and stops them after it. */
  withWorkers<T>(workers: TestWorkers, fn: () => Promise<T>): Promise<T>;
}

/**
 * Temporal's time-skipping test server for a spec file (a process of the file's own, so no other
 * test's workers share its task queues), started in `beforeAll` with the workflow bundle built
 * once, and torn down in `afterAll`. Call it in the spec's `describe`.
 */
export function useTimeSkippingTestbed(
  bundleWorkflows: () => Promise<WorkflowBundleWithSourceMap>,
): TimeSkippingTestbed {
  let env: TestWorkflowEnvironment | undefined;
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    // Loaded here, not with the library: most of its users never run a workflow.
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testEnv.temporalTestServerPath } },
    });
    bundle = await bundleWorkflows();
  });
  afterAll(() => env?.teardown());
  const started = (): TestWorkflowEnvironment => {
    if (!env) throw new Error('the time-skipping test server starts in beforeAll');
    return env;
  };
  return {
    get env() {
      return started();
    },
    async withWorkers<T>(workers: TestWorkers, fn: () => Promise<T>): Promise<T> {
      const { Worker } = await import('@temporalio/worker');
      const connection = started().nativeConnection;
      const interceptors = workers.activityInterceptors
        ? { interceptors: { activity: workers.activityInterceptors } }
        : {};
      const running = await Promise.all([
        Worker.create({ connection, taskQueue: workers.workflows, workflowBundle: bundle }),
        ...Object.entries(workers.activities).map(([taskQueue, activities]) =>
          Worker.create({ connection, taskQueue, activities, ...interceptors }),
        ),
      ]);
      const run = (index: number): Promise<T> =>
        index === running.length ? fn() : running[index].runUntil(() => run(index + 1));
      return run(0);
    },
  };
}

/** A time-skipping testbed whose workflows run on one task queue, for the specs of one folder. */
export interface WorkflowSpecTestbed {
  /** The spec file's own time-skipping test server (from its beforeAll on). */
  readonly env: TestWorkflowEnvironment;
  /** Runs `fn` while the workflows and these activities (by task queue) run. */
  withActivities<T>(activities: Record<string, object>, fn: () => Promise<T>): Promise<T>;
  /** RECORD_HISTORIES=1 saves the history in the spec folder's `histories/` for its replay test (record before changing the workflow). */
  recordHistory(name: string, handle: WorkflowHandle): Promise<void>;
}

/** `useTimeSkippingTestbed` with the workflow bundle on `workflowTaskQueue`, for the specs in `specDirectory`. */
export function useWorkflowSpecTestbed(
  bundleWorkflows: () => Promise<WorkflowBundleWithSourceMap>,
  workflowTaskQueue: string,
  specDirectory: string,
): WorkflowSpecTestbed {
  const testbed = useTimeSkippingTestbed(bundleWorkflows);
  return {
    get env() {
      return testbed.env;
    },
    withActivities: (activities, fn) => testbed.withWorkers({ workflows: workflowTaskQueue, activities }, fn),
    recordHistory: (name, handle) => recordHistory(join(specDirectory, 'histories'), name, handle),
  };
}

/** How a workflow refused an update (the update must fail): the message and failure type of its cause. */
export async function updateRefusal(update: Promise<unknown>): Promise<{ message: string; type?: string }> {
  const error = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const failure = error as WorkflowUpdateFailedError;
  const cause = failure.cause;
  return {
    message: cause?.message ?? failure.message,
    type: cause instanceof ApplicationFailure ? (cause.type ?? undefined) : undefined,
  };
}

/**
 * With RECORD_HISTORIES=1, saves the workflow's history as `<directory>/<name>.json` for the
 * replay tests (record before changing a workflow); otherwise does nothing.
 */
export async function recordHistory(directory: string, name: string, handle: WorkflowHandle): Promise<void> {
  if (process.env['RECORD_HISTORIES'] !== '1') return;
  const { historyToJSON } = await import('@temporalio/common/lib/proto-utils');
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, `${name}.json`), historyToJSON(await handle.fetchHistory()));
}

/**
 * Replays each history recorded in `directory` (`recordHistory`) against the current workflow
 * bundle, built once: a change that would break running workflows (non-determinism) fails here.
 * `expected` names the files, so a history lost or left unrecorded fails too.
 */
export function itReplaysRecordedHistories(
  directory: string,
  expected: readonly string[],
  bundleWorkflows: () => Promise<WorkflowBundleWithSourceMap>,
): void {
  const histories = readdirSync(directory).filter((file) => file.endsWith('.json'));
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  });

  it('has recorded histories to replay', () => {
    expect([...histories].sort()).toEqual(expected);
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const { Worker } = await import('@temporalio/worker');
    const history = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle }, history, `replay-${file}`)).resolves.toBeUndefined();
  });
}
