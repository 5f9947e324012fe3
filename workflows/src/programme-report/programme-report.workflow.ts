import { proxyActivities } from '@temporalio/workflow';
import { ACTIVITY_RETRY, activityOptions } from '../shared/activities';
import { TASK_QUEUES } from '../shared/task-queues';
import type { ProgrammeReportActivities, ProgrammeReportRun } from './programme-report.contract';

/**
 * The shared retry policy, bounded: a report that cannot be made within the day (the programme
 * service down, its database unreachable) fails the run, which operations see and can trigger
 * again (`temporal schedule trigger`); the report is made once per quarter whatever the runs.
 */
const activities = proxyActivities<ProgrammeReportActivities>({
  ...activityOptions(TASK_QUEUES.programmeReports, '10 minutes'),
  retry: { ...ACTIVITY_RETRY, initialInterval: '1 minute', maximumInterval: '1 hour', maximumAttempts: 30 },
});

/**
 * Run at the start of every quarter by the `programme-report-quarterly` Temporal Schedule: the
 * report on the quarter that has just ended (workflow time, so a retried or late run reports on
 * the quarter before its scheduled time).
 */
export async function programmeReportWorkflow(): Promise<ProgrammeReportRun> {
  return activities.issueQuarterlyReport({ now: new Date().toISOString() });
}
