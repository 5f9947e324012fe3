import { NativeConnection, type Worker } from '@temporalio/worker';
import { testEnv } from './env';

export interface InProcessWorker {
  /** Shuts the worker down, waits for it to stop, and closes its connection. */
  stop(): Promise<void>;
}

/**
 * Runs a Temporal worker inside the test process (e.g. the orchestrating worker of
 * `@aeo/workflows/bundle`, made by `create` on a connection to the test server) until `stop`.
 */
export async function runWorkerInProcess(
  create: (connection: NativeConnection) => Promise<Worker>,
): Promise<InProcessWorker> {
  const connection = await NativeConnection.connect({ address: testEnv.temporalAddress });
  let worker: Worker;
  try {
    worker = await create(connection);
  } catch (error) {
    await connection.close();
    throw error;
  }
  const running = worker.run();
  return {
    stop: async () => {
      worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
