import { createServer } from 'node:http';
import { NativeConnection } from '@temporalio/worker';
import { temporalConnectionOptionsFrom } from '@aeo/config';
import { createLogger, metricsRegistry } from '@aeo/observability';
import { createOrchestratingWorker, prebuiltWorkflowBundle } from '@aeo/workflows/bundle';
import { loadWorkerConfig } from './worker-config';

/**
 * The orchestrating worker process: polls the certification task queue and serves
 * /health/live, /health/ready and /metrics for operations.
 */
async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = createLogger('worker', config.LOG_LEVEL);
  const connection = await NativeConnection.connect(temporalConnectionOptionsFrom(config));
  const worker = await createOrchestratingWorker(
    {
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.WORKER_TASK_QUEUE,
      maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    },
    connection,
    // The compiled worker (dist/worker) has its workflows prebundled beside it; from the sources
    // (npm start, the tests) there is none and they are bundled now.
    prebuiltWorkflowBundle(__dirname),
  );

  const server = createServer((req, res) => {
    void (async () => {
      if (req.url === '/health/live') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      } else if (req.url === '/health/ready') {
        const running = worker.getState() === 'RUNNING';
        res.writeHead(running ? 200 : 503, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            status: running ? 'ok' : 'error',
            worker: worker.getState(),
            taskQueue: config.WORKER_TASK_QUEUE,
          }),
        );
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(await metricsRegistry.metrics());
      } else {
        res.writeHead(404).end();
      }
    })();
  });
  server.listen(config.WORKER_HTTP_PORT, config.HOST);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
  logger.info(
    {
      taskQueue: config.WORKER_TASK_QUEUE,
      address: config.TEMPORAL_ADDRESS,
      tls: config.TEMPORAL_TLS,
      port: config.WORKER_HTTP_PORT,
    },
    'orchestrating worker started',
  );
  await worker.run();
  server.close();
  await connection.close();
  logger.info('orchestrating worker stopped');
}

main().catch((error) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'worker', msg: 'worker failed', err: String(error?.stack ?? error) }),
  );
  process.exit(1);
});
