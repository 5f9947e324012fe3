import { NativeConnection, Worker, bundleWorkflowCode, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import { join } from 'node:path';
import type { WorkerConfig } from './worker-config';

export const WORKFLOWS_PATH = require.resolve('../workflows');

/** Bundles the workflow code once (webpack); tsconfig paths resolved for shared contracts. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.plugins = [...(config.resolve.plugins ?? []), new TsconfigPathsPlugin({ configFile: join(__dirname, '..', '..', '..', 'tsconfig.base.json') })];
      return config;
    },
  });
}

/** The orchestrating worker: runs workflow code only; activities live in the owning services. */
export async function createOrchestratingWorker(config: WorkerConfig, connection: NativeConnection, bundle?: WorkflowBundleWithSourceMap): Promise<Worker> {
  return Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.WORKER_TASK_QUEUE,
    workflowBundle: bundle ?? (await bundleWorkflows()),
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
  });
}
