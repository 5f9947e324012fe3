/**
 * The pilot's final report (issue 17, item 10) as the pilot workflow sees it: at the pilot's end it
 * asks the programme service to assemble and store the report (HTML and PDF, mn and en); an
 * executive's `approveFinalReport` marks the stored report approved before the pilot closes.
 * Introduced under the patch `PILOT_FINAL_REPORT_PATCH`: pilots that ended before it replay as they
 * ran (no report made by the workflow; the policy unit makes one on demand before approval).
 */
export const PILOT_FINAL_REPORT_PATCH = 'pilot-final-report';

/**
 * The final report's approval is followed like a late milestone (introduced under the patch
 * `PILOT_FINAL_REPORT_APPROVAL_PATCH`: pilots already awaiting approval before it replay as they ran):
 * while the pilot awaits it, the executives are reminded `reminderDays` after the report began to
 * await it (made at the pilot's end) and it is escalated `escalationDays` after that (the executives
 * and the policy unit), each once per pilot.
 */
export const PILOT_FINAL_REPORT_APPROVAL_PATCH = 'pilot-final-report-approval-reminders';
export const PILOT_FINAL_REPORT_APPROVAL_TIMING = { reminderDays: 14, escalationDays: 30 } as const;

/** A step of the approval's follow-up: the reminder, then the escalation. */
export type PilotFinalReportApprovalStep = 'reminder' | 'escalation';

/**
 * A follow-up the programme service refuses for good (a data error, the pilot gone) is tried again
 * `intervalDays` later, `attempts` times in all (introduced under the patch
 * `PILOT_FINAL_REPORT_FOLLOW_UP_RETRY_PATCH`: before it, a refused step was logged and never tried
 * again); each refusal is audited and alerted to operations by the service
 * (`recordPilotFinalReportFollowUpRefusal`), the last one as given up.
 */
export const PILOT_FINAL_REPORT_FOLLOW_UP_RETRY_PATCH = 'pilot-final-report-follow-up-retry';
export const PILOT_FINAL_REPORT_FOLLOW_UP_RETRY = { attempts: 3, intervalDays: 1 } as const;

/** A follow-up refused for good, as the workflow reports it to the programme service. */
export interface PilotFinalReportFollowUpRefusal {
  pilotId: string;
  step: PilotFinalReportApprovalStep;
  /** This refusal's number (1 for the first). */
  attempt: number;
  /** Attempts in all (`PILOT_FINAL_REPORT_FOLLOW_UP_RETRY.attempts`). */
  attempts: number;
  /** When (ISO) the step is tried again; absent when this was the last attempt (given up). */
  retryAt?: string;
  failureType: string;
  detail: string;
}

export interface PilotFinalReportFollowUp {
  pilotId: string;
  step: PilotFinalReportApprovalStep;
  /** Whole days the report has awaited approval. */
  daysWaiting: number;
}

/** A stored final report, as the activities answer. */
export interface PilotFinalReportRef {
  reportId: string;
  /** Its number among the pilot's reports (1 for the workflow's, then each one made again on demand). */
  sequence: number;
}

export interface PilotFinalReportApproval {
  pilotId: string;
  by: string;
  byRoles: string[];
  note?: string;
}

/** Activities hosted by the programme service on `TASK_QUEUES.programme`. */
export interface PilotFinalReportActivities {
  /**
   * Assembles and stores the workflow's final report of an ended pilot, once (a retry or a second
   * call answers the stored one); announces it (`aeo.programme-pilot.final-report-generated.v1`).
   */
  producePilotFinalReport(input: { pilotId: string }): Promise<PilotFinalReportRef>;
  /**
   * Marks the pilot's latest report approved by the executive (who, when, note), once; fails for
   * good (`InvalidData`) when the pilot has no report to approve.
   */
  approvePilotFinalReport(input: PilotFinalReportApproval): Promise<PilotFinalReportRef>;
  /**
   * Reminds of (or escalates) the pilot's latest report still awaiting approval, once per pilot and
   * step (`aeo.programme-pilot.final-report-approval-reminded.v1` / `-escalated.v1`, audited); answers
   * whether it did now (false: done before, approved already, or no report made yet).
   */
  followUpPilotFinalReportApproval(input: PilotFinalReportFollowUp): Promise<{ recorded: boolean }>;
  /**
   * A follow-up refused for good: audited (`pilot-final-report.approval-follow-up-refused`, or
   * `-given-up` at the last attempt) and alerted to operations (an error log line), once per pilot,
   * step and attempt.
   */
  recordPilotFinalReportFollowUpRefusal(input: PilotFinalReportFollowUpRefusal): Promise<void>;
}
