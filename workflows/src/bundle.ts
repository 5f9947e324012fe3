// Node-side helpers of the workflows library (bundling, worker construction); never imported by workflow code.
import {
  NativeConnection,
  Worker,
  bundleWorkflowCode,
  WorkflowBundleOption,
  WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bundles the workflow code once (webpack); tsconfig paths resolved for shared contracts. The
 * sources are resolved here, not at import: the compiled worker (tools/build) has none and loads
 * its prebuilt bundle instead (prebuiltWorkflowBundle).
 */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: require.resolve('./workflows'),
    // Workflow interceptors: the correlation id of starts, signals and updates goes on to activities.
    workflowInterceptorModules: [require.resolve('./shared/correlation')],
    // Modules evaluated once per worker thread and shared by every workflow (see shared/preload.ts).
    preloadModules: [require.resolve('./shared/preload')],
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

/** The file the production build writes beside the compiled worker's main.js (tools/build/build-node.ts). */
export const PREBUILT_WORKFLOW_BUNDLE = 'workflow-bundle.js';

/** The prebuilt bundle in `directory` when there is one (the compiled worker), else undefined (bundle at start). */
export function prebuiltWorkflowBundle(directory: string): WorkflowBundleOption | undefined {
  const codePath = join(directory, PREBUILT_WORKFLOW_BUNDLE);
  return existsSync(codePath) ? { codePath } : undefined;
}

/** The orchestrating worker: runs workflow code only; activities live in the owning services. */
export async function createOrchestratingWorker(
  options: OrchestratingWorkerOptions,
  connection: NativeConnection,
  bundle?: WorkflowBundleOption,
): Promise<Worker> {
  return Worker.create({ connection, ...options, workflowBundle: bundle ?? (await bundleWorkflows()) });
}
