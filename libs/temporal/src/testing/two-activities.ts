import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import { NativeConnection, type NativeConnectionOptions, Worker } from '@temporalio/worker';

/**
 * Runs twoActivitiesWorkflow (its activities on `taskQueue`, hosted elsewhere) on a worker of its
 * own, the client and the worker connected with `options`; the activities' answers in order.
 */
export async function runTwoActivitiesWorkflow(
  options: ConnectionOptions & NativeConnectionOptions,
  namespace: string,
  taskQueue: string,
  times: number,
): Promise<string[]> {
  const connection = await Connection.connect(options);
  const native = await NativeConnection.connect(options);
  try {
    const client = new Client({ connection, namespace });
    const workflowQueue = `${taskQueue}-workflows`;
    const worker = await Worker.create({
      connection: native,
      namespace,
      taskQueue: workflowQueue,
      workflowsPath: require.resolve('./two-activities.workflow'),
    });
    return await worker.runUntil(
      client.workflow.execute('twoActivitiesWorkflow', {
        taskQueue: workflowQueue,
        workflowId: workflowQueue,
        args: [taskQueue, times],
      }),
    );
  } finally {
    await connection.close();
    await native.close();
  }
}
