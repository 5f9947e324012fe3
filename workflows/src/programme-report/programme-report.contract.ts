/** The quarterly programme report for executive management, made by a Temporal Schedule. */
export const PROGRAMME_REPORT_SCHEDULE_ID = 'programme-report-quarterly';
export const programmeReportWorkflowId = 'programme-report-run';

/** The quarter reported on, and the report made; null when the quarter had its scheduled report already. */
export interface ProgrammeReportRun {
  quarter: string;
  reportId: string | null;
}

/** Hosted by the programme service on `TASK_QUEUES.programmeReports`. */
export interface ProgrammeReportActivities {
  /** The report on the quarter that ended last before `now`, unless the schedule made it already. */
  issueQuarterlyReport(input: { now: string }): Promise<ProgrammeReportRun>;
}
