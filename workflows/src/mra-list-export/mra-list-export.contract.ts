/** The daily export of our AEO list to every operational arrangement's partner (a Temporal Schedule). */
export const MRA_LIST_EXPORT_SCHEDULE_ID = 'mra-list-export-daily';
export const mraListExportWorkflowId = 'mra-list-export-run';

/** One arrangement's outcome: a new version, or the latest one when nothing changed. */
export interface MraListExportOutcome {
  arrangementId: string;
  version: number;
  created: boolean;
}

export interface MraListExportReport {
  exported: MraListExportOutcome[];
  /** Arrangements whose export failed, with the reason (the others are still exported). */
  failed: { arrangementId: string; reason: string }[];
}

/** Hosted by the mra service on `TASK_QUEUES.mraListExports`. */
export interface MraListExportActivities {
  exportOperationalArrangements(input: { now: string }): Promise<MraListExportReport>;
}
