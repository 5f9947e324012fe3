import { proxyActivities } from '@temporalio/workflow';
import { TASK_QUEUES } from '../shared/task-queues';
import type { MraListExportActivities, MraListExportReport } from './mra-list-export.contract';

const activities = proxyActivities<MraListExportActivities>({
  taskQueue: TASK_QUEUES.mraListExports,
  startToCloseTimeout: '15 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

/**
 * Run daily by the `mra-list-export-daily` Temporal Schedule: our AEO list exported, signed, for
 * every operational arrangement (an unchanged list makes no new version).
 */
export async function mraListExportWorkflow(): Promise<MraListExportReport> {
  return activities.exportOperationalArrangements({ now: new Date().toISOString() });
}
