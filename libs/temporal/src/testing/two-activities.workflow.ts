// Test-only workflow: calls two activities, each several times, on the task queue it is given.
import { proxyActivities } from '@temporalio/workflow';

export async function twoActivitiesWorkflow(taskQueue: string, times: number): Promise<string[]> {
  const { first, second } = proxyActivities<{ first(): Promise<string>; second(): Promise<string> }>({
    taskQueue,
    startToCloseTimeout: '10 seconds',
    // One attempt: a task handed to a worker without the activity would fail the workflow.
    retry: { maximumAttempts: 1 },
  });
  const answers: string[] = [];
  for (let i = 0; i < times; i++) answers.push(await first(), await second());
  return answers;
}
