import { ApplicationFailure } from '@temporalio/common';
import { WorkflowFailedError } from '@temporalio/client';
import type { Workflow } from '@temporalio/workflow';
import { mraListExportWorkflow } from './mra-list-export/mra-list-export.workflow';
import { programmeReportWorkflow } from './programme-report/programme-report.workflow';
import { FAILURE_TYPES } from './shared/errors';
import { TASK_QUEUES } from './shared/task-queues';
import { useWorkflowTestbed } from './shared/testing/testbed';

jest.setTimeout(120_000);

/** A workflow that a Temporal Schedule starts: one activity of a service, asked with the run's time. */
interface ScheduledRun {
  name: string;
  workflow: Workflow;
  taskQueue: string;
  activity: string;
  made: unknown;
}

const RUNS: ScheduledRun[] = [
  {
    name: 'MRA list export',
    workflow: mraListExportWorkflow,
    taskQueue: TASK_QUEUES.mraListExports,
    activity: 'exportOperationalArrangements',
    made: {
      exported: [{ arrangementId: '3f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', version: 2, created: true }],
      failed: [],
    },
  },
  {
    name: 'programme report',
    workflow: programmeReportWorkflow,
    taskQueue: TASK_QUEUES.programmeReports,
    activity: 'issueQuarterlyReport',
    made: { quarter: '2026-Q4', reportId: '3f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' },
  },
];

describe.each(RUNS)('$name workflow (time-skipping)', ({ workflow, taskQueue, activity, made }) => {
  const testbed = useWorkflowTestbed(__dirname);
  let runs = 0;
  /** Runs the workflow to its end with the service's activity answering `answer` to each attempt's time. */
  const run = (answer: (now: string) => Promise<unknown>) =>
    testbed.withActivities({ [taskQueue]: { [activity]: ({ now }: { now: string }) => answer(now) } }, () =>
      testbed.env.client.workflow.execute(workflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: `${activity}-test-${++runs}`,
      }),
    );

  it('asks the service’s activity with the run’s own time, retrying a failed attempt with the same time', async () => {
    const calls: string[] = [];
    const result = await run(async (now) => {
      calls.push(now);
      if (calls.length === 1) throw new Error('database restarting');
      return made;
    });
    expect(result).toEqual(made);
    expect(calls).toHaveLength(2);
    // Both attempts carry the run's time (the workflow's start), not the retry's.
    expect(calls[1]).toBe(calls[0]);
    expect(Number.isNaN(Date.parse(calls[0]!))).toBe(false);
  });

  it('does not retry a failure no retry can fix (the shared non-retryable types): the run fails after one attempt', async () => {
    let calls = 0;
    const failing = run(async () => {
      calls += 1;
      // Not flagged non-retryable by the thrower: the workflow's retry policy alone decides.
      throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, message: 'not found' });
    });
    await expect(failing).rejects.toBeInstanceOf(WorkflowFailedError);
    expect(calls).toBe(1);
  });
});
