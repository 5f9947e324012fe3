import { TASK_QUEUES } from '../shared/task-queues';
import { useWorkflowTestbed } from '../shared/testing/testbed';
import type { ProgrammeReportActivities, ProgrammeReportRun } from './programme-report.contract';
import { programmeReportWorkflow } from './programme-report.workflow';

jest.setTimeout(120_000);

describe('programme report workflow (time-skipping)', () => {
  const testbed = useWorkflowTestbed(__dirname);

  it('asks the programme service for the quarter’s report at the run’s time, retrying a failed attempt', async () => {
    const calls: string[] = [];
    const made: ProgrammeReportRun = { quarter: '2026-Q4', reportId: '3f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' };
    const activities: ProgrammeReportActivities = {
      async issueQuarterlyReport({ now }) {
        calls.push(now);
        if (calls.length === 1) throw new Error('database restarting');
        return made;
      },
    };
    const result = await testbed.withActivities({ [TASK_QUEUES.programmeReports]: activities }, () =>
      testbed.env.client.workflow.execute(programmeReportWorkflow, {
        taskQueue: TASK_QUEUES.certification,
        workflowId: 'programme-report-test',
      }),
    );
    expect(result).toEqual(made);
    expect(calls).toHaveLength(2);
    // Both attempts carry the run's own time (the workflow's start), not the retry's.
    expect(calls[1]).toBe(calls[0]);
    expect(Number.isNaN(Date.parse(calls[0]!))).toBe(false);
  });
});
