import { proxyActivities } from '@temporalio/workflow';
import { ACTIVITY_RETRY, activityOptions } from '../shared/activities';
import { TASK_QUEUES } from '../shared/task-queues';
import type { MraListExportActivities, MraListExportReport } from './mra-list-export.contract';

/**
 * The shared retry policy (the same failures no retry can fix fail at once), bounded: the export
 * runs daily under a schedule that skips a run while the previous one is open, so a run that
 * cannot succeed within the hour gives way to the next day's instead of holding it.
 */
const activities = proxyActivities<MraListExportActivities>({
  ...activityOptions(TASK_QUEUES.mraListExports, '15 minutes'),
  retry: { ...ACTIVITY_RETRY, initialInterval: '30 seconds', maximumInterval: '10 minutes', maximumAttempts: 10 },
});

/**
 * Run daily by the `mra-list-export-daily` Temporal Schedule: our AEO list exported, signed, for
 * every operational arrangement (an unchanged list makes no new version).
 */
export async function mraListExportWorkflow(): Promise<MraListExportReport> {
  return activities.exportOperationalArrangements({ now: new Date().toISOString() });
}
