import { z } from 'zod';
import { loadConfig, platformEnvSchema } from '@aeo/config';
import { TASK_QUEUES } from '@aeo/workflows';

/** The worker runs workflows only: it never opens a database, so DATABASE_URL is not read (nor refused). */
export const workerEnvSchema = platformEnvSchema.omit({ DATABASE_URL: true }).extend({
  WORKER_TASK_QUEUE: z.string().min(1).default(TASK_QUEUES.certification),
  WORKER_HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3006),
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(1).max(500).default(40),
  /** Workflows kept in memory between tasks (evicted ones replay their short history when they wake). */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(250),
});
export type WorkerConfig = z.infer<typeof workerEnvSchema>;
export const loadWorkerConfig = (env = process.env) => loadConfig(workerEnvSchema, env);
