// Node-side helpers of the workflows library (bundling, worker construction); never imported by workflow code.
import { NativeConnection, Worker, bundleWorkflowCode, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import { join } from 'node:path';

export const WORKFLOWS_PATH = require.resolve('./workflows');
/** Workflow interceptors: the correlation id of starts, signals and updates goes on to activities. */
export const WORKFLOW_INTERCEPTOR_MODULES = [require.resolve('./shared/correlation')];
/** Modules evaluated once per worker thread and shared by every workflow (see shared/preload.ts). */
export const WORKFLOW_PRELOAD_MODULES = [require.resolve('./shared/preload')];

/** Bundles the workflow code once (webpack); tsconfig paths resolved for shared contracts. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
    preloadModules: WORKFLOW_PRELOAD_MODULES,
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.plugins = [
        ...(config.resolve.plugins ?? []),
        new TsconfigPathsPlugin({ configFile: join(__dirname, '..', '..', 'tsconfig.base.json') }),
      ];
      return config;
    },
  });
}

export interface OrchestratingWorkerOptions {
  namespace: string;
  taskQueue: string;
  maxConcurrentWorkflowTaskExecutions: number;
  /**
   * Workflows kept in the worker's memory between tasks. A parked revalidation workflow wakes a few
   * times a year, so evicting it costs a short replay then; caching every one of them would not fit.
   */
  maxCachedWorkflows?: number;
}

/** The orchestrating worker: runs workflow code only; activities live in the owning services. */
export async function createOrchestratingWorker(
  options: OrchestratingWorkerOptions,
  connection: NativeConnection,
  bundle?: WorkflowBundleWithSourceMap,
): Promise<Worker> {
  return Worker.create({ connection, ...options, workflowBundle: bundle ?? (await bundleWorkflows()) });
}
