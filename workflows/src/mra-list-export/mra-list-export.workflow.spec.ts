import { ApplicationFailure } from '@temporalio/common';
import { WorkflowFailedError } from '@temporalio/client';
import { FAILURE_TYPES } from '../shared/errors';
import { TASK_QUEUES } from '../shared/task-queues';
import { useWorkflowTestbed } from '../shared/testing/testbed';
import type { MraListExportActivities, MraListExportReport } from './mra-list-export.contract';
import { mraListExportWorkflow } from './mra-list-export.workflow';

jest.setTimeout(120_000);

describe('MRA list export workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);

  it('exports every operational arrangement through the mra service’s activity, retrying a failed attempt', async () => {
    const calls: string[] = [];
    const report: MraListExportReport = {
      exported: [{ arrangementId: '3f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', version: 2, created: true }],
      failed: [],
    };
    const activities: MraListExportActivities = {
      async exportOperationalArrangements({ now }) {
        calls.push(now);
        if (calls.length === 1) throw new Error('database restarting');
        return report;
      },
    };
    const result = await testbed.withActivities({ [TASK_QUEUES.mraListExports]: activities }, () =>
      testbed.env.client.workflow.execute(mraListExportWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: 'mra-list-export-test',
      }),
    );
    expect(result).toEqual(report);
    expect(calls).toHaveLength(2);
    expect(Number.isNaN(Date.parse(calls[0]!))).toBe(false);
  });
  it('does not retry a failure no retry can fix (the shared non-retryable types): the run fails after one attempt', async () => {
    let calls = 0;
    const activities: MraListExportActivities = {
      async exportOperationalArrangements() {
        calls += 1;
        // Not flagged non-retryable by the thrower: the workflow's retry policy alone decides.
        throw ApplicationFailure.create({ type: FAILURE_TYPES.notFound, message: 'signing key not found' });
      },
    };
    const run = testbed.withActivities({ [TASK_QUEUES.mraListExports]: activities }, () =>
      testbed.env.client.workflow.execute(mraListExportWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: 'mra-list-export-test-not-found',
      }),
    );
    await expect(run).rejects.toBeInstanceOf(WorkflowFailedError);
    expect(calls).toBe(1);
  });
});
